import type { Webhook, WebhookAttempt } from '@rcm/shared'
import type { Db } from '../db/connection'
import { writeTransaction } from '../db/transaction'
import { webhookDeliveriesRepository, type ClaimedDelivery } from './webhook-deliveries.repository'
import { AttemptTimeoutError, postNotice } from './webhook-http'
import { noticeBody, signNotice, type StoredNotice } from './webhook-notices'
import { systemResolver, TargetRefusedError, type HostResolver } from './webhook-targets'
import { webhooksRepository } from './webhooks.repository'

export interface WebhookWorkerOptions {
  db: Db
  /** The public site the notices link to (PUBLIC_SITE_URL). */
  siteUrl: string
  now?: () => Date
  /** Resolves the webhooks' host names; each address is checked before a connection is made to it. */
  resolve?: HostResolver
  /** In [0, 1): the jitter of the backoff. */
  random?: () => number
  /** How long one attempt may take, answer body included. */
  timeoutMs?: number
  /** Attempts per (re)delivery before it is marked failed. */
  maxAttempts?: number
  /** The wait after the first failure; it doubles with each further one, up to maxDelayMs. */
  baseDelayMs?: number
  maxDelayMs?: number
  pollMs?: number
  batchSize?: number
  /** Settled deliveries whose last attempt is older than this are deleted. */
  retentionMs?: number
  /** How often the worker looks for deliveries to delete. */
  pruneEveryMs?: number
  /** Deliveries deleted per write transaction. */
  pruneBatchSize?: number
  log?: (message: string) => void
}

export interface AttemptOutcome {
  deliveryId: number
  attempt: WebhookAttempt
  status: 'succeeded' | 'failed' | 'pending'
}

export interface WebhookWorker {
  /**
   * What start() runs on every tick: deletes old settled deliveries when
   * `pruneEveryMs` has passed since it last did, then sends every delivery
   * due now (up to a batch) and settles each.
   */
  runOnce(): Promise<AttemptOutcome[]>
  start(): void
  /** Stops polling and waits for the sends in flight to be recorded. */
  stop(): Promise<void>
}

/**
 * How long a delivered or finally failed notice stays in the queue. Receivers
 * refetch the feed rather than replay old notices, so what the rows are for
 * is an administrator looking into a receiver's trouble, or sending a failed
 * notice again, after a holiday or a quarter's report: 90 days covers that,
 * and keeps the queue from growing by a row per notice and webhook forever.
 */
export const DELIVERY_RETENTION_MS = 90 * 24 * 60 * 60_000

export const WEBHOOK_DEFAULTS = {
  timeoutMs: 10_000,
  maxAttempts: 10,
  baseDelayMs: 30_000,
  maxDelayMs: 3_600_000,
  pollMs: 5_000,
  batchSize: 10,
  retentionMs: DELIVERY_RETENTION_MS,
  pruneEveryMs: 3_600_000,
  // Small write transactions: the API's writes wait at most one batch (a few ms), not the whole prune.
  pruneBatchSize: 500,
}
/** Enough of the answer to see what the receiver said, not to fill the database. */
export const RESPONSE_BODY_LIMIT = 1024
const USER_AGENT = 'RCM-Events-Calendar-Webhooks/1'

/**
 * The wait before attempt `failures + 1`: exponential, capped, with "equal
 * jitter" (half fixed, half random), so receivers that come back after an
 * outage are not hit by every queued notice at the same instant.
 */
export function backoffMs(
  failures: number,
  options: { baseDelayMs: number; maxDelayMs: number },
  random: number,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (failures - 1))
  return Math.round(ceiling / 2 + (ceiling / 2) * random)
}

function describeFailure(error: unknown): string {
  if (error instanceof AttemptTimeoutError || error instanceof TargetRefusedError) return error.message.slice(0, 500)
  if (error instanceof Error) {
    // Node's messages mostly name the code ("connect ECONNREFUSED 127.0.0.1:80"); add it where they do not.
    const code = 'code' in error && typeof error.code === 'string' ? error.code : ''
    return (error.message.includes(code) ? error.message : `${error.message}: ${code}`).slice(0, 500)
  }
  return 'Unknown error'
}

/**
 * The delivery worker: polls `webhook_deliveries` (SQLite, so the queue
 * survives a restart), claims due rows with a lease, POSTs each signed
 * notice, and records the attempt. A row left in progress by a crash is
 * claimed again once its lease has run out: delivery is at least once, and
 * receivers drop repeats by the notice's `id`.
 */
