import type { Presidency } from '@rcm/shared'
import { JSDOM } from 'jsdom'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { SYSTEM_ACTOR } from '../../server/src/actor'
import { updateEvent } from '../../server/src/events/events.service'
import { insertCompleteEvent } from '../support/workflow'

// Seeded by migrations/0017: El Salvador 2026 (id 1); types Workshop (3), Seminar (4), Forum (5); networks RNCOM (1) and the Liaison Officer Network (2).
const EL_SALVADOR_2026 = 1
const [WORKSHOP, SEMINAR, FORUM] = [3, 4, 5]
const [RNCOM, LIAISON] = [1, 2]

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
  api.clock.now = new Date('2026-06-01T12:00:00Z')
})
afterEach(() => api.close())

async function fetchPage(query = '') {
  const response = await fetch(`${api.url}/calendar${query}`)
  const text = await response.text()
  return { response, text, document: new JSDOM(text).window.document }
}

const titles = (document: Document) => [...document.querySelectorAll('article h3')].map((h3) => h3.textContent).sort()
const select = (document: Document, name: string) =>
  document.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!
const options = (document: Document, name: string) =>
  [...select(document, name).options].map((option) => [option.value, option.textContent])
const linkHref = (document: Document, name: string) =>
  [...document.querySelectorAll('a')].find((link) => link.textContent === name)?.getAttribute('href') ?? undefined

function published(title: string, overrides: Parameters<typeof insertCompleteEvent>[1] = {}) {
  return insertCompleteEvent(api, { title: { en: title, es: `${title} (es)` }, ...overrides }, 'published')
}

/** Guatemala 2027 beside the seeded El Salvador 2026, and events of both with types, countries and networks. */
async function calendar() {
  const guatemala = (
    await api.send('POST', '/api/presidencies', {
      countryCode: 'GT',
      startDate: '2027-01-01',
      endDate: '2027-12-31',
      theme: { en: '', es: '' },
    })
  ).body as Presidency
  published('Workshop in San Salvador', {
    startDate: '2026-07-01',
    endDate: null,
    typeId: WORKSHOP,
    countryCodes: ['SV'],
    networkIds: [RNCOM],
  })
  published('Seminar in Panama and Mexico', {
    startDate: '2026-08-01',
    endDate: null,
    typeId: SEMINAR,
    countryCodes: ['PA', 'MX'],
  })
  published('Forum in Guatemala', {
    startDate: '2027-03-01',
    endDate: null,
    typeId: FORUM,
    countryCodes: ['GT'],
    networkIds: [LIAISON],
  })
  // Never published: its type, country and network are no choice on the public page, and it is never listed.
  insertCompleteEvent(api, {
    title: { en: 'Draft in Belize', es: '' },
    startDate: '2026-09-01',
    endDate: null,
    typeId: 6,
    countryCodes: ['BZ', 'US'],
  })
  return { guatemala: guatemala.id }
}

test('each filter narrows the list to the events published with that presidency, type, country or network', async () => {
  const { guatemala } = await calendar()

  expect(titles((await fetchPage(`?presidency=${EL_SALVADOR_2026}`)).document)).toEqual([
    'Seminar in Panama and Mexico',
    'Workshop in San Salvador',
  ])
  expect(titles((await fetchPage(`?presidency=${guatemala}`)).document)).toEqual(['Forum in Guatemala'])
  expect(titles((await fetchPage(`?type=${SEMINAR}`)).document)).toEqual(['Seminar in Panama and Mexico'])
  expect(titles((await fetchPage('?country=MX')).document)).toEqual(['Seminar in Panama and Mexico'])
  expect(titles((await fetchPage(`?network=${LIAISON}`)).document)).toEqual(['Forum in Guatemala'])
  // Combined with each other, the year and the search: an event must meet them all.
  expect(titles((await fetchPage(`?presidency=${EL_SALVADOR_2026}&country=SV&q=workshop`)).document)).toEqual([
    'Workshop in San Salvador',
  ])
  expect(titles((await fetchPage(`?year=2027&type=${WORKSHOP}`)).document)).toEqual([])
  // As the exports take them: a code in any case, several comma-separated.
  expect(titles((await fetchPage('?country=sv,gt')).document)).toEqual([
    'Forum in Guatemala',
    'Workshop in San Salvador',
  ])
  const { document } = await fetchPage(`?type=${WORKSHOP}`)
  expect(document.querySelector('main .count')?.textContent).toBe('1 event found')
  expect(select(document, 'type').value).toBe(String(WORKSHOP))
})

