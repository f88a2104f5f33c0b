import { WEBHOOK_NOTICES, type Webhook, type WebhookDelivery, type WebhookNotice } from '@rcm/shared'
import {
  createWebhookWorker,
  type WebhookWorker,
  type WebhookWorkerOptions,
} from '../../server/src/webhooks/webhook-worker'
import type { TestApi, TestClient } from './api'

/** The public site the test workers link notices to. */
export const TEST_SITE_URL = 'https://calendar.example.org'

/** Registers a webhook through the API, as an administrator; allowed private networks, as the test receivers listen on loopback. */
export async function registerWebhook(
  api: TestApi,
  url: string,
  notices: readonly WebhookNotice[] = WEBHOOK_NOTICES,
  active = true,
): Promise<Webhook> {
  const response = await api.send('POST', '/api/webhooks', {
    url,
    description: 'Test receiver',
    notices,
    active,
    allowPrivateNetwork: true,
  })
  if (response.status !== 201) throw new Error(`Could not register the webhook: ${JSON.stringify(response.body)}`)
  return response.body as Webhook
}

/** The webhook's deliveries through the API, oldest first. */
export async function deliveriesOf(api: TestClient, webhookId: number): Promise<WebhookDelivery[]> {
  const filter = encodeURIComponent(JSON.stringify({ webhookId }))
  return (await api.request(`/api/webhook-deliveries?filter=${filter}&sort=["id","ASC"]`)).body as WebhookDelivery[]
}

/** A delivery worker on the app's clock, with the jitter fixed at its middle. */
export function testWorker(api: TestApi, options: Partial<WebhookWorkerOptions> = {}): WebhookWorker {
  return createWebhookWorker({
    db: api.db,
    siteUrl: TEST_SITE_URL,
    now: () => api.clock.now,
    random: () => 0.5,
    ...options,
  })
}

/** Moves the app's clock on by `ms`. */
export function advance(api: TestApi, ms: number): void {
  api.clock.now = new Date(api.clock.now.getTime() + ms)
}
