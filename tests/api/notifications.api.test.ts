import type { Event, Notification } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { scheduleEvent, runDueSchedules } from '../../server/src/schedules/schedules.service'
import { startTestApi, type TestApi, type TestClient } from '../support/api'
import { buildEvent } from '../support/builders'
import { insertCompleteEvent } from '../support/workflow'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const noticesOf = async (client: TestClient, filter: Record<string, unknown> = {}) => {
  const response = await client.request(`/api/notifications?filter=${encodeURIComponent(JSON.stringify(filter))}`)
  expect(response.status).toBe(200)
  return { notices: response.body as Notification[], range: response.headers.get('Content-Range') }
}

/** An event the editor created through the API, so it is the editor's. */
async function editorsEvent(): Promise<Event> {
  const institution = api.insertInstitution()
  const { data } = await api.as('editor').dataProvider.create<Event>('events', {
    data: buildEvent({ city: 'San Salvador', institutionIds: [institution.id], contactEmails: ['crmst@iom.int'] }),
  })
  return data
}

test('submitting tells every reviewer and admin but the one who submitted, with the event and who did it', async () => {
  const event = await editorsEvent()
  const editor = api.as('editor')
  const reviewer = api.as('reviewer')
  expect((await editor.send('POST', `/api/events/${event.id}/submit`)).status).toBe(200)

  const { notices, range } = await noticesOf(reviewer)
  expect(range).toBe('notifications 0-0/1')
  expect(notices).toEqual([
    expect.objectContaining({
      type: 'submitted',
      eventId: event.id,
      eventTitle: event.title,
      actorName: editor.user?.fullName,
      read: false,
    }),
  ])
  expect((await noticesOf(api)).notices.map((notice) => notice.type)).toEqual(['submitted'])
  expect((await noticesOf(editor)).notices).toEqual([])
})

test("changes requested and publication go to the event's creator, with the reviewer's comment, never to the actor", async () => {
  const event = await editorsEvent()
  const editor = api.as('editor')
  const reviewer = api.as('reviewer')
  await editor.send('POST', `/api/events/${event.id}/submit`)
  await reviewer.send('POST', `/api/events/${event.id}/request-changes`, { comment: 'Add the agenda' })
  await editor.send('POST', `/api/events/${event.id}/submit`)
  await reviewer.send('POST', `/api/events/${event.id}/publish`)

  expect((await noticesOf(editor)).notices.map((notice) => [notice.type, notice.comment])).toEqual([
    ['published', null],
    ['changes-requested', 'Add the agenda'],
  ])
  // The reviewer got both submissions but nothing for their own steps.
  expect((await noticesOf(reviewer)).notices.map((notice) => notice.type)).toEqual(['submitted', 'submitted'])
})

test('the unread count, marking some and then all read, and the read filter', async () => {
  const reviewer = api.as('reviewer')
  for (let i = 0; i < 3; i++) await api.as('editor').send('POST', `/api/events/${(await editorsEvent()).id}/submit`)
  const { notices } = await noticesOf(reviewer, { read: false })
  expect(notices).toHaveLength(3)

  const marked = await reviewer.send('POST', '/api/notifications/read', { ids: [notices[0]?.id] })
  expect(marked.body).toEqual({ unread: 2 })
  expect((await noticesOf(reviewer, { read: false })).range).toBe('notifications 0-1/2')
  expect((await noticesOf(reviewer, { read: true })).notices.map((notice) => notice.id)).toEqual([notices[0]?.id])

  expect((await reviewer.send('POST', '/api/notifications/read', { all: true })).body).toEqual({ unread: 0 })
  expect((await noticesOf(reviewer, { read: false })).range).toBe('notifications */0')
})

test('each user sees and marks only their own notices; anonymous is 401; a malformed body is 400', async () => {
  const reviewer = api.as('reviewer')
  await api.as('editor').send('POST', `/api/events/${(await editorsEvent()).id}/submit`)
  const [adminsNotice] = (await noticesOf(api)).notices
  expect(adminsNotice).toBeDefined()

  expect((await reviewer.send('POST', '/api/notifications/read', { ids: [adminsNotice?.id] })).body).toEqual({
    unread: 1,
  })
  expect((await noticesOf(api, { read: false })).notices.map((notice) => notice.id)).toEqual([adminsNotice?.id])
  expect((await noticesOf(reviewer, { id: adminsNotice?.id })).notices).toEqual([])

  const anonymous = api.anonymous()
  expect((await anonymous.request('/api/notifications')).status).toBe(401)
  expect((await anonymous.send('POST', '/api/notifications/read', { all: true })).status).toBe(401)
  expect((await reviewer.send('POST', '/api/notifications/read', { all: false })).status).toBe(400)
})

test('a scheduled publication tells whoever set it that it was done, or why it failed', async () => {
  const reviewer = api.as('reviewer')
  const done = insertCompleteEvent(api, {}, 'in_review')
  const incomplete = api.insertEvent({}, 'in_review')
  const at = new Date(Date.now() + 60_000).toISOString()
  const actor = { id: reviewer.user?.id ?? null, role: 'reviewer' as const }
  scheduleEvent(api.db, actor, done.id, { publishAt: at })
  scheduleEvent(api.db, actor, incomplete.id, { publishAt: at })
  runDueSchedules(api.db, new Date(Date.now() + 120_000))

  const notices = (await noticesOf(reviewer)).notices.filter((notice) => notice.type.startsWith('scheduled-'))
  expect(notices.map((notice) => [notice.type, notice.eventId, notice.step])).toEqual([
    ['scheduled-failed', incomplete.id, 'publish'],
    ['scheduled-done', done.id, 'publish'],
  ])
  expect(notices[0]?.comment).toBeTruthy()
})

test('the e-mail preference and language are kept per user', async () => {
  const editor = api.as('editor')
  expect((await editor.request('/api/notifications/preferences')).body).toEqual({ email: 'immediate', language: 'en' })
  expect((await editor.send('PUT', '/api/notifications/preferences', { email: 'daily', language: 'es' })).status).toBe(
    200,
  )
  expect((await editor.request('/api/notifications/preferences')).body).toEqual({ email: 'daily', language: 'es' })
  expect((await api.request('/api/notifications/preferences')).body).toEqual({ email: 'immediate', language: 'en' })
  expect((await editor.send('PUT', '/api/notifications/preferences', { email: 'weekly', language: 'es' })).status).toBe(
    400,
  )
})
