import { CalendarEventSchema } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const calendarPath = (filter: Record<string, unknown>, range: [number, number] = [0, 499]) =>
  `/api/calendar-events?sort=${encodeURIComponent('["startDate","ASC"]')}&range=${encodeURIComponent(
    JSON.stringify(range),
  )}&filter=${encodeURIComponent(JSON.stringify(filter))}`

test("a period's events carry only what the calendar draws: title, status, dates, times, zone and version", async () => {
  const timed = api.insertEvent({
    title: { en: 'Timed workshop', es: 'Taller con horario' },
    startDate: '2026-05-10',
    endDate: '2026-05-10',
    startTime: '09:00',
    endTime: '17:30',
    timeZone: 'America/Tegucigalpa',
  })
  const spanning = api.insertEvent({ startDate: '2026-04-28', endDate: '2026-05-02' }, 'published')
  api.insertEvent({ startDate: '2026-07-01', endDate: '2026-07-02' })

  const page = await api.request(calendarPath({ endDate_gte: '2026-05-01', startDate_lte: '2026-05-31' }))

  expect(page.status).toBe(200)
  expect(page.headers.get('content-range')).toBe('calendar-events 0-1/2')
  expect(page.body).toEqual([
    {
      id: spanning.id,
      title: spanning.title,
      status: 'published',
      startDate: '2026-04-28',
      endDate: '2026-05-02',
      startTime: null,
      endTime: null,
      timeZone: null,
      version: spanning.version,
    },
    {
      id: timed.id,
      title: { en: 'Timed workshop', es: 'Taller con horario' },
      status: 'draft',
      startDate: '2026-05-10',
      endDate: '2026-05-10',
      startTime: '09:00',
      endTime: '17:30',
      timeZone: 'America/Tegucigalpa',
      version: timed.version,
    },
  ])
  for (const row of page.body as unknown[]) expect(CalendarEventSchema.strict().parse(row)).toEqual(row)
})

test("takes the events list's filters, and its errors: an unknown filter is a 400 in the asker's language", async () => {
  api.insertEvent({ startDate: null, endDate: null, title: { en: 'Date to be confirmed', es: 'Fecha por confirmar' } })
  api.insertEvent({ startDate: '2026-05-10', endDate: null })

  const undated = await api.request(calendarPath({ missing: 'date' }))
  const unknown = await api.request(calendarPath({ colour: 'red' }), { headers: { 'Accept-Language': 'es' } })

  expect(undated.body).toMatchObject([{ title: { es: 'Fecha por confirmar' }, startDate: null }])
  expect(unknown).toMatchObject({ status: 400, body: { errors: { filter: 'Filtro desconocido: "colour"' } } })
})

test('is for staff, like the events list: a visitor without a session gets a 401 and no event', async () => {
  api.insertEvent({ startDate: '2026-05-10', endDate: null }, 'published')

  const visitor = await api.anonymous().request(calendarPath({}))
  const editor = await api.as('editor').request(calendarPath({}))

  expect(visitor.status).toBe(401)
  expect(editor.status).toBe(200)
})

test('one event by id, and a 404 for an id that is not there', async () => {
  const event = api.insertEvent({ startDate: '2026-05-10', endDate: null })

  const found = await api.request(`/api/calendar-events/${event.id}`)
  const missing = await api.request('/api/calendar-events/999999')

  expect(found.body).toMatchObject({ id: event.id, version: event.version, startDate: '2026-05-10' })
  expect(missing.status).toBe(404)
})

test('writes are refused: the calendar saves through /api/events', async () => {
  const event = api.insertEvent({ startDate: '2026-05-10', endDate: null })

  const put = await api.send('PUT', `/api/calendar-events/${event.id}`, { startDate: '2026-05-11' })

  expect(put.status).toBe(405)
  expect(put.headers.get('allow')).toBe('GET')
})
