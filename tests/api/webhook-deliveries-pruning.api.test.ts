import type { WebhookDelivery } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { statement } from '../../server/src/db/statements'
import { DELIVERY_RETENTION_MS } from '../../server/src/webhooks/webhook-worker'
import { startTestApi, type TestApi, type TestClient } from '../support/api'
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver'
import { advance, deliveriesOf, registerWebhook, testWorker } from '../support/webhooks'

const DAY = 24 * 60 * 60_000

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

/** An administrator signed in now: months on the app's clock outlast any session. */
const admin = (): TestClient => api.as('admin', { fresh: true })

async function queueTestNotice(webhookId: number): Promise<WebhookDelivery> {
  const response = await admin().send('POST', `/api/webhooks/${webhookId}/test`)
  if (response.status !== 201) throw new Error(`Could not queue a test notice: ${JSON.stringify(response.body)}`)
  return response.body as WebhookDelivery
}

const attemptRows = () =>
  statement<{ n: number }>(api.db, 'SELECT count(*) AS n FROM webhook_delivery_attempts').get()?.n

test('deletes delivered and finally failed notices, with their attempts, once their last attempt is 90 days old', async () => {
  expect(DELIVERY_RETENTION_MS).toBe(90 * DAY)
  const webhook = await registerWebhook(api, receiver.url)
  // Batches of one: the two old notices take two batches.
  const worker = testWorker(api, { maxAttempts: 1, pruneBatchSize: 1 })
  const delivered = await queueTestNotice(webhook.id)
  await worker.runOnce()
  receiver.answers.push(500)
  const failed = await queueTestNotice(webhook.id)
  await worker.runOnce()
  advance(api, 89 * DAY)
  const recent = await queueTestNotice(webhook.id)
  await worker.runOnce()
  expect((await deliveriesOf(admin(), webhook.id)).map((delivery) => [delivery.id, delivery.status])).toEqual([
    [delivered.id, 'succeeded'],
    [failed.id, 'failed'],
    [recent.id, 'succeeded'],
  ])

  advance(api, DAY - 60_000)
  await worker.runOnce()
  expect(await deliveriesOf(admin(), webhook.id)).toHaveLength(3)

  advance(api, 60 * 60_000)
  await worker.runOnce()

  expect((await deliveriesOf(admin(), webhook.id)).map((delivery) => delivery.id)).toEqual([recent.id])
  expect((await admin().request(`/api/webhook-deliveries/${delivered.id}`)).status).toBe(404)
  expect(attemptRows()).toBe(1)
})

test('never deletes a notice still waiting to be sent, however old', async () => {
  const webhook = await registerWebhook(api, receiver.url)
  // A receiver down so long that the next attempt is months away.
  const worker = testWorker(api, { baseDelayMs: 200 * DAY, maxDelayMs: 200 * DAY })
  receiver.answers.push(500)
  const waiting = await queueTestNotice(webhook.id)
  await worker.runOnce()

  advance(api, 120 * DAY)
  await worker.runOnce()

  expect(await deliveriesOf(admin(), webhook.id)).toMatchObject([{ id: waiting.id, status: 'pending', attempts: 1 }])
})

test('counts from the last attempt: a notice sent again keeps another 90 days', async () => {
  const webhook = await registerWebhook(api, receiver.url)
  const worker = testWorker(api, { maxAttempts: 1 })
  receiver.answers.push(500)
  const failed = await queueTestNotice(webhook.id)
  await worker.runOnce()

  advance(api, 80 * DAY)
  const redelivered = await admin().send('POST', `/api/webhook-deliveries/${failed.id}/redeliver`)
  expect(redelivered.status).toBe(200)
  await worker.runOnce()
  advance(api, 80 * DAY)
  await worker.runOnce()

  expect(await deliveriesOf(admin(), webhook.id)).toMatchObject([{ id: failed.id, status: 'succeeded', attempts: 2 }])
})
