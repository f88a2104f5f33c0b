import type { Db } from '../db/connection'
import { writeTransaction } from '../db/transaction'
import { backoffMs } from '../webhooks/webhook-worker'
import { digestMail, noticeMail } from './notification-texts'
import { notificationsRepository } from './notifications.repository'
import type { Mailer } from './mailer'
import { outgoingMailsRepository, type ClaimedMail } from './outgoing-mails.repository'

export interface MailQueueOptions {
  db: Db
  mailer: Mailer
  /** The admin app the mails link to. */
  appUrl: string
  now?: () => Date
  /** In [0, 1): the jitter of the backoff. */
  random?: () => number
  /** Attempts before a mail is given up. */
  maxAttempts?: number
  /** The wait after the first failure; it doubles with each further one, up to maxDelayMs. */
  baseDelayMs?: number
  maxDelayMs?: number
  pollMs?: number
  batchSize?: number
  /** The UTC hour from which the day's digest is sent. */
  digestHourUtc?: number
  /** How often the worker looks whether a digest is due. */
  digestCheckMs?: number
  /** A mail queued longer ago than this is given up unsent (queued while no SMTP server was set: news no more). */
  maxAgeMs?: number
  /** Sent and failed mails older than this are deleted. */
  retentionMs?: number
  log?: (message: string) => void
}

export const MAIL_DEFAULTS = {
  maxAttempts: 10,
  baseDelayMs: 60_000,
  maxDelayMs: 3_600_000,
  pollMs: 5_000,
  batchSize: 10,
  digestHourUtc: 17,
  digestCheckMs: 60_000,
  // Longer than the whole retry schedule (10 attempts, at most an hour apart), so only stale mail is dropped.
  maxAgeMs: 2 * 24 * 60 * 60_000,
  retentionMs: 30 * 24 * 60 * 60_000,
}

export interface MailOutcome {
  mailId: number
  status: 'sent' | 'pending' | 'failed'
  error?: string
}

export interface MailQueue {
  /** Queues the digests due now, then sends every mail due (up to a batch) and records each outcome. */
  runOnce(): Promise<MailOutcome[]>
  /** Queues one digest for each user on `daily` with notices waiting, once the day's digest hour has come. */
  queueDigests(): number
  start(): void
  /** Stops polling and waits for the sends in flight to be recorded. */
  stop(): Promise<void>
}

/**
 * The mail worker (decision 019): polls `outgoing_mails`, claims due rows
 * with a lease, writes each mail in its recipient's language and sends it;
 * a failure is retried with the webhooks' backoff. Nothing here runs in a
 * workflow step's transaction: a slow or refusing SMTP server delays mail,
 * never a step.
 */
export function createMailQueue(options: MailQueueOptions): MailQueue {
  const settings = { ...MAIL_DEFAULTS, ...options }
  const { db, mailer } = settings
  const now = settings.now ?? (() => new Date())
  const random = settings.random ?? Math.random
  const log = settings.log ?? ((message: string) => console.error(message))

  async function send(claimed: ClaimedMail): Promise<MailOutcome> {
    const recipient = notificationsRepository.findRecipient(db, claimed.userId)
    const notices = notificationsRepository.findByIds(db, claimed.notificationIds)
    const [first] = notices
    const isStale = now().getTime() - new Date(claimed.createdAt).getTime() > settings.maxAgeMs
    if (!recipient || first === undefined || isStale) {
      const error = isStale ? 'Too old to send' : 'Nothing left to send'
      writeTransaction(db, () => outgoingMailsRepository.markFailed(db, claimed.id, error, null))
      return { mailId: claimed.id, status: 'failed', error }
    }
    const { language } = recipient.preferences
    const content =
      claimed.kind === 'digest'
        ? digestMail(notices, language, settings.appUrl)
        : noticeMail(first, language, settings.appUrl)
    try {
      await mailer.send({ to: recipient.email, ...content })
      writeTransaction(db, () => outgoingMailsRepository.markSent(db, claimed.id, now().toISOString()))
      return { mailId: claimed.id, status: 'sent' }
    } catch (caught) {
      const error = (caught instanceof Error ? caught.message : String(caught)).slice(0, 500)
      const attempts = claimed.attempts + 1
      const next =
        attempts >= settings.maxAttempts
          ? null
          : new Date(now().getTime() + backoffMs(attempts, settings, random())).toISOString()
      writeTransaction(db, () => outgoingMailsRepository.markFailed(db, claimed.id, error, next))
      return { mailId: claimed.id, status: next === null ? 'failed' : 'pending', error }
    }
  }

  function queueDigests(): number {
    const at = now()
    if (at.getUTCHours() < settings.digestHourUtc) return 0
    const day = at.toISOString().slice(0, 10)
    return writeTransaction(db, () => {
      let queued = 0
      for (const userId of notificationsRepository.digestsDue(db, day)) {
        const ids = notificationsRepository.takeDigest(db, userId, day)
        if (ids.length === 0) continue
        outgoingMailsRepository.insert(db, { userId, kind: 'digest', notificationIds: ids }, at.toISOString())
        queued++
      }
      return queued
    })
  }

  let digestCheckedAt: number | undefined

  async function runOnce(): Promise<MailOutcome[]> {
    const at = now()
    if (digestCheckedAt === undefined || at.getTime() - digestCheckedAt >= settings.digestCheckMs) {
      digestCheckedAt = at.getTime()
      queueDigests()
      const before = new Date(at.getTime() - settings.retentionMs).toISOString()
      writeTransaction(db, () => outgoingMailsRepository.deleteSettledBefore(db, before))
    }
    // The lease outlasts a send (bounded by the transport's timeouts), so only a dead worker's mails are taken over.
    const leaseUntil = new Date(at.getTime() + 5 * 60_000).toISOString()
    const claimed = writeTransaction(db, () =>
      outgoingMailsRepository.claimDue(db, at.toISOString(), leaseUntil, settings.batchSize),
    )
    // One at a time: an SMTP server is one connection, and mails are few.
    const outcomes: MailOutcome[] = []
    for (const mail of claimed) outcomes.push(await send(mail))
    return outcomes
  }

  let timer: NodeJS.Timeout | undefined
  let running: Promise<unknown> = Promise.resolve()
  let isStopped = true

  function tick() {
    running = runOnce()
      .then((outcomes) => {
        if (!isStopped) timer = setTimeout(tick, outcomes.length >= settings.batchSize ? 0 : settings.pollMs)
      })
      .catch((error: unknown) => {
        log(`Sending mail failed: ${error instanceof Error ? error.message : String(error)}`)
        if (!isStopped) timer = setTimeout(tick, settings.pollMs)
      })
  }

  return {
    runOnce,
    queueDigests,
    start() {
      if (!isStopped) return
      isStopped = false
      tick()
    },
    async stop() {
      isStopped = true
      clearTimeout(timer)
      await running
      mailer.close()
    },
  }
}