test('the filters follow the public copy: a type changed in an unpublished edit neither finds nor hides the event', async () => {
  const event = published('Regional workshop', { startDate: '2026-07-01', endDate: null, typeId: WORKSHOP })
  updateEvent(api.db, SYSTEM_ACTOR, event.id, { ...event, typeId: FORUM })

  expect(titles((await fetchPage(`?type=${WORKSHOP}`)).document)).toEqual(['Regional workshop'])
  expect(titles((await fetchPage(`?type=${FORUM}`)).document)).toEqual([])
  expect(options((await fetchPage()).document, 'type').map(([value]) => value)).toEqual(['', String(WORKSHOP)])
})

test('labelled selects offer only what published events have, named and sorted in the page language', async () => {
  const { guatemala } = await calendar()
  const agora = (await api.send('POST', '/api/event-types', { name: { en: 'Public agora', es: 'Ágora pública' } })).body
  published('Open agora', { startDate: '2026-10-01', endDate: null, typeId: (agora as { id: number }).id })

  const english = (await fetchPage()).document
  for (const [name, label] of [
    ['presidency', 'Pro tempore presidency'],
    ['type', 'Type of event'],
    ['country', 'Country'],
    ['network', 'Network'],
  ]) {
    expect(english.querySelector(`label[for="${select(english, name!).id}"]`)?.textContent).toBe(label)
  }
  expect(options(english, 'presidency')).toEqual([
    ['', 'Any presidency'],
    [String(guatemala), 'Guatemala 2027'],
    [String(EL_SALVADOR_2026), 'El Salvador 2026'],
  ])
  const agoraId = String((agora as { id: number }).id)
  expect(options(english, 'type')).toEqual([
    ['', 'Any type'],
    [String(FORUM), 'Forum'],
    [agoraId, 'Public agora'],
    [String(SEMINAR), 'Seminar'],
    [String(WORKSHOP), 'Workshop'],
  ])
  expect(options(english, 'country')).toEqual([
    ['', 'Any country'],
    ['SV', 'El Salvador'],
    ['GT', 'Guatemala'],
    ['MX', 'Mexico'],
    ['PA', 'Panama'],
  ])
  expect(options(english, 'network')).toEqual([
    ['', 'Any network'],
    [String(LIAISON), 'Liaison Officer Network for Consular Protection'],
    [String(RNCOM), 'Regional Network for Civil Organizations on Migration (RNCOM)'],
  ])

  const spanish = (await fetchPage('?lang=es')).document
  expect(spanish.querySelector(`label[for="${select(spanish, 'type').id}"]`)?.textContent).toBe('Tipo de evento')
  // As Spanish sorts: "Ágora" among the A's, not after the Z's.
  expect(options(spanish, 'type')).toEqual([
    ['', 'Cualquier tipo'],
    [agoraId, 'Ágora pública'],
    [String(FORUM), 'Foro'],
    [String(SEMINAR), 'Seminario'],
    [String(WORKSHOP), 'Taller'],
  ])
  // Spanish names.
  expect(options(spanish, 'country')).toEqual([
    ['', 'Cualquier país'],
    ['SV', 'El Salvador'],
    ['GT', 'Guatemala'],
    ['MX', 'México'],
    ['PA', 'Panamá'],
  ])
  expect(options(spanish, 'network')[2]).toEqual([
    String(RNCOM),
    'Red Regional de Organizaciones Civiles para las Migraciones (RROCM)',
  ])
})

test('every link of the page keeps the filters: pages, the language switch; clearing drops them', async () => {
  for (let day = 1; day <= 21; day++)
    published(`Workshop ${String(day).padStart(2, '0')}`, {
      startDate: `2026-07-${String(day).padStart(2, '0')}`,
      endDate: null,
      typeId: WORKSHOP,
      countryCodes: ['SV'],
      networkIds: [RNCOM],
    })
  published('Forum elsewhere', { startDate: '2026-07-02', endDate: null, typeId: FORUM, countryCodes: ['GT'] })
  const filters = `presidency=${EL_SALVADOR_2026}&type=${WORKSHOP}&country=SV&network=${RNCOM}`

  const first = await fetchPage(`?${filters}&lang=en`)
  expect(first.document.querySelector('main .count')?.textContent).toBe('21 events found')
  const next = linkHref(first.document, 'Next page')
  expect(next).toBe(`?${filters}&page=2&lang=en`)
  expect(first.document.querySelector('header nav a')?.getAttribute('href')).toBe(`?${filters}&lang=es`)
  expect(linkHref(first.document, 'Clear the search')).toBe('?lang=en')

  const second = await fetchPage(next)
  expect(titles(second.document)).toEqual(['Workshop 21'])
  expect(linkHref(second.document, 'Previous page')).toBe(`?${filters}&lang=en`)
  const spanish = await fetchPage(second.document.querySelector('header nav a')?.getAttribute('href') ?? '')
  expect(titles(spanish.document)).toEqual(['Workshop 21 (es)'])
  expect(select(spanish.document, 'country').value).toBe('SV')
})

