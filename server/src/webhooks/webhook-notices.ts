import { createHmac } from 'node:crypto'
import type { LocalizedText, WebhookDeliveryType, WebhookNotice } from '@rcm/shared'
import type { Db } from '../db/connection'
import type { PublicEventData } from '../public/public-copies.repository'
import { publicEventUrl } from '../public/public-events'
import { webhookDeliveriesRepository } from './webhook-deliveries.repository'
import { webhooksRepository } from './webhooks.repository'

/** What a delivery row keeps of its notice: only public data, the links are added when it is sent. */
export interface StoredNotice {
  type: WebhookDeliveryType
  occurredAt: string
  event: { id: number; title: LocalizedText; publishedAt: string | null } | null
}

/** The JSON body a receiver gets (docs/webhooks.md; decision 006). */
export interface NoticeBody {
  id: number
  type: WebhookDeliveryType
  occurredAt: string
  event: { id: number; url: string; title: LocalizedText; publishedAt: string | null } | null
  links: { json: string; csv: string; ics: string }
}

/**
 * Queues `type` for every active webhook that wants it. Call it inside the
 * transaction of the step, so the notice exists exactly when the step
 * commits. `copy` is the public copy (the one just written, or the one just
 * removed): a notice never carries working-copy or user data.
 */
export function queueWebhookNotice(
  db: Db,
  type: WebhookNotice,
  copy: PublicEventData,
  options: { publishedAt: string | null; now: string },
): void {
  const notice: StoredNotice = {
    type,
    occurredAt: options.now,
    event: { id: copy.id, title: copy.title, publishedAt: options.publishedAt },
  }
  for (const webhookId of webhooksRepository.subscribedTo(db, type)) {
    webhookDeliveriesRepository.insert(db, { webhookId, type, eventId: copy.id, notice }, options.now)
  }
}

/** The body of delivery `id`, with links to the public site at `siteUrl`. */
export function noticeBody(id: number, notice: StoredNotice, siteUrl: string): string {
  const site = siteUrl.replace(/\/$/, '')
  const body: NoticeBody = {
    id,
    type: notice.type,
    occurredAt: notice.occurredAt,
    event: notice.event && {
      id: notice.event.id,
      url: publicEventUrl(notice.event.id, site),
      title: notice.event.title,
      publishedAt: notice.event.publishedAt,
    },
    links: {
      json: `${site}/api/public/events.json`,
      csv: `${site}/api/public/events.csv`,
      ics: `${site}/api/public/events.ics`,
    },
  }
  return JSON.stringify(body)
}

/** `X-RCM-Signature`: "sha256=" + hex HMAC-SHA256 of "timestamp.body" keyed with the webhook's secret. */
export function signNotice(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
}
