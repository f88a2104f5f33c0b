import type { Event, Schedule } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { runDueSchedules } from '../../server/src/schedules/schedules.service'
import { startTestApi, type TestApi } from '../support/api'
import { eventInState, insertCompleteEvent } from '../support/workflow'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const T0 = new Date('2026-05-01T08:00:00.000Z')
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000).toISOString()
const publicTitles = async () =>
  ((await api.anonymous().request('/api/public/events.json')).body as Array<{ title: { en: string } }>).map(
    (event) => event.title.en,
  )
const getEvent = async (id: number) => (await api.dataProvider.getOne<Event>('events', { id })).data
const schedulePath = (event: Event) => `/api/events/${event.id}/schedule`

test('a schedule set on another version than the reviewer saw is a 409 with the event as it is now; nothing is scheduled', async () => {
  const event = eventInState(api, 'in_review')
  const edited = (await api.as('editor').send('PUT', `/api/events/${event.id}`, { ...event, city: 'Panamá' }))
    .body as Event

  const response = await api
    .as('reviewer')
    .send('POST', schedulePath(event), { version: event.version, publishAt: at(30) })

  expect(response).toMatchObject({ status: 409, body: { message: expect.any(String), current: edited } })
  expect((await api.request(schedulePath(event))).status).toBe(404)
})

test('a scheduled publish releases the version it was set on', async () => {
  const event = insertCompleteEvent(api, { title: { en: 'As reviewed', es: '' } }, 'in_review')

  const response = await api
    .as('reviewer')
    .send('POST', schedulePath(event), { version: event.version, publishAt: at(30) })

  expect(response).toMatchObject({ status: 200, body: { version: event.version, cancelled: null } })
  expect(runDueSchedules(api.db, new Date(at(31)))).toEqual([{ eventId: event.id, step: 'publish', outcome: 'done' }])
  expect(await publicTitles()).toEqual(['As reviewed'])
})

test('an edit after scheduling cancels the publish, shows who cancelled it and why, and nothing goes public', async () => {
  const event = insertCompleteEvent(api, { title: { en: 'As reviewed', es: '' } }, 'in_review')
  const reviewer = api.as('reviewer')
  const editor = api.as('editor')
  await reviewer.send('POST', schedulePath(event), { version: event.version, publishAt: at(30), unpublishAt: at(90) })

  const edited = (
    await editor.send('PUT', `/api/events/${event.id}`, { ...event, title: { en: 'Edited later', es: '' } })
  ).body as Event

  const expected: Partial<Schedule> = {
    eventId: event.id,
    publishAt: null,
    unpublishAt: at(90),
    version: event.version,
    userId: reviewer.user?.id,
    userName: reviewer.user?.fullName,
    cancelled: {
      publishAt: at(30),
      at: expect.any(String),
      userId: editor.user?.id ?? null,
      userName: editor.user?.fullName ?? null,
      reason: 'update',
      version: edited.version,
    },
  }
  expect((await reviewer.request(schedulePath(event))).body).toMatchObject(expected)
  expect((await reviewer.request('/api/schedules')).body).toEqual([expect.objectContaining(expected)])
  const audit = await api.request('/api/audit-log?filter={"action":"events.scheduled-publish-cancelled"}')
  expect(audit.body).toEqual([
    expect.objectContaining({
      userId: editor.user?.id,
      targetId: event.id,
      details: {
        publishAt: at(30),
        scheduledBy: reviewer.user?.id,
        scheduledVersion: event.version,
        reason: 'update',
        version: edited.version,
      },
    }),
  ])
  expect(runDueSchedules(api.db, new Date(at(31)))).toEqual([])
  expect(await publicTitles()).toEqual([])
  expect((await getEvent(event.id)).status).toBe('draft')
})

test('a workflow step after scheduling cancels the publish too, naming the step', async () => {
  const event = eventInState(api, 'in_review')
  const reviewer = api.as('reviewer')
  await reviewer.send('POST', schedulePath(event), { version: event.version, publishAt: at(30) })

  await api
    .as('admin')
    .send('POST', `/api/events/${event.id}/request-changes`, { version: event.version, comment: 'Not yet' })

  expect((await reviewer.request(schedulePath(event))).body).toMatchObject({
    publishAt: null,
    cancelled: { reason: 'request-changes', version: event.version + 1 },
  })
  expect(runDueSchedules(api.db, new Date(at(31)))).toEqual([])
  expect((await getEvent(event.id)).status).toBe('draft')
})

test('a scheduled unpublish stays after an edit, and still withdraws the public copy', async () => {
  const event = insertCompleteEvent(api, {}, 'published')
  await api.as('reviewer').send('POST', schedulePath(event), { version: event.version, unpublishAt: at(10) })

  await api.as('editor').send('PUT', `/api/events/${event.id}`, { ...event, city: 'Managua' })

  expect((await api.request(schedulePath(event))).body).toMatchObject({ unpublishAt: at(10), cancelled: null })
  expect(runDueSchedules(api.db, new Date(at(11)))).toEqual([{ eventId: event.id, step: 'unpublish', outcome: 'done' }])
  expect(await publicTitles()).toEqual([])
})

test('a cancelled schedule is not "scheduled" in the events list, and scheduling again or clearing it removes the notice', async () => {
  const event = eventInState(api, 'in_review')
  const reviewer = api.as('reviewer')
  await reviewer.send('POST', schedulePath(event), { version: event.version, publishAt: at(30) })
  const edited = (await api.as('editor').send('PUT', `/api/events/${event.id}`, { ...event, city: 'Managua' }))
    .body as Event
  const scheduledIds = async () =>
    (
      await api.dataProvider.getList<Event>('events', {
        filter: { scheduled: true },
        sort: { field: 'id', order: 'ASC' },
        pagination: { page: 1, perPage: 10 },
      })
    ).data.map((item) => item.id)

  expect(await scheduledIds()).toEqual([])

  const again = await reviewer.send('POST', schedulePath(event), { version: edited.version, publishAt: at(60) })
  expect(again.body).toMatchObject({ publishAt: at(60), version: edited.version, cancelled: null })
  expect(await scheduledIds()).toEqual([event.id])

  await reviewer.send('POST', `/api/events/${event.id}/publish`, { version: edited.version })
  await reviewer.send('POST', schedulePath(event), { version: edited.version + 1, publishAt: null })
  expect((await api.request(schedulePath(event))).status).toBe(404)
})