test('a value the page cannot read is ignored rather than refused; one with no published event finds none', async () => {
  await calendar()
  const all = titles((await fetchPage()).document)
  expect(all).toHaveLength(3)

  for (const query of [
    '?presidency=abc',
    '?type=0',
    '?type=-1',
    '?country=CO',
    '?network=1.5',
    '?type=3,x',
    '?country=',
  ]) {
    const { response, document } = await fetchPage(query)
    expect(response.status, query).toBe(200)
    expect(titles(document), query).toEqual(all)
    expect(linkHref(document, 'Clear the search'), query).toBeUndefined()
  }
  // Readable, but nothing published has it: the list is empty and the value stays chosen.
  const none = await fetchPage('?country=BZ')
  expect(titles(none.document)).toEqual([])
  expect(select(none.document, 'country').value).toBe('BZ')
})

test('each filter is its own cached page: a conditional request for another filter is answered in full', async () => {
  await calendar()
  const first = await fetchPage(`?type=${WORKSHOP}`)
  const etag = first.response.headers.get('etag') ?? ''
  const again = await fetch(`${api.url}/calendar?type=${WORKSHOP}`, { headers: { 'If-None-Match': etag } })
  expect(again.status).toBe(304)
  const other = await fetch(`${api.url}/calendar?type=${FORUM}`, { headers: { 'If-None-Match': etag } })
  expect(other.status).toBe(200)
})

test('an event under way since before others counts as upcoming, filtered or not, and pages stay in date order', async () => {
  // Today is 2026-06-01.
  published('Long course under way', { startDate: '2026-03-01', endDate: '2026-06-30', typeId: WORKSHOP })
  published('Ended last week', { startDate: '2026-05-20', endDate: '2026-05-25', typeId: WORKSHOP })
  published('Next month', { startDate: '2026-07-01', endDate: null, typeId: WORKSHOP })
  published('Last year', { startDate: '2025-02-01', endDate: null, typeId: FORUM })
  const sections = (document: Document) =>
    [...document.querySelectorAll('main section')].map((section) => [
      section.querySelector('h2')?.textContent,
      ...[...section.querySelectorAll('article h3')].map((h3) => h3.textContent),
    ])

  expect(sections((await fetchPage()).document)).toEqual([
    ['Upcoming events', 'Long course under way', 'Next month'],
    ['Past events', 'Ended last week', 'Last year'],
  ])
  expect(sections((await fetchPage(`?type=${WORKSHOP}`)).document)).toEqual([
    ['Upcoming events', 'Long course under way', 'Next month'],
    ['Past events', 'Ended last week'],
  ])
})

test("the page's feed links give the events the page lists: the same search and filters, the year as a day range", async () => {
  await calendar()
  published('Workshop of another year', {
    startDate: '2025-07-01',
    endDate: null,
    typeId: WORKSHOP,
    countryCodes: ['SV'],
  })
  const { document } = await fetchPage(`?q=workshop&year=2026&type=${WORKSHOP}&country=SV&lang=es`)
  const feeds = [...document.querySelectorAll('header section a')].map((link) => link.getAttribute('href') ?? '')
  const query = `q=workshop&from=2026-01-01&to=2026-12-31&type=${WORKSHOP}&country=SV&lang=es`
  expect(feeds.sort()).toEqual(['atom', 'csv', 'ics', 'json'].map((format) => `/api/public/events.${format}?${query}`))
  const json = (await (await fetch(`${api.url}/api/public/events.json?${query}`)).json()) as Array<{ title: string }>
  expect(json.map((event) => event.title)).toEqual(titles(document))
  expect(titles(document)).toEqual(['Workshop in San Salvador (es)'])
})
