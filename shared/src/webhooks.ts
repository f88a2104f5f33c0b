import { z } from 'zod'
import { baseFilterShape } from './list-query'
import { IdSchema, LocalizedTextSchema } from './primitives'
import { MAX_WEBHOOK_URL_LENGTH, VALIDATION_MESSAGES } from './validation-messages'

/** The notices a webhook can subscribe to: changes to what the public sees. */
export const WEBHOOK_NOTICES = ['published', 'republished', 'unpublished', 'archived'] as const
export const WebhookNoticeSchema = z.enum(WEBHOOK_NOTICES)
export type WebhookNotice = z.infer<typeof WebhookNoticeSchema>
/** What a delivery carries: a subscribed notice, or the admin's "send test notice". */
export type WebhookDeliveryType = WebhookNotice | 'test'

// The authority part of a URL holding "user@" or "user:password@".
const HAS_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i

const WebhookUrlSchema = z
  .string()
  .trim()
  .min(1, { message: VALIDATION_MESSAGES.required.en })
  .max(MAX_WEBHOOK_URL_LENGTH, { message: VALIDATION_MESSAGES.urlTooLong.en })
  .pipe(z.url({ protocol: /^https?$/, error: VALIDATION_MESSAGES.webUrl.en }))
  // Credentials in a URL end up in logs and on every admin's screen; the signature authenticates instead.
  .refine((value) => !HAS_CREDENTIALS.test(value), { message: VALIDATION_MESSAGES.urlCredentials.en })

/** POST and PUT /api/webhooks: the secret is the server's (generated, rotated with its own call). */
export const WebhookInputSchema = z.strictObject({
  url: WebhookUrlSchema,
  description: z.string().trim().max(500).default(''),
  notices: z
    .array(WebhookNoticeSchema)
    .min(1, { message: VALIDATION_MESSAGES.oneNotice.en })
    .transform((notices) => WEBHOOK_NOTICES.filter((notice) => notices.includes(notice))),
  active: z.boolean().default(true),
  /** Lets the URL reach loopback and private addresses (an internal receiver); never a cloud metadata address. */
  allowPrivateNetwork: z.boolean().default(false),
})
export type WebhookInput = z.output<typeof WebhookInputSchema>

export const WebhookSchema = z.object({
  id: z.number().int().positive(),
  url: z.string(),
  description: z.string(),
  notices: z.array(WebhookNoticeSchema),
  active: z.boolean(),
  allowPrivateNetwork: z.boolean(),
  /** The HMAC-SHA256 key of the signatures; administrators only see webhooks at all. */
  secret: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Webhook = z.infer<typeof WebhookSchema>

export const WEBHOOK_SORT_FIELDS = ['id', 'url', 'active', 'createdAt', 'updatedAt'] as const
export const WebhookFilterSchema = z.strictObject({
  ...baseFilterShape,
  active: z.boolean().optional(),
})
export type WebhookFilter = z.infer<typeof WebhookFilterSchema>

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'in_progress', 'succeeded', 'failed'] as const
export const WebhookDeliveryStatusSchema = z.enum(WEBHOOK_DELIVERY_STATUSES)
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatusSchema>

export const WebhookAttemptSchema = z.object({
  at: z.string(),
  /** The HTTP status of the answer; null when there was none (network error, timeout). */
  statusCode: z.number().int().nullable(),
  /** The first characters of the answer's body. */
  responseBody: z.string().nullable(),
  error: z.string().nullable(),
})
export type WebhookAttempt = z.infer<typeof WebhookAttemptSchema>

export const WebhookDeliverySchema = z.object({
  /** Also the notice's `id` and `X-RCM-Webhook-Id`: the receiver's idempotency key. */
  id: z.number().int().positive(),
  webhookId: z.number().int().positive(),
  type: z.enum([...WEBHOOK_NOTICES, 'test']),
  eventId: z.number().int().nullable(),
  status: WebhookDeliveryStatusSchema,
  /** Every attempt so far, redeliveries included. */
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  /** When the worker tries next; null once it succeeded or gave up. */
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
  /** The JSON body sent, fixed at the first attempt; null before it. */
  body: z.string().nullable(),
  attemptLog: z.array(WebhookAttemptSchema),
})
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>

/** The JSON body a receiver gets (docs/decisions/006-webhooks.md): only public data, and links to the feeds. */
export const WebhookNoticeBodySchema = z.object({
  /** The delivery's id, also `X-RCM-Webhook-Id`. */
  id: z.number().int().positive(),
  type: z.enum([...WEBHOOK_NOTICES, 'test']),
  occurredAt: z.string(),
  /** The event as published (or as last published, for unpublished and archived); null for a test notice. */
  event: z
    .object({
      id: z.number().int().positive(),
      url: z.url(),
      title: LocalizedTextSchema,
      publishedAt: z.string().nullable(),
    })
    .nullable(),
  links: z.object({ json: z.url(), csv: z.url(), ics: z.url() }),
})
export type WebhookNoticeBody = z.infer<typeof WebhookNoticeBodySchema>

export const WEBHOOK_DELIVERY_SORT_FIELDS = ['id', 'createdAt', 'status', 'nextAttemptAt'] as const
export const WebhookDeliveryFilterSchema = z.strictObject({
  ...baseFilterShape,
  webhookId: z.union([IdSchema, z.array(IdSchema)]).optional(),
  status: z.union([WebhookDeliveryStatusSchema, z.array(WebhookDeliveryStatusSchema)]).optional(),
  eventId: IdSchema.optional(),
})
export type WebhookDeliveryFilter = z.infer<typeof WebhookDeliveryFilterSchema>
