import type { Event } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

async function search(q: string): Promise<number[]> {
  const { data } = await api.dataProvider.getList<Event>('events', {
    filter: { q },
    sort: { field: 'id', order: 'ASC' },
    pagination: { page: 1, perPage: 50 },
  })
  return data.map((event) => event.id)
}

test('finds events by title in either language, ignoring case and accents', async () => {
  const forum = api.insertEvent({ title: { en: 'Regional forum on migration', es: 'Foro regional sobre migración' } })
  api.insertEvent({ title: { en: 'Consular workshop', es: 'Taller consular' } })

  expect(await search('migracion')).toEqual([forum.id])
  expect(await search('MIGRACIÓN')).toEqual([forum.id])
  expect(await search('Migration')).toEqual([forum.id])
  expect(await search('foro')).toEqual([forum.id])
})

test('every word must match, the last one as a prefix', async () => {
  const noDescription = { en: '', es: '' }
  const forum = api.insertEvent({ title: { en: 'Regional forum on migration', es: '' }, description: noDescription })
  const workshop = api.insertEvent({ title: { en: 'Regional workshop', es: '' }, description: noDescription })

  expect(await search('regional')).toEqual([forum.id, workshop.id])
  expect(await search('regional migr')).toEqual([forum.id])
  expect(await search('regio work')).toEqual([])
  expect(await search('work regional')).toEqual([])
  expect(await search('regional work')).toEqual([workshop.id])
})

test('searches the description as text, the objectives at every level, and the city', async () => {
  const described = api.insertEvent({
    description: { en: '<p>Hosted by the <strong>secretariat</strong></p>', es: '' },
  })
  const objectives = api.insertEvent({
    objectives: [
      {
        heading: { en: 'General objective', es: 'Objetivo general' },
        intro: { en: '', es: 'Introducción breve' },
        style: 'bullets',
        items: [{ text: { en: 'Share practices', es: '' }, items: [{ text: { en: '', es: 'Niñez no acompañada' } }] }],
      },
    ],
  })
  const city = api.insertEvent({ city: 'Tegucigalpa' })

  expect(await search('secretariat')).toEqual([described.id])
  expect(await search('strong')).toEqual([])
  expect(await search('introduccion')).toEqual([objectives.id])
  expect(await search('ninez acompanada')).toEqual([objectives.id])
  expect(await search('tegucigalpa')).toEqual([city.id])
})

test('searches venue and institution names and acronyms in both languages', async () => {
  const venue = api.insertVenue({ name: { en: 'Foreign Ministry', es: 'Cancillería' } })
  const iom = api.insertInstitution({
    name: { en: 'International Organization for Migration', es: 'Organización Internacional para las Migraciones' },
    acronym: { en: 'IOM', es: 'OIM' },
  })
  const atVenue = api.insertEvent({ venueId: venue.id })
  const withIom = api.insertEvent({ institutionIds: [iom.id] })

  expect(await search('cancilleria')).toEqual([atVenue.id])
  expect(await search('ministry')).toEqual([atVenue.id])
  expect(await search('oim')).toEqual([withIom.id])
  expect(await search('IOM')).toEqual([withIom.id])
  expect(await search('organizacion internacional')).toEqual([withIom.id])
})

test('follows a venue or an institution when it is renamed', async () => {
  const venue = api.insertVenue({ name: { en: 'Old hall', es: '' } })
  const institution = api.insertInstitution({ name: { en: 'Old agency', es: '' }, acronym: { en: 'OA', es: '' } })
  const event = api.insertEvent({ venueId: venue.id, institutionIds: [institution.id] })

  await api.dataProvider.update('venues', {
    id: venue.id,
    data: { ...venue, name: { en: 'Auditorio Juárez', es: '' } },
    previousData: venue,
  })
  await api.dataProvider.update('institutions', {
    id: institution.id,
    data: { ...institution, name: { en: 'Ministerio de Gobernación', es: '' } },
    previousData: institution,
  })

  expect(await search('juarez')).toEqual([event.id])
  expect(await search('gobernacion')).toEqual([event.id])
  expect(await search('hall')).toEqual([])
  expect(await search('agency')).toEqual([])
})

test('follows an event when it is edited and forgets it when deleted', async () => {
  const event = api.insertEvent({ title: { en: 'Smuggling exchange', es: '' } })
  const { data: edited } = await api.dataProvider.update<Event>('events', {
    id: event.id,
    data: { ...event, title: { en: 'Trafficking exchange', es: '' } },
    previousData: event,
  })

  expect(await search('smuggling')).toEqual([])
  expect(await search('trafficking')).toEqual([event.id])
  await api.dataProvider.delete('events', { id: event.id, previousData: edited })
  expect(await search('trafficking')).toEqual([])
})

test('an edit of other fields keeps the event findable, and its list order follows the new date', async () => {
  const institution = api.insertInstitution({ name: { en: 'Consular network', es: '' }, acronym: { en: 'CN', es: '' } })
  const early = api.insertEvent({
    title: { en: 'Border health dialogue', es: '' },
    startDate: '2027-01-10',
    endDate: null,
  })
  const late = api.insertEvent({
    title: { en: 'Border health workshop', es: '' },
    startDate: '2027-03-10',
    endDate: null,
  })

  const { data: moved } = await api.dataProvider.update<Event>('events', {
    id: early.id,
    data: { ...early, startDate: '2027-05-01', contactEmails: ['dialogue@example.org'] },
    previousData: early,
  })
  await api.dataProvider.update<Event>('events', {
    id: late.id,
    data: { ...late, institutionIds: [institution.id] },
    previousData: late,
  })

  expect(moved.startDate).toBe('2027-05-01')
  expect(await search('dialogue')).toEqual([early.id])
  expect(await search('consular')).toEqual([late.id])
  const { data } = await api.dataProvider.getList<Event>('events', {
    filter: { q: 'border health' },
    sort: { field: 'startDate', order: 'ASC' },
    pagination: { page: 1, perPage: 10 },
  })
  expect(data.map((event) => event.id)).toEqual([late.id, early.id])
})

test('search syntax in the text is just text, never an error', async () => {
  const event = api.insertEvent({ title: { en: 'Forum "2026": NEAR (OR) AND NOT', es: '' } })

  for (const q of [
    '"',
    '*',
    'forum"',
    'NEAR(',
    'title:forum',
    '^forum',
    'forum AND',
    'OR',
    '(',
    '-',
    '{x}',
    "o'brien",
    '   ',
  ]) {
    const response = await api.request(`/api/events?filter=${encodeURIComponent(JSON.stringify({ q }))}`)
    expect(response.status, q).toBe(200)
  }
  expect(await search('NEAR (OR')).toEqual([event.id])
  expect(await search('   ')).toEqual([event.id])
})

test('combines the search with the other filters', async () => {
  const draft = api.insertEvent({ title: { en: 'Labour migration seminar', es: '' } })
  api.insertEvent({ title: { en: 'Labour migration seminar', es: '' } }, 'published')

  const { data, total } = await api.dataProvider.getList<Event>('events', {
    filter: { q: 'labour', status: 'draft' },
    sort: { field: 'title', order: 'ASC' },
    pagination: { page: 1, perPage: 10 },
  })
  expect(total).toBe(1)
  expect(data[0]?.id).toBe(draft.id)
})
