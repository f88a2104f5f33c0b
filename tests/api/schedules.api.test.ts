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
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000)
const publicIds = async () =>
  ((await api.anonymous().request('/api/public/events.json')).body as Array<{ id: number }>).map((event) => event.id)
const getEvent = async (id: number) => (await api.dataProvider.getOne<Event>('events', { id })).data

test('a reviewer schedules publish and unpublish times; the schedules list shows what will change and when', async () => {
  const first = eventInState(api, 'in_review')
  const second = eventInState(api, 'published')

  const response = await api.as('reviewer').send('POST', `/api/events/${first.id}/schedule`, {
    publishAt: at(30).toISOString(),
    unpublishAt: '2026-05-03T12:00:00-06:00',
  })
  await api.as('reviewer').send('POST', `/api/events/${second.id}/schedule`, { unpublishAt: at(10).toISOString() })
  const list = await api.as('editor').request('/api/schedules')

  expect(response).toMatchObject({
    status: 200,
    body: { eventId: first.id, publishAt: at(30).toISOString(), unpublishAt: '2026-05-03T18:00:00.000Z' },
  })
  expect(
    (list.body as Schedule[]).map((schedule) => [schedule.eventId, schedule.publishAt, schedule.unpublishAt]),
  ).toEqual([
    [second.id, null, at(10).toISOString()],
    [first.id, at(30).toISOString(), '2026-05-03T18:00:00.000Z'],
  ])
  expect(list.headers.get('content-range')).toBe('schedules 0-1/2')
  expect(await api.request(`/api/events/${first.id}/schedule`)).toMatchObject({
    status: 200,
    body: { eventId: first.id },
  })
})

test('refuses scheduling to editors (403), bad times (400), and clears a schedule with nulls', async () => {
  const event = eventInState(api, 'in_review')
  const path = `/api/events/${event.id}/schedule`

  expect((await api.as('editor').send('POST', path, { publishAt: at(5).toISOString() })).status).toBe(403)
  expect((await api.as('reviewer').send('POST', path, { publishAt: 'tomorrow' })).status).toBe(400)
  expect(
    (await api.as('reviewer').send('POST', path, { publishAt: at(10).toISOString(), unpublishAt: at(5).toISOString() }))
      .body,
  ).toMatchObject({ errors: { unpublishAt: expect.any(String) } })
  await api.as('reviewer').send('POST', path, { publishAt: at(10).toISOString() })
  expect((await api.as('reviewer').send('POST', path, { publishAt: null })).body).toMatchObject({
    publishAt: null,
    unpublishAt: null,
  })
  expect((await api.request(path)).status).toBe(404)
})

test('carries out due steps as the system, with revisions and audit entries, and nothing before its time', async () => {
  const event = eventInState(api, 'in_review')
  await api.as('reviewer').send('POST', `/api/events/${event.id}/schedule`, {
    publishAt: at(30).toISOString(),
    unpublishAt: at(90).toISOString(),
  })

  expect(runDueSchedules(api.db, at(29))).toEqual([])
  expect(await publicIds()).toEqual([])

  expect(runDueSchedules(api.db, at(31))).toEqual([{ eventId: event.id, step: 'publish', outcome: 'done' }])
  expect(await publicIds()).toEqual([event.id])
  expect(await getEvent(event.id)).toMatchObject({ status: 'published', publishedAt: at(31).toISOString() })
  expect(runDueSchedules(api.db, at(32))).toEqual([])

  expect(runDueSchedules(api.db, at(95))).toEqual([{ eventId: event.id, step: 'unpublish', outcome: 'done' }])
  expect(await publicIds()).toEqual([])
  expect((await api.request('/api/schedules')).body).toEqual([])
  const revisions = (await api.request(`/api/revisions?filter={"eventId":${event.id}}&sort=["id","ASC"]`))
    .body as Array<{ action: string; userId: number | null; comment: string }>
  expect(revisions.slice(-2)).toEqual([
    expect.objectContaining({ action: 'publish', userId: null, comment: 'Scheduled publish' }),
    expect.objectContaining({ action: 'unpublish', userId: null, comment: 'Scheduled unpublish' }),
  ])
  expect(
    ((await api.request('/api/audit-log?filter={"action":["events.publish","events.unpublish"]}')).body as unknown[])
      .length,
  ).toBe(2)
})

test('a scheduled publish of an incomplete event fails once, is audited, and is not retried', async () => {
  const event = api.insertEvent({ institutionIds: [] }, 'in_review')
  await api.as('reviewer').send('POST', `/api/events/${event.id}/schedule`, { publishAt: at(1).toISOString() })

  expect(runDueSchedules(api.db, at(2))).toEqual([
    { eventId: event.id, step: 'publish', outcome: 'failed', reason: expect.stringContaining('institutionIds') },
  ])
  expect(runDueSchedules(api.db, at(3))).toEqual([])
  expect((await getEvent(event.id)).status).toBe('in_review')
  expect((await api.request('/api/audit-log?filter={"action":"events.scheduled-publish-failed"}')).body).toHaveLength(1)
})

test('an unpublish scheduled after a later manual edit still withdraws the published copy', async () => {
  const event = insertCompleteEvent(api, {}, 'published')
  await api.as('reviewer').send('POST', `/api/events/${event.id}/schedule`, { unpublishAt: at(1).toISOString() })

  runDueSchedules(api.db, at(1))

  expect(await getEvent(event.id)).toMatchObject({ status: 'draft', publishedAt: null })
  expect(await publicIds()).toEqual([])
})
