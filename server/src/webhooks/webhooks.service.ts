import { randomBytes } from 'node:crypto'
import type {
  ListQuery,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryFilter,
  WebhookFilter,
  WebhookInput,
} from '@rcm/shared'
import type { Actor } from '../actor'
import { recordAudit } from '../audit-log/audit-log.service'
import type { Db } from '../db/connection'
import { writeTransaction } from '../db/transaction'
import { badRequest, conflict, notFound } from '../http/errors'
import { say } from '../i18n/messages'
import { webhookDeliveriesRepository, type WebhookDeliverySortField } from './webhook-deliveries.repository'
import type { StoredNotice } from './webhook-notices'
import { systemResolver, targetRefusal, type HostResolver } from './webhook-targets'
import { webhooksRepository, type WebhookSortField } from './webhooks.repository'

/** 256 random bits; the prefix tells a reader of a config file what it is. */
const newSecret = () => `whsec_${randomBytes(32).toString('base64url')}`

export function getWebhook(db: Db, id: number): Webhook {
  const webhook = webhooksRepository.findById(db, id)
  if (!webhook) throw notFound('Webhook')
  return webhook
}

export function listWebhooks(
  db: Db,
  query: ListQuery<WebhookFilter, WebhookSortField>,
): { data: Webhook[]; total: number } {
  return webhooksRepository.list(db, query)
}

/** What an audit entry says of a webhook: never its secret. */
const described = (webhook: Webhook) => ({
  url: webhook.url,
  description: webhook.description,
  notices: webhook.notices,
  active: webhook.active,
  allowPrivateNetwork: webhook.allowPrivateNetwork,
})

/** A 400 on `url` when notices may not go there (webhook-targets.ts); delivery checks again, address by address. */
async function assertTarget(input: WebhookInput, resolve: HostResolver): Promise<void> {
  const why = await targetRefusal(input.url, input.allowPrivateNetwork, resolve)
  if (why) throw badRequest({ url: why })
}

export async function createWebhook(
  db: Db,
  actor: Actor,
  input: WebhookInput,
  now: Date = new Date(),
  resolve: HostResolver = systemResolver,
): Promise<Webhook> {
  await assertTarget(input, resolve)
  return writeTransaction(db, () => {
    const id = webhooksRepository.insert(db, input, newSecret(), now.toISOString())
    const webhook = getWebhook(db, id)
    recordAudit(db, actor, 'webhooks.create', { type: 'webhooks', id }, described(webhook), now)
    return webhook
  })
}

export async function updateWebhook(
  db: Db,
  actor: Actor,
  id: number,
  input: WebhookInput,
  now: Date = new Date(),
  resolve: HostResolver = systemResolver,
): Promise<Webhook> {
  getWebhook(db, id)
  await assertTarget(input, resolve)
  return writeTransaction(db, () => {
    const before = getWebhook(db, id)
    webhooksRepository.update(db, id, input, now.toISOString())
    const after = getWebhook(db, id)
    const changed: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(described(after))) {
      const old = described(before)[key as keyof ReturnType<typeof described>]
      if (JSON.stringify(old) !== JSON.stringify(value)) changed[key] = { from: old, to: value }
    }
    recordAudit(db, actor, 'webhooks.update', { type: 'webhooks', id }, changed, now)
    return after
  })
}

/** Deletes the webhook and its deliveries (nothing more is sent to it). */
export function deleteWebhook(db: Db, actor: Actor, id: number, now: Date = new Date()): Webhook {
  return writeTransaction(db, () => {
    const webhook = getWebhook(db, id)
    webhooksRepository.remove(db, id)
    recordAudit(db, actor, 'webhooks.delete', { type: 'webhooks', id }, described(webhook), now)
    return webhook
  })
}

/**
 * A new secret; deliveries still queued are signed with it, since signing
 * happens at each attempt. The receiver must switch to it at once.
 */
export function rotateWebhookSecret(db: Db, actor: Actor, id: number, now: Date = new Date()): Webhook {
  return writeTransaction(db, () => {
    getWebhook(db, id)
    webhooksRepository.setSecret(db, id, newSecret(), now.toISOString())
    recordAudit(db, actor, 'webhooks.rotate-secret', { type: 'webhooks', id }, {}, now)
    return getWebhook(db, id)
  })
}

/** Queues a "test" notice to this webhook alone, active or not, whatever it subscribes to. */
export function sendTestNotice(db: Db, actor: Actor, id: number, now: Date = new Date()): WebhookDelivery {
  return writeTransaction(db, () => {
    getWebhook(db, id)
    const notice: StoredNotice = { type: 'test', occurredAt: now.toISOString(), event: null }
    const deliveryId = webhookDeliveriesRepository.insert(
      db,
      { webhookId: id, type: 'test', eventId: null, notice },
      now.toISOString(),
    )
    recordAudit(db, actor, 'webhooks.test', { type: 'webhooks', id }, { deliveryId }, now)
    return getWebhookDelivery(db, deliveryId)
  })
}

export function getWebhookDelivery(db: Db, id: number): WebhookDelivery {
  const delivery = webhookDeliveriesRepository.findById(db, id)
  if (!delivery) throw notFound('Webhook delivery')
  return delivery
}

export function listWebhookDeliveries(
  db: Db,
  query: ListQuery<WebhookDeliveryFilter, WebhookDeliverySortField>,
): { data: WebhookDelivery[]; total: number } {
  return webhookDeliveriesRepository.list(db, query)
}

/**
 * Sends the delivery again, same id and body, with a fresh retry budget: for
 * a notice that failed, or one the receiver lost. 409 while it is being sent.
 */
export function redeliver(db: Db, actor: Actor, id: number, now: Date = new Date()): WebhookDelivery {
  return writeTransaction(db, () => {
    const delivery = getWebhookDelivery(db, id)
    if (delivery.status === 'in_progress') throw conflict(say('noticeBeingSent'))
    webhookDeliveriesRepository.requeue(db, id, now.toISOString())
    recordAudit(
      db,
      actor,
      'webhook-deliveries.redeliver',
      { type: 'webhook-deliveries', id },
      { webhookId: delivery.webhookId, from: delivery.status },
      now,
    )
    return getWebhookDelivery(db, id)
  })
}
