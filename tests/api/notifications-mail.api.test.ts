import type { Event } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import type { MailQueue } from '../../server/src/notifications/mail-queue'
import { startTestApi, type TestApi, type TestClient } from '../support/api'
import { buildEvent } from '../support/builders'
import { startSmtpReceiver, testMailQueue, TEST_APP_URL, type SmtpReceiver } from '../support/smtp-receiver'

let api: TestApi
let smtp: SmtpReceiver
let queue: MailQueue
beforeEach(async () => {
  api = await startTestApi()
  api.clock.now = new Date('2026-03-02T09:00:00Z')
  smtp = await startSmtpReceiver()
  queue = testMailQueue(api, smtp)
})
afterEach(async () => {
  await queue.stop()
  await smtp.stop()
  await api.close()
})

async function submittedEvent(editor: TestClient, title = 'Regional workshop'): Promise<Event> {
  const { data } = await editor.dataProvider.create<Event>('events', {
    data: buildEvent({ title: { en: title, es: `Taller ${title}` } }),
  })
  expect((await editor.send('POST', `/api/events/${data.id}/submit`)).status).toBe(200)
  return data
}

const setPreferences = async (client: TestClient, email: string, language: string) =>
  expect((await client.send('PUT', '/api/notifications/preferences', { email, language })).status).toBe(200)

test("a submission reaches a reviewer's mailbox in their language, with a link to the event", async () => {
  const reviewer = api.as('reviewer')
  await setPreferences(reviewer, 'immediate', 'es')
  await setPreferences(api, 'none', 'en')
  const editor = api.as('editor')
  const event = await submittedEvent(editor)

  expect((await queue.runOnce()).map((outcome) => outcome.status)).toEqual(['sent'])
  expect(smtp.received).toHaveLength(1)
  const [mail] = smtp.received
  expect(mail?.from).toBe('calendar@example.org')
  expect(mail?.to).toEqual([reviewer.user?.email])
  expect(mail?.subject).toBe('[RCM] Enviado a revisión: Taller Regional workshop')
  expect(mail?.text).toContain(`${editor.user?.fullName} ha enviado «Taller Regional workshop» a revisión.`)
  expect(mail?.text).toContain(`${TEST_APP_URL}/#/events/${event.id}/show`)
})

test('a user on "none" gets no mail but still has the notice in the app', async () => {
  const reviewer = api.as('reviewer')
  await setPreferences(reviewer, 'none', 'en')
  await setPreferences(api, 'none', 'en')
  const event = await submittedEvent(api.as('editor'))

  expect(await queue.runOnce()).toEqual([])
  expect(smtp.received).toEqual([])
  const inApp = await reviewer.request('/api/notifications')
  expect(inApp.body).toEqual([expect.objectContaining({ type: 'submitted', eventId: event.id, read: false })])
})

test("the daily digest gathers the day's notices into one mail, sent once the digest hour has come", async () => {
  const reviewer = api.as('reviewer')
  await setPreferences(reviewer, 'daily', 'en')
  await setPreferences(api, 'none', 'en')
  const editor = api.as('editor')
  const events = [await submittedEvent(editor, 'First'), await submittedEvent(editor, 'Second')]
  api.clock.now = new Date('2026-03-02T12:00:00Z')
  events.push(await submittedEvent(editor, 'Third'))

  expect(await queue.runOnce()).toEqual([])
  api.clock.now = new Date('2026-03-02T17:01:00Z')
  expect((await queue.runOnce()).map((outcome) => outcome.status)).toEqual(['sent'])
  api.clock.now = new Date('2026-03-02T18:01:00Z')
  await queue.runOnce()

  expect(smtp.received).toHaveLength(1)
  const [digest] = smtp.received
  expect(digest?.to).toEqual([reviewer.user?.email])
  expect(digest?.subject).toBe('[RCM] Daily digest: 3 notices')
  for (const event of events) expect(digest?.text).toContain(`${TEST_APP_URL}/#/events/${event.id}/show`)
  expect(digest?.text).toContain('submitted “First” for review')
  expect(digest?.text).toContain('submitted “Third” for review')
})

test('an SMTP server refusing the recipient, then stopped, fails no step; the mail is retried and arrives when it is back', async () => {
  const reviewer = api.as('reviewer')
  await setPreferences(api, 'none', 'en')
  smtp.refuse = true
  const editor = api.as('editor')
  const event = await submittedEvent(editor)

  const refused = await queue.runOnce()
  expect(refused).toEqual([
    expect.objectContaining({ status: 'pending', error: expect.stringContaining('unavailable') }),
  ])
  await smtp.stop()
  // Before the backoff has run out nothing is tried; after it, the server is unreachable.
  expect(await queue.runOnce()).toEqual([])
  api.clock.now = new Date(api.clock.now.getTime() + 60_000)
  expect((await queue.runOnce()).map((outcome) => outcome.status)).toEqual(['pending'])

  // Meanwhile the workflow goes on.
  expect(
    (await api.as('reviewer').send('POST', `/api/events/${event.id}/request-changes`, { comment: 'Dates' })).status,
  ).toBe(200)

  smtp.refuse = false
  await smtp.start()
  api.clock.now = new Date(api.clock.now.getTime() + 5 * 60_000)
  expect((await queue.runOnce()).map((outcome) => outcome.status)).toEqual(['sent', 'sent'])
  expect(smtp.received.map((mail) => [mail.to, mail.subject])).toEqual([
    [[reviewer.user?.email], `[RCM] Submitted for review: ${event.title.en}`],
    [[editor.user?.email], `[RCM] Changes requested: ${event.title.en}`],
  ])
})

test('mail queued days before an SMTP server was set is given up, not sent late', async () => {
  api.as('reviewer')
  await setPreferences(api, 'none', 'en')
  await submittedEvent(api.as('editor'))
  api.clock.now = new Date(api.clock.now.getTime() + 3 * 24 * 60 * 60_000)

  expect(await queue.runOnce()).toEqual([expect.objectContaining({ status: 'failed', error: 'Too old to send' })])
  expect(smtp.received).toEqual([])
})