export function createWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  const settings = { ...WEBHOOK_DEFAULTS, ...options }
  const { db } = settings
  const now = settings.now ?? (() => new Date())
  const resolve = settings.resolve ?? systemResolver
  const random = settings.random ?? Math.random
  const log = settings.log ?? ((message: string) => console.error(message))

  async function attempt(claimed: ClaimedDelivery, webhook: Webhook, body: string): Promise<WebhookAttempt> {
    const startedAt = now()
    const timestamp = String(Math.floor(startedAt.getTime() / 1000))
    try {
      const answer = await postNotice(webhook.url, {
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': USER_AGENT,
          'X-RCM-Webhook-Id': String(claimed.id),
          'X-RCM-Timestamp': timestamp,
          'X-RCM-Signature': signNotice(webhook.secret, timestamp, body),
        },
        body,
        timeoutMs: settings.timeoutMs,
        bodyLimit: RESPONSE_BODY_LIMIT,
        resolve,
        allowPrivateNetwork: webhook.allowPrivateNetwork,
      })
      return { at: startedAt.toISOString(), statusCode: answer.statusCode, responseBody: answer.bodyStart, error: null }
    } catch (error) {
      return { at: startedAt.toISOString(), statusCode: null, responseBody: null, error: describeFailure(error) }
    }
  }

  async function deliver(claimed: ClaimedDelivery): Promise<AttemptOutcome | null> {
    const webhook = webhooksRepository.findById(db, claimed.webhookId)
    if (!webhook) return null
    const body = claimed.body ?? noticeBody(claimed.id, JSON.parse(claimed.notice) as StoredNotice, settings.siteUrl)
    if (claimed.body === null) webhookDeliveriesRepository.setBody(db, claimed.id, body)
    const result = await attempt(claimed, webhook, body)
    const isSuccess = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300
    const attempts = claimed.roundAttempts + 1
    const status = isSuccess ? 'succeeded' : attempts >= settings.maxAttempts ? 'failed' : 'pending'
    writeTransaction(db, () => {
      // Deleted while it was being sent: its deliveries went with it.
      if (!webhooksRepository.findById(db, claimed.webhookId)) return
      webhookDeliveriesRepository.recordAttempt(db, claimed.id, result)
      if (status === 'pending') {
        const nextAttemptAt = new Date(now().getTime() + backoffMs(attempts, settings, random()))
        webhookDeliveriesRepository.settle(db, claimed.id, { status, nextAttemptAt: nextAttemptAt.toISOString() })
      } else {
        webhookDeliveriesRepository.settle(
          db,
          claimed.id,
          status === 'succeeded' ? { status, at: now().toISOString() } : { status },
        )
      }
    })
    return { deliveryId: claimed.id, attempt: result, status }
  }

  let prunedAt: number | undefined

  /** Deletes the settled deliveries past the retention, a batch per transaction, letting other work in between batches. */
  async function prune(at: Date): Promise<void> {
    prunedAt = at.getTime()
    const before = new Date(at.getTime() - settings.retentionMs).toISOString()
    while (
      writeTransaction(db, () =>
        webhookDeliveriesRepository.deleteSettledBefore(db, before, settings.pruneBatchSize),
      ) === settings.pruneBatchSize
    ) {
      await new Promise((resolve) => setImmediate(resolve))
    }
  }

  async function runOnce(): Promise<AttemptOutcome[]> {
    const at = now()
    if (prunedAt === undefined || at.getTime() - prunedAt >= settings.pruneEveryMs) await prune(at)
    // The lease outlasts an attempt (bounded by the timeout), so only a dead worker's rows are taken over.
    const leaseUntil = new Date(at.getTime() + settings.timeoutMs + 60_000)
    const claimed = writeTransaction(db, () =>
      webhookDeliveriesRepository.claimDue(db, at.toISOString(), leaseUntil.toISOString(), settings.batchSize),
    )
    const outcomes = await Promise.all(claimed.map(deliver))
    return outcomes.filter((outcome) => outcome !== null)
  }

  let timer: NodeJS.Timeout | undefined
  let running: Promise<unknown> = Promise.resolve()
  let isStopped = true

  function tick() {
    running = runOnce()
      .then((outcomes) => {
        // A full batch: more may be due, so go on without waiting.
        if (!isStopped) timer = setTimeout(tick, outcomes.length >= settings.batchSize ? 0 : settings.pollMs)
      })
      .catch((error: unknown) => {
        log(`Webhook delivery failed: ${error instanceof Error ? error.message : String(error)}`)
        if (!isStopped) timer = setTimeout(tick, settings.pollMs)
      })
  }

  return {
    runOnce,
    start() {
      if (!isStopped) return
      isStopped = false
      tick()
    },
    async stop() {
      isStopped = true
      clearTimeout(timer)
      await running
    },
  }
}
