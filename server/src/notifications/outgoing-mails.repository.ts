import type { Db } from '../db/connection'
import { pluckStatement, statement } from '../db/statements'

export type MailKind = 'notice' | 'digest'

/** A mail the worker has claimed: what it needs to write and send it. */
export interface ClaimedMail {
  id: number
  userId: number
  kind: MailKind
  notificationIds: number[]
  attempts: number
  createdAt: string
}

export interface OutgoingMail extends ClaimedMail {
  status: 'pending' | 'in_progress' | 'sent' | 'failed'
  nextAttemptAt: string
  lastError: string | null
}

interface MailRow {
  id: number
  user_id: number
  kind: MailKind
  notification_ids: string
  attempts: number
  created_at: string
  status: OutgoingMail['status']
  next_attempt_at: string
  last_error: string | null
}

const toMail = (row: MailRow): OutgoingMail => ({
  id: row.id,
  userId: row.user_id,
  kind: row.kind,
  notificationIds: JSON.parse(row.notification_ids) as number[],
  attempts: row.attempts,
  createdAt: row.created_at,
  status: row.status,
  nextAttemptAt: row.next_attempt_at,
  lastError: row.last_error,
})

const COLUMNS = 'id, user_id, kind, notification_ids, attempts, created_at, status, next_attempt_at, last_error'

export const outgoingMailsRepository = {
  insert(db: Db, mail: { userId: number; kind: MailKind; notificationIds: readonly number[] }, now: string): number {
    const result = statement(
      db,
      `INSERT INTO outgoing_mails (user_id, kind, notification_ids, status, next_attempt_at, created_at)
       VALUES (@user_id, @kind, @ids, 'pending', @now, @now)`,
    ).run({ user_id: mail.userId, kind: mail.kind, ids: JSON.stringify(mail.notificationIds), now })
    return Number(result.lastInsertRowid)
  },

  all(db: Db): OutgoingMail[] {
    return statement<MailRow>(db, `SELECT ${COLUMNS} FROM outgoing_mails ORDER BY id`).all().map(toMail)
  },

  /**
   * Marks up to `limit` due mails in progress until `leaseUntil` and returns
   * them: pending ones whose time has come, and in-progress ones whose lease
   * ran out. One statement, so two workers never claim the same mail.
   */
  claimDue(db: Db, now: string, leaseUntil: string, limit: number): ClaimedMail[] {
    return statement<MailRow>(
      db,
      `UPDATE outgoing_mails SET status = 'in_progress', lease_until = @lease_until
       WHERE id IN (SELECT id FROM outgoing_mails
                    WHERE (status = 'pending' AND next_attempt_at <= @now) OR (status = 'in_progress' AND lease_until <= @now)
                    ORDER BY next_attempt_at, id LIMIT @limit)
       RETURNING ${COLUMNS}`,
    )
      .all({ now, lease_until: leaseUntil, limit })
      .map(toMail)
  },

  markSent(db: Db, id: number, now: string): void {
    statement(
      db,
      "UPDATE outgoing_mails SET status = 'sent', sent_at = ?, attempts = attempts + 1, lease_until = NULL WHERE id = ?",
    ).run(now, id)
  },

  /** Records a failed attempt: to be tried again at `nextAttemptAt`, or given up when that is null. */
  markFailed(db: Db, id: number, error: string, nextAttemptAt: string | null): void {
    statement(
      db,
      `UPDATE outgoing_mails SET attempts = attempts + 1, last_error = @error, lease_until = NULL,
       status = CASE WHEN @next IS NULL THEN 'failed' ELSE 'pending' END,
       next_attempt_at = coalesce(@next, next_attempt_at)
       WHERE id = @id`,
    ).run({ id, error, next: nextAttemptAt })
  },

  /** Deletes sent or failed mails created before `before`, and returns how many. */
  deleteSettledBefore(db: Db, before: string): number {
    return statement(db, "DELETE FROM outgoing_mails WHERE status IN ('sent', 'failed') AND created_at < ?").run(before)
      .changes
  },

  countPending(db: Db): number {
    return pluckStatement<number>(db, "SELECT count(*) FROM outgoing_mails WHERE status <> 'sent'").get() ?? 0
  },
}
