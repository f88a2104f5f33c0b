import { createHmac } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { WebhookDelivery } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { webhookDeliveriesRepository } from '../../server/src/webhooks/webhook-deliveries.repository'
import { backoffMs, WEBHOOK_DEFAULTS } from '../../server/src/webhooks/webhook-worker'
import { startTestApi, type TestApi } from '../support/api'
import { startWebhookReceiver, type ReceivedNotice, type WebhookReceiver } from '../support/webhook-receiver'
import { advance, deliveriesOf, registerWebhook, TEST_SITE_URL, testWorker } from '../support/webhooks'
import { insertCompleteEvent } from '../support/workflow'

let api: TestApi
let receiver: WebhookReceiver
beforeEach(async () => {
  api = await startTestApi()
  receiver = await startWebhookReceiver()
})
afterEach(async () => {
  await receiver.close()
  await api.close()
})

/** The receiver's side of docs/webhooks.md: recompute the HMAC of "timestamp.body" and compare. */
function verifies(notice: ReceivedNotice, secret: string): boolean {
  const timestamp = String(notice.headers['x-rcm-timestamp'])
  return (
    notice.headers['x-rcm-signature'] ===
    `sha256=${createHmac('sha256', secret).update(`${timestamp}.${notice.body}`).digest('hex')}`
  )
}

async function publishedEvent(target: TestApi = api) {
  const event = insertCompleteEvent(
    target,
    { title: { en: 'Regional forum on labour migration', es: 'Foro regional sobre migración laboral' } },
    'in_review',
  )
  const response = await target.as('reviewer').send('POST', `/api/events/${event.id}/publish`)
  if (response.status !== 200) throw new Error(`Could not publish: ${JSON.stringify(response.body)}`)
  return event
}

test('a publish queues a notice that the worker delivers, signed, to the registered URL', async () => {
  const webhook = await registerWebhook(api, receiver.url)
  const event = await publishedEvent()
  const [queued] = await deliveriesOf(api, webhook.id)

  expect(queued).toMatchObject({ type: 'published', eventId: event.id, status: 'pending', attempts: 0, body: null })
  expect(receiver.received).toEqual([])

  const outcomes = await testWorker(api).runOnce()

  expect(outcomes.map((outcome) => outcome.status)).toEqual(['succeeded'])
  const [notice] = receiver.received
  expect(notice?.headers).toMatchObject({
    'content-type': 'application/json',
    'x-rcm-webhook-id': String(queued?.id),
    'x-rcm-timestamp': String(Math.floor(api.clock.now.getTime() / 1000)),
  })
  expect(notice && verifies(notice, webhook.secret)).toBe(true)
  expect(notice && verifies({ ...notice, body: notice.body.replace('forum', 'FORUM') }, webhook.secret)).toBe(false)
  expect(JSON.parse(notice?.body ?? '')).toEqual({
    id: queued?.id,
    type: 'published',
    occurredAt: api.clock.now.toISOString(),
    event: {
      id: event.id,
      url: `${TEST_SITE_URL}/calendar/events/${event.id}`,
      title: { en: 'Regional forum on labour migration', es: 'Foro regional sobre migración laboral' },
      publishedAt: api.clock.now.toISOString(),
    },
    links: {
      json: `${TEST_SITE_URL}/api/public/events.json`,
      csv: `${TEST_SITE_URL}/api/public/events.csv`,
      ics: `${TEST_SITE_URL}/api/public/events.ics`,
    },
  })
  const [delivered] = await deliveriesOf(api, webhook.id)
  expect(delivered).toMatchObject({
    status: 'succeeded',
    attempts: 1,
    lastStatusCode: 200,
    lastError: null,
    nextAttemptAt: null,
    body: notice?.body,
  })
  expect(delivered?.attemptLog).toEqual([
    { at: api.clock.now.toISOString(), statusCode: 200, responseBody: 'ok', error: null },
  ])
})

