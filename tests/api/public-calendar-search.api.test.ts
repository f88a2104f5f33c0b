import { JSDOM } from 'jsdom'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { createApp } from '../../server/src/app'
import { startTestApi, type TestApi } from '../support/api'
import { closeServer, listenOnLoopback } from '../support/loopback'
import { editTitle, insertCompleteEvent } from '../support/workflow'

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

const titles = (document: Document) => [...document.querySelectorAll('article h3')].map((h3) => h3.textContent)
const count = (document: Document) => document.querySelector('main .count')?.textContent
const linkHref = (document: Document, name: string) =>
  [...document.querySelectorAll('a')].find((link) => link.textContent === name)?.getAttribute('href') ?? undefined

function published(title: string, overrides: Parameters<typeof insertCompleteEvent>[1] = {}) {
  return insertCompleteEvent(api, { title: { en: title, es: `${title} (es)` }, ...overrides }, 'published')
}

test('searches the public copies accent- and case-insensitively, the last word as a prefix, in both languages', async () => {
  published('Reunión de viceministros')
  published('Technical workshop', { description: { en: '<p>On <strong>migración</strong> data</p>', es: '' } })
  published('Forum on missing migrants')

  expect(titles((await fetchPage('?q=reunion')).document)).toEqual(['Reunión de viceministros'])
  expect(titles((await fetchPage('?q=MIGRACION')).document)).toEqual(['Technical workshop'])
  expect(titles((await fetchPage('?q=missing%20migr')).document)).toEqual(['Forum on missing migrants'])
  const spanish = await fetchPage('?q=reuni%C3%B3n&lang=es')
  expect(titles(spanish.document)).toEqual(['Reunión de viceministros (es)'])
  expect(count(spanish.document)).toBe('1 evento encontrado para «reunión»')
  // The form shows what was searched for, ready to change.
  expect(spanish.document.querySelector<HTMLInputElement>('input[name="q"]')?.value).toBe('reunión')
  expect(spanish.document.querySelector('label[for="q"]')?.textContent).toBe('Palabras que buscar')
})

test('never finds a draft, or the words of an unpublished edit, and finds the new words once republished', async () => {
  insertCompleteEvent(api, { title: { en: 'Secret draft forum', es: 'Foro borrador secreto' } })
  const event = published('Regional seminar')
  editTitle(api, event, 'Renamed seminar')

  const draft = await fetchPage('?q=secret')
  expect(titles(draft.document)).toEqual([])
  expect(count(draft.document)).toBe('No published event matches this search. Try other words or another year.')
  expect(titles((await fetchPage('?q=renamed')).document)).toEqual([])
  expect(titles((await fetchPage('?q=regional')).document)).toEqual(['Regional seminar'])

  await api.as('reviewer').send('POST', `/api/events/${event.id}/publish`)
  expect(titles((await fetchPage('?q=renamed')).document)).toEqual(['Renamed seminar'])
  expect(titles((await fetchPage('?q=regional')).document)).toEqual([])

  await api.as('reviewer').send('POST', `/api/events/${event.id}/unpublish`)
  expect(titles((await fetchPage('?q=renamed')).document)).toEqual([])
})

