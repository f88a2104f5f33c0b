import type { Event, PublicEvent, Revision } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { jsonBody, startTestApi, type TestApi } from '../support/api'
import { buildEvent } from '../support/builders'
import { insertCompleteEvent } from '../support/workflow'
import { csvObjects, feedText } from './public-helpers'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const TIMES = { startTime: '10:00', endTime: '12:30', timeZone: 'America/El_Salvador' }

test('creates and updates an event with times and a meeting link; each change is a new version with its revision', async () => {
  const input = buildEvent({ ...TIMES, modality: 'hybrid', meetingUrl: 'https://meet.example.org/rcm' })

  const { data: created } = await api.dataProvider.create<Event>('events', { data: input })

  expect(created).toMatchObject({ ...TIMES, meetingUrl: 'https://meet.example.org/rcm', meetingUrlPublic: false })
  const changed = { ...created, startTime: '09:00', timeZone: 'America/Guatemala', meetingUrlPublic: true }
  const { data: updated } = await api.dataProvider.update<Event>('events', {
    id: created.id,
    data: changed,
    previousData: created,
  })
  expect(updated).toMatchObject({
    version: 2,
    startTime: '09:00',
    timeZone: 'America/Guatemala',
    meetingUrlPublic: true,
  })
  const { data: stored } = await api.dataProvider.getOne<Event>('events', { id: created.id })
  expect(stored).toEqual(updated)
  const { data: revisions } = await api.dataProvider.getManyReference<Revision>('revisions', {
    target: 'eventId',
    id: created.id,
    pagination: { page: 1, perPage: 10 },
    sort: { field: 'version', order: 'ASC' },
    filter: {},
  })
  expect(revisions.map((revision) => [revision.version, revision.data.startTime, revision.data.timeZone])).toEqual([
    [1, '10:00', 'America/El_Salvador'],
    [2, '09:00', 'America/Guatemala'],
  ])
})

test('an update that only removes the times makes the event all day again, as a new version', async () => {
  const event = api.insertEvent(buildEvent(TIMES))
  const body = { ...event, startTime: null, endTime: null, timeZone: null }

  const response = await api.request(`/api/events/${event.id}`, jsonBody('PUT', body))

  expect(response.status).toBe(200)
  expect(response.body).toMatchObject({ version: event.version + 1, startTime: null, endTime: null, timeZone: null })
})

test('an old request without the new fields still creates an all-day event without a link', async () => {
  const response = await api.request(
    '/api/events',
    jsonBody('POST', { title: { en: 'Forum' }, startDate: '2026-06-01' }),
  )

  expect(response.status).toBe(201)
  expect(response.body).toMatchObject({
    startTime: null,
    endTime: null,
    timeZone: null,
    meetingUrl: null,
    meetingUrlPublic: false,
  })
})

test("an invalid zone, time or link is a 400 naming each field, in the user's language", async () => {
  const invalid = buildEvent({
    startTime: '25:00',
    endTime: '09:00',
    timeZone: 'America/Atlantis',
    meetingUrl: 'http://x.org',
  })

  const spanish = await api.as('editor').request('/api/events', jsonBody('POST', invalid, { 'Accept-Language': 'es' }))
  const english = await api.as('editor').request('/api/events', jsonBody('POST', invalid))

  expect(spanish).toMatchObject({
    status: 400,
    body: {
      errors: {
        startTime: 'Use una hora de 24 horas con el formato HH:MM, p. ej. 09:30',
        timeZone: 'Elija una zona horaria de la lista, p. ej. America/El_Salvador',
        meetingUrl: 'Use un enlace https:// completo',
      },
    },
  })
  expect(english.body).toMatchObject({ errors: { startTime: 'Use a 24-hour time as HH:MM, e.g. 09:30' } })
  const missingZone = await api.request('/api/events', jsonBody('POST', buildEvent({ startTime: '10:00' })))
  expect(missingZone).toMatchObject({
    status: 400,
    body: { errors: { timeZone: 'Choose the time zone of the times' } },
  })
  const endFirst = buildEvent({ ...TIMES, startTime: '13:00', endDate: null })
  const reversed = await api.request('/api/events', jsonBody('POST', endFirst, { 'Accept-Language': 'es' }))
  expect(reversed.body).toMatchObject({ errors: { endTime: 'La hora de fin debe ser posterior a la de inicio' } })
})

test('the public copy has the times and zone; the meeting link only when the editor marked it public', async () => {
  const link = { modality: 'virtual' as const, meetingUrl: 'https://meet.example.org/private' }
  const hidden = insertCompleteEvent(api, { ...TIMES, ...link, title: { en: 'Hidden', es: 'Oculto' } }, 'published')
  const shown = insertCompleteEvent(
    api,
    { ...TIMES, modality: 'virtual', meetingUrl: 'https://meet.example.org/open', meetingUrlPublic: true },
    'published',
  )
  const allDay = insertCompleteEvent(api, { startDate: '2026-05-20', endDate: null }, 'published')

  const feed = JSON.parse(await feedText(api, 'events.json')) as PublicEvent[]
  const byId = new Map(feed.map((event) => [event.id, event]))
  expect(byId.get(hidden.id)).toMatchObject({ ...TIMES, meetingUrl: null })
  expect(byId.get(shown.id)).toMatchObject({ ...TIMES, meetingUrl: 'https://meet.example.org/open' })
  expect(byId.get(allDay.id)).toMatchObject({ startTime: null, endTime: null, timeZone: null, meetingUrl: null })
  const everyText = [
    await feedText(api, 'events.json'),
    await feedText(api, 'events.json?lang=es'),
    await feedText(api, 'events.csv'),
    await feedText(api, 'events.ics'),
    await feedText(api, `events/${hidden.id}.ics`),
  ].join('\n')
  expect(everyText).not.toContain('meet.example.org/private')

  const rows = csvObjects(await feedText(api, 'events.csv'))
  expect(rows.find((row) => row.id === String(hidden.id))).toMatchObject({
    startTime: '10:00',
    endTime: '12:30',
    timeZone: 'America/El_Salvador',
  })
  expect(rows.find((row) => row.id === String(allDay.id))).toMatchObject({ startTime: '', endTime: '', timeZone: '' })
})

test("the public page shows the event's own time, zone and offset, and the link only when it is public", async () => {
  insertCompleteEvent(
    api,
    {
      ...TIMES,
      startDate: '2026-03-10',
      endDate: null,
      modality: 'virtual',
      meetingUrl: 'https://meet.example.org/open',
    },
    'published',
  )
  insertCompleteEvent(
    api,
    {
      ...TIMES,
      startDate: '2026-03-11',
      endDate: null,
      meetingUrl: 'https://meet.example.org/open',
      meetingUrlPublic: true,
    },
    'published',
  )

  const english = await (await fetch(`${api.url}/calendar`)).text()
  const spanish = await (await fetch(`${api.url}/calendar?lang=es`)).text()

  expect(english).toContain(
    '<dt>Time</dt><dd><time datetime="2026-03-10T10:00-06:00">10:00</time>–12:30 (America/El_Salvador, UTC-06:00)</dd>',
  )
  expect(spanish).toContain('<dt>Hora</dt><dd><time datetime="2026-03-11T10:00-06:00">10:00</time>–12:30')
  expect(english.match(/href="https:\/\/meet\.example\.org\/open"/g)).toHaveLength(1)
  expect(spanish).toContain('<dt>Enlace de la reunión</dt>')
})