test('retries after a 500 with exponential backoff, then succeeds with the same id and body', async () => {
  const webhook = await registerWebhook(api, receiver.url)
  await publishedEvent()
  receiver.answers.push(500, 502)
  const worker = testWorker(api)
  const start = api.clock.now.getTime()

  await worker.runOnce()
  const [afterFirst] = await deliveriesOf(api, webhook.id)
  const firstWait = backoffMs(1, WEBHOOK_DEFAULTS, 0.5)
  expect(afterFirst).toMatchObject({
    status: 'pending',
    attempts: 1,
    lastStatusCode: 500,
    nextAttemptAt: new Date(start + firstWait).toISOString(),
  })

  advance(api, firstWait - 1000)
  expect(await worker.runOnce()).toEqual([])

  advance(api, 1000)
  await worker.runOnce()
  const [afterSecond] = await deliveriesOf(api, webhook.id)
  const secondWait = backoffMs(2, WEBHOOK_DEFAULTS, 0.5)
  expect(secondWait).toBe(2 * firstWait)
  expect(afterSecond).toMatchObject({
    status: 'pending',
    attempts: 2,
    lastStatusCode: 502,
    nextAttemptAt: new Date(api.clock.now.getTime() + secondWait).toISOString(),
  })

  advance(api, secondWait)
  await worker.runOnce()
  const [delivered] = await deliveriesOf(api, webhook.id)
  expect(delivered).toMatchObject({ status: 'succeeded', attempts: 3, lastStatusCode: 200 })
  expect(delivered?.attemptLog.map((attempt) => [attempt.statusCode, attempt.responseBody])).toEqual([
    [500, 'refused with 500'],
    [502, 'refused with 502'],
    [200, 'ok'],
  ])
  expect(new Set(receiver.received.map((notice) => notice.headers['x-rcm-webhook-id'])).size).toBe(1)
  expect(new Set(receiver.received.map((notice) => notice.body)).size).toBe(1)
  expect(receiver.received.every((notice) => verifies(notice, webhook.secret))).toBe(true)
})

test('gives up after the attempt limit; an admin redelivers it, and it succeeds', async () => {
  const webhook = await registerWebhook(api, receiver.url)
  await publishedEvent()
  receiver.answers.push(503, 503, 503)
  const worker = testWorker(api, { maxAttempts: 3 })

  for (let attempt = 0; attempt < 4; attempt++) {
    await worker.runOnce()
    advance(api, 2 * 60 * 60_000)
  }
  const [failed] = await deliveriesOf(api, webhook.id)
  expect(failed).toMatchObject({ status: 'failed', attempts: 3, lastStatusCode: 503, nextAttemptAt: null })
  expect(receiver.received).toHaveLength(3)

  const redelivered = await api.send('POST', `/api/webhook-deliveries/${failed?.id}/redeliver`)
  expect(redelivered).toMatchObject({
    status: 200,
    body: { id: failed?.id, status: 'pending', nextAttemptAt: api.clock.now.toISOString() },
  })
  await worker.runOnce()

  expect(await deliveriesOf(api, webhook.id)).toMatchObject([
    { id: failed?.id, status: 'succeeded', attempts: 4, lastStatusCode: 200 },
  ])
  expect(receiver.received.map((notice) => notice.headers['x-rcm-webhook-id'])).toEqual(
    Array(4).fill(String(failed?.id)),
  )
  const audit = await api.request(
    `/api/audit-log?filter=${encodeURIComponent(JSON.stringify({ action: 'webhook-deliveries.redeliver' }))}`,
  )
  expect(audit.body).toMatchObject([{ targetId: failed?.id, details: { webhookId: webhook.id, from: 'failed' } }])
})

test('records a network error as the attempt’s error and retries', async () => {
  await receiver.close()
  const webhook = await registerWebhook(api, receiver.url)
  await publishedEvent()

  await testWorker(api).runOnce()

  const [delivery] = await deliveriesOf(api, webhook.id)
  expect(delivery).toMatchObject({
    status: 'pending',
    attempts: 1,
    lastStatusCode: null,
    lastError: expect.stringContaining('ECONNREFUSED'),
  })
  receiver = await startWebhookReceiver()
})

test('signs with the current secret: a rotation applies to notices still queued', async () => {
  const webhook = await registerWebhook(api, receiver.url)
  await publishedEvent()
  const rotated = (await api.send('POST', `/api/webhooks/${webhook.id}/rotate-secret`)).body as { secret: string }

  await testWorker(api).runOnce()

  const [notice] = receiver.received
  expect(notice && verifies(notice, rotated.secret)).toBe(true)
  expect(notice && verifies(notice, webhook.secret)).toBe(false)
})

