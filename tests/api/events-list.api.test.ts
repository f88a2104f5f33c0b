import type { Event } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { listIds } from '../support/list-ids'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const list = (filter: Record<string, unknown>, sort?: { field: string; order: 'ASC' | 'DESC' }) =>
  listIds(api, 'events', filter, sort)

const rangeQuery = (range: [number, number]) =>
  `/api/events?sort=${encodeURIComponent('["id","ASC"]')}&range=${encodeURIComponent(JSON.stringify(range))}`

test('pages with Content-Range START-END/TOTAL, END the index of the last record returned', async () => {
  const ids = Array.from({ length: 7 }, () => api.insertEvent().id)

  const page = await api.request(rangeQuery([5, 9]))

  expect(page.status).toBe(200)
  expect(page.headers.get('content-range')).toBe('events 5-6/7')
  expect(page.body).toMatchObject([{ id: ids[5] }, { id: ids[6] }])
  const { data, total } = await api.dataProvider.getList<Event>('events', {
    filter: {},
    sort: { field: 'id', order: 'ASC' },
    pagination: { page: 2, perPage: 3 },
  })
  expect(total).toBe(7)
  expect(data.map((event) => event.id)).toEqual(ids.slice(3, 6))
})

test('an empty page is "*/TOTAL" with []', async () => {
  api.insertEvent()
  api.insertEvent()

  const beyond = await api.request(rangeQuery([10, 19]))
  const none = await api.request(`/api/events?filter=${encodeURIComponent('{"city":"Nowhere"}')}`)

  expect(beyond).toMatchObject({ status: 200, body: [] })
  expect(beyond.headers.get('content-range')).toBe('events */2')
  expect(none.headers.get('content-range')).toBe('events */0')
})

test('returns at most 1000 records and says so in Content-Range', async () => {
  api.db.transaction(() => {
    for (let i = 0; i < 1001; i++) api.insertEvent()
  })()

  const page = await api.request(rangeQuery([0, 4999]))

  expect(page.headers.get('content-range')).toBe('events 0-999/1001')
  expect(page.body).toHaveLength(1000)
})

test('filters by status and modality, one value or several', async () => {
  const draft = api.insertEvent({ modality: 'virtual' })
  const published = api.insertEvent({ modality: 'hybrid' }, 'published')
  const archived = api.insertEvent({}, 'archived')

  expect(await list({ status: 'published' })).toEqual({ ids: [published.id], total: 1 })
  expect((await list({ status: ['draft', 'archived'] })).ids).toEqual([draft.id, archived.id])
  expect((await list({ modality: 'virtual' })).ids).toEqual([draft.id])
  expect((await list({ modality: ['virtual', 'hybrid'] })).ids).toEqual([draft.id, published.id])
})

test('filters by city exactly, ignoring case', async () => {
  const sanJose = api.insertEvent({ city: 'San José' })
  api.insertEvent({ city: 'San José de Costa Rica' })
  api.insertEvent({ city: 'San Salvador' })

  expect((await list({ city: 'san josé' })).ids).toEqual([sanJose.id])
  expect((await list({ city: 'SAN JOSÉ' })).ids).toEqual([sanJose.id])
  expect((await list({ city: 'San' })).ids).toEqual([])
})

test('filters by venue and by institution, one id or several', async () => {
  const [venueA, venueB] = [api.insertVenue(), api.insertVenue()]
  const [iom, icrc, ilo] = [api.insertInstitution(), api.insertInstitution(), api.insertInstitution()]
  const first = api.insertEvent({ venueId: venueA.id, institutionIds: [iom.id, icrc.id] })
  const second = api.insertEvent({ venueId: venueB.id, institutionIds: [icrc.id] })
  const third = api.insertEvent({ institutionIds: [ilo.id] })

  expect((await list({ venueId: venueA.id })).ids).toEqual([first.id])
  expect((await list({ venueId: [venueA.id, venueB.id] })).ids).toEqual([first.id, second.id])
  expect((await list({ institutionId: icrc.id })).ids).toEqual([first.id, second.id])
  expect(await list({ institutionId: [iom.id, ilo.id] })).toEqual({ ids: [first.id, third.id], total: 2 })
})

test('filters by hasUnpublishedChanges', async () => {
  const published = api.insertEvent({}, 'published')
  const other = api.insertEvent({}, 'published')
  await api.dataProvider.update('events', {
    id: published.id,
    data: { ...published, city: 'Guatemala' },
    previousData: published,
  })

  expect((await list({ hasUnpublishedChanges: true })).ids).toEqual([published.id])
  expect((await list({ hasUnpublishedChanges: false })).ids).toEqual([other.id])
})

test('filters by start and end dates, inclusive, a one-day event ending on its start date', async () => {
  const march = api.insertEvent({ startDate: '2026-03-10', endDate: '2026-03-12' })
  const april = api.insertEvent({ startDate: '2026-04-01', endDate: null })
  const may = api.insertEvent({ startDate: '2026-05-20', endDate: '2026-05-22' })
  api.insertEvent({ startDate: null, endDate: null })

  expect((await list({ startDate_gte: '2026-04-01' })).ids).toEqual([april.id, may.id])
  expect((await list({ startDate_lte: '2026-04-01' })).ids).toEqual([march.id, april.id])
  expect((await list({ endDate_gte: '2026-03-12', endDate_lte: '2026-04-01' })).ids).toEqual([march.id, april.id])
  expect((await list({ endDate_lte: '2026-03-11' })).ids).toEqual([])
  expect((await list({ startDate_gte: '2026-03-11', startDate_lte: '2026-05-20' })).ids).toEqual([april.id, may.id])
})