test('filters by year: events whose days overlap it, without undated ones; the select offers the published years', async () => {
  published('Spanning the new year', { startDate: '2025-12-30', endDate: '2026-01-02' })
  published('In 2026', { startDate: '2026-09-01', endDate: null })
  published('In 2024', { startDate: '2024-03-01', endDate: null })
  published('Undated', { startDate: null, endDate: null })

  const { document } = await fetchPage('?year=2026')
  expect(titles(document)).toEqual(['In 2026', 'Spanning the new year'])
  expect(count(document)).toBe('2 events found')
  const select = document.querySelector<HTMLSelectElement>('select[name="year"]')!
  expect(document.querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Year')
  expect([...select.options].map((option) => option.value)).toEqual(['', '2026', '2025', '2024'])
  expect(select.value).toBe('2026')
  // A mangled year is ignored rather than refused.
  expect(titles((await fetchPage('?year=twenty')).document)).toHaveLength(4)
})

test('pages of 20 with previous and next links that keep the search, and a language switch that keeps it too', async () => {
  for (let day = 1; day <= 22; day++) {
    const date = `2026-07-${String((day % 28) + 1).padStart(2, '0')}`
    published(`Meeting ${String(day).padStart(2, '0')}`, { startDate: date, endDate: null })
  }
  published('Workshop elsewhere')

  const first = await fetchPage('?q=meeting&lang=en')
  expect(first.response.status).toBe(200)
  expect(titles(first.document)).toHaveLength(20)
  expect(count(first.document)).toBe('22 events found for “meeting”')
  expect(first.document.querySelector('nav.pages [aria-current="page"]')?.textContent).toBe('Page 1 of 2')
  expect(linkHref(first.document, 'Previous page')).toBeUndefined()
  const next = linkHref(first.document, 'Next page')
  expect(next).toBe('?q=meeting&page=2&lang=en')

  const second = await fetchPage(next)
  expect(titles(second.document)).toHaveLength(2)
  expect(linkHref(second.document, 'Previous page')).toBe('?q=meeting&lang=en')
  expect(linkHref(second.document, 'Next page')).toBeUndefined()
  expect(new Set([...titles(first.document), ...titles(second.document)]).size).toBe(22)

  const switchLink = second.document.querySelector('header nav a')
  expect(switchLink?.getAttribute('href')).toBe('?q=meeting&page=2&lang=es')
  const spanish = await fetchPage(switchLink?.getAttribute('href') ?? '')
  expect(spanish.document.documentElement.lang).toBe('es')
  expect(spanish.document.querySelector('nav.pages [aria-current="page"]')?.textContent).toBe('Página 2 de 2')

  const beyond = await fetchPage('?q=meeting&page=9')
  expect(beyond.response.status).toBe(200)
  expect(titles(beyond.document)).toEqual([])
  expect(linkHref(beyond.document, 'Go to the first page')).toBe('?q=meeting&lang=en')
})

test('the search is a GET form that works without script, with a skip link, labels and a clear link', async () => {
  published('Regional forum')
  const { document, response } = await fetchPage('?q=forum&year=2026&lang=es')
  const form = document.querySelector('form[role="search"]')!
  expect(form.getAttribute('method')).toBe('get')
  expect(form.getAttribute('action')).toBe('/calendar')
  expect(form.querySelector<HTMLInputElement>('input[type="hidden"][name="lang"]')?.value).toBe('es')
  for (const control of form.querySelectorAll('input:not([type="hidden"]), select'))
    expect(document.querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull()
  expect(form.querySelector('button[type="submit"]')?.textContent).toBe('Buscar')
  expect(linkHref(document, 'Borrar la búsqueda')).toBe('?lang=es')
  expect(document.querySelector('a.skip')?.getAttribute('href')).toBe('#main')
  expect(document.querySelectorAll('h1')).toHaveLength(1)
  // The form may only send to this site; no script but the page's own, by its hash.
  const csp = response.headers.get('content-security-policy') ?? ''
  expect(csp).toContain("form-action 'self'")
  expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/)
})

test('a search answers 304 to a conditional request until something is published, each search its own ETag', async () => {
  const event = published('Regional forum')
  const first = await fetchPage('?q=forum')
  const etag = first.response.headers.get('etag') ?? ''
  const again = await fetch(`${api.url}/calendar?q=forum`, { headers: { 'If-None-Match': etag } })
  expect(again.status).toBe(304)
  expect((await fetch(`${api.url}/calendar?q=other`, { headers: { 'If-None-Match': etag } })).status).toBe(200)

  editTitle(api, event, 'Regional forum, new dates')
  await api.as('reviewer').send('POST', `/api/events/${event.id}/publish`)
  expect((await fetch(`${api.url}/calendar?q=forum`, { headers: { 'If-None-Match': etag } })).status).toBe(200)
})

test('a database whose public copies predate the search index gets them indexed when the app starts', async () => {
  published('Reunión técnica')
  // As migration 0018 leaves a database that already had public copies: an empty index.
  api.db.exec("INSERT INTO public_copies_fts (public_copies_fts) VALUES ('delete-all')")
  const restarted = createApp({ db: api.db, auth: { now: () => api.clock.now } })
  const url = await listenOnLoopback(restarted.server)
  try {
    const text = await (await fetch(`${url}/calendar?q=tecnica`)).text()
    expect(titles(new JSDOM(text).window.document)).toEqual(['Reunión técnica'])
  } finally {
    await closeServer(restarted.server)
  }
})