test('"send test notice" queues a test notice for that webhook alone, delivered like the others', async () => {
  const webhook = await registerWebhook(api, receiver.url, ['archived'], false)
  const other = await registerWebhook(api, receiver.url)

  const response = await api.send('POST', `/api/webhooks/${webhook.id}/test`)
  await testWorker(api).runOnce()

  expect(response).toMatchObject({ status: 201, body: { webhookId: webhook.id, type: 'test', status: 'pending' } })
  expect(receiver.received.map((notice) => JSON.parse(notice.body))).toMatchObject([
    { id: (response.body as WebhookDelivery).id, type: 'test', event: null },
  ])
  expect(await deliveriesOf(api, other.id)).toEqual([])
})

test('lists deliveries by webhook and status, as getManyReference asks', async () => {
  const first = await registerWebhook(api, receiver.url)
  const second = await registerWebhook(api, receiver.url, ['published'])
  await publishedEvent()
  receiver.answers.push(500)
  await testWorker(api, { batchSize: 1 }).runOnce()

  const filter = (value: object) => encodeURIComponent(JSON.stringify(value))
  const pending = await api.request(
    `/api/webhook-deliveries?filter=${filter({ webhookId: second.id, status: 'pending' })}&range=[0,9]&sort=["id","ASC"]`,
  )
  const ofFirst = await api.request(`/api/webhook-deliveries?filter=${filter({ webhookId: first.id })}&range=[0,9]`)
  const bad = await api.request(`/api/webhook-deliveries?filter=${filter({ status: 'lost' })}`)

  expect(pending).toMatchObject({ status: 200, body: [{ webhookId: second.id, status: 'pending', attempts: 0 }] })
  expect(pending.headers.get('content-range')).toBe('webhook-deliveries 0-0/1')
  expect(ofFirst.body).toMatchObject([{ webhookId: first.id, status: 'pending', attempts: 1, lastStatusCode: 500 }])
  expect(bad.status).toBe(400)
})

test('survives a restart: a new app and worker over the same database deliver what was pending or cut off mid-send', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'rcm-webhooks-'))
  const databasePath = join(folder, 'calendar.sqlite')
  try {
    const before = await startTestApi({ databasePath })
    const webhook = await registerWebhook(before, receiver.url)
    await publishedEvent(before)
    await publishedEvent(before)
    // What a crash mid-send leaves: one delivery claimed (in progress, leased), never settled.
    const [cutOff] = webhookDeliveriesRepository.claimDue(
      before.db,
      before.clock.now.toISOString(),
      new Date(before.clock.now.getTime() + 70_000).toISOString(),
      1,
    )
    await before.close()

    const after = await startTestApi({ databasePath })
    after.clock.now = before.clock.now
    const worker = testWorker(after)
    await worker.runOnce()
    // The pending one goes at once; the cut-off one waits out its lease, in case its worker is still alive.
    expect(receiver.received).toHaveLength(1)
    advance(after, 71_000)
    await worker.runOnce()

    const deliveries = await deliveriesOf(after, webhook.id)
    expect(deliveries.map((delivery) => delivery.status)).toEqual(['succeeded', 'succeeded'])
    expect(receiver.received.map((notice) => Number(notice.headers['x-rcm-webhook-id'])).sort()).toEqual(
      deliveries.map((delivery) => delivery.id),
    )
    expect(receiver.received.at(-1)?.headers['x-rcm-webhook-id']).toBe(String(cutOff?.id))
    await after.close()
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})

test('refuses to redeliver a notice while it is being sent (409)', async () => {
  const webhook = await registerWebhook(api, receiver.url)
  await publishedEvent()
  const [sending] = webhookDeliveriesRepository.claimDue(
    api.db,
    api.clock.now.toISOString(),
    new Date(api.clock.now.getTime() + 70_000).toISOString(),
    1,
  )

  const response = await api.send('POST', `/api/webhook-deliveries/${sending?.id}/redeliver`)

  expect(response).toMatchObject({ status: 409, body: { message: 'This notice is being sent right now' } })
  expect(await deliveriesOf(api, webhook.id)).toMatchObject([{ status: 'in_progress' }])
})