test('a month of the calendar finds the events under way in it, however long ago they started, as they change', async () => {
  const short = api.insertEvent({ startDate: '2026-06-10', endDate: '2026-06-12' })
  const yearLong = api.insertEvent({ startDate: '2025-07-01', endDate: '2026-06-05' })
  api.insertEvent({ startDate: '2026-05-01', endDate: '2026-05-31' })
  const month = { endDate_gte: '2026-06-01', startDate_lte: '2026-06-30' }
  expect((await list(month, { field: 'startDate', order: 'ASC' })).ids).toEqual([yearLong.id, short.id])

  // An event that grows longer than any before is found at once, though it began years earlier.
  const older = api.insertEvent({ startDate: '2020-01-01', endDate: '2020-01-02' })
  expect((await list(month)).ids).not.toContain(older.id)
  await api.dataProvider.update('events', {
    id: older.id,
    data: { ...older, endDate: '2026-06-01' },
    previousData: older,
  })
  expect((await list(month, { field: 'startDate', order: 'ASC' })).ids).toEqual([older.id, yearLong.id, short.id])
})

test('filters by ids and combines filters with AND', async () => {
  const a = api.insertEvent({ city: 'Lima' })
  const b = api.insertEvent({ city: 'Lima' })
  api.insertEvent({ city: 'Quito' })

  expect((await list({ id: [a.id, b.id], city: 'lima' })).ids).toEqual([a.id, b.id])
  expect((await list({ id: [a.id], city: 'quito' })).ids).toEqual([])
})

test('sorts by title in English, falling back to Spanish', async () => {
  const b = api.insertEvent({ title: { en: 'Border workshop', es: 'Taller' } })
  const a = api.insertEvent({ title: { en: '', es: 'Área de trabajo' } })
  const c = api.insertEvent({ title: { en: 'consular forum', es: 'Foro' } })

  expect((await list({}, { field: 'title', order: 'ASC' })).ids).toEqual([a.id, b.id, c.id])
  expect((await list({}, { field: 'title', order: 'DESC' })).ids).toEqual([c.id, b.id, a.id])
  expect((await list({}, { field: 'title.es', order: 'ASC' })).ids).toEqual([a.id, c.id, b.id])
  expect((await list({}, { field: 'title.en', order: 'DESC' })).ids).toEqual([c.id, b.id, a.id])
})

test('sorts by start date with undated events last, in both directions', async () => {
  const undated = api.insertEvent({ startDate: null, endDate: null })
  const late = api.insertEvent({ startDate: '2026-09-01', endDate: null })
  const early = api.insertEvent({ startDate: '2026-01-15', endDate: '2026-01-16' })

  expect((await list({}, { field: 'startDate', order: 'ASC' })).ids).toEqual([early.id, late.id, undated.id])
  expect((await list({}, { field: 'startDate', order: 'DESC' })).ids).toEqual([late.id, early.id, undated.id])
})

test('sorts by end date, a one-day event ending on its start date', async () => {
  const long = api.insertEvent({ startDate: '2026-02-01', endDate: '2026-02-28' })
  const oneDay = api.insertEvent({ startDate: '2026-02-10', endDate: null })
  const undated = api.insertEvent({ startDate: null, endDate: null })

  expect((await list({}, { field: 'endDate', order: 'ASC' })).ids).toEqual([oneDay.id, long.id, undated.id])
  expect((await list({}, { field: 'endDate', order: 'DESC' })).ids).toEqual([long.id, oneDay.id, undated.id])
})

test('sorts by city, status, modality, id, createdAt and updatedAt', async () => {
  const first = api.insertEvent({ city: 'tegucigalpa', modality: 'virtual' }, 'published')
  const second = api.insertEvent({ city: 'Antigua', modality: 'hybrid' }, 'archived')
  const third = api.insertEvent({ city: 'Managua', modality: 'in_person' })
  await api.dataProvider.update('events', {
    id: first.id,
    data: { ...first, city: 'Tegucigalpa' },
    previousData: first,
  })

  expect((await list({}, { field: 'city', order: 'ASC' })).ids).toEqual([second.id, third.id, first.id])
  expect((await list({}, { field: 'status', order: 'ASC' })).ids).toEqual([second.id, third.id, first.id])
  expect((await list({}, { field: 'modality', order: 'DESC' })).ids).toEqual([first.id, third.id, second.id])
  expect((await list({}, { field: 'id', order: 'DESC' })).ids).toEqual([third.id, second.id, first.id])
  expect((await list({}, { field: 'createdAt', order: 'ASC' })).ids).toEqual([first.id, second.id, third.id])
  expect((await list({}, { field: 'updatedAt', order: 'DESC' })).ids[0]).toBe(first.id)
})
