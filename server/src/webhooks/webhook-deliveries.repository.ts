import {
  toIdList,
  type ListQuery,
  type WebhookAttempt,
  type WebhookDelivery,
  type WebhookDeliveryFilter,
  type WebhookDeliveryType,
} from '@rcm/shared'
import type { Db } from '../db/connection'
import { containsWords, isIn, selectPage, type Condition } from '../db/paged-query'
import { statement } from '../db/statements'

export type WebhookDeliverySortField = 'id' | 'createdAt' | 'status' | 'nextAttemptAt'

interface DeliveryRow {
  id: number
  webhook_id: number
  type: WebhookDeliveryType
  event_id: number | null
  status: WebhookDelivery['status']
  next_attempt_at: string | null
  created_at: string
  delivered_at: string | null
  body: string | null
  attempt_log: string
}

const COLUMNS = `d.id, d.webhook_id, d.type, d.event_id, d.status, d.next_attempt_at, d.created_at, d.delivered_at, d.body,
  (SELECT json_group_array(json_object('at', a.started_at, 'statusCode', a.status_code, 'responseBody', a.response_body, 'error', a.error) ORDER BY a.id)
   FROM webhook_delivery_attempts a WHERE a.delivery_id = d.id) AS attempt_log`

function toDelivery(row: DeliveryRow): WebhookDelivery {
  const attemptLog = JSON.parse(row.attempt_log) as WebhookAttempt[]
  const last = attemptLog.at(-1)
  return {
    id: row.id,
    webhookId: row.webhook_id,
    type: row.type,
    eventId: row.event_id,
    status: row.status,
    attempts: attemptLog.length,
    lastStatusCode: last?.statusCode ?? null,
    lastError: last?.error ?? null,
    nextAttemptAt: row.status === 'succeeded' || row.status === 'failed' ? null : row.next_attempt_at,
    createdAt: row.created_at,
    deliveredAt: row.delivered_at,
    body: row.body,
    attemptLog,
  }
}

const SORTS: Record<WebhookDeliverySortField, string> = {
  id: 'd.id',
  createdAt: 'd.created_at',
  status: 'd.status',
  nextAttemptAt: 'd.next_attempt_at',
}

/** A delivery the worker has claimed: what it needs to send it. */
export interface ClaimedDelivery {
  id: number
  webhookId: number
  notice: string
  body: string | null
  roundAttempts: number
}

export const webhookDeliveriesRepository = {
  findById(db: Db, id: number): WebhookDelivery | undefined {
    const row = statement<DeliveryRow>(db, `SELECT ${COLUMNS} FROM webhook_deliveries d WHERE d.id = ?`).get(id)
    return row && toDelivery(row)
  },

  list(
    db: Db,
    query: ListQuery<WebhookDeliveryFilter, WebhookDeliverySortField>,
  ): { data: WebhookDelivery[]; total: number } {
    const { filter } = query
    const where: Condition[] = []
    const ids = toIdList(filter.id)
    if (ids) where.push(isIn('d.id', 'ids', ids))
    const webhookIds = toIdList(filter.webhookId)
    if (webhookIds) where.push(isIn('d.webhook_id', 'webhookIds', webhookIds))
    if (filter.status !== undefined)
      where.push(isIn('d.status', 'statuses', Array.isArray(filter.status) ? filter.status : [filter.status]))
    if (filter.eventId !== undefined) where.push({ sql: 'd.event_id = @eventId', params: { eventId: filter.eventId } })
    where.push(...containsWords(['d.type'], filter.q))
    const page = selectPage<DeliveryRow>(db, {
      select: COLUMNS,
      from: 'webhook_deliveries d',
      idColumn: 'd.id',
      where,
      orderBy: `${SORTS[query.sort.field]} ${query.sort.order}, d.id ${query.sort.order}`,
      range: query.range,
    })
    return { data: page.rows.map(toDelivery), total: page.total }
  },

  insert(
    db: Db,
    data: { webhookId: number; type: WebhookDeliveryType; eventId: number | null; notice: unknown },
    now: string,
  ): number {
    const result = statement(
      db,
      `INSERT INTO webhook_deliveries (webhook_id, type, event_id, notice, status, next_attempt_at, created_at)
       VALUES (@webhook_id, @type, @event_id, @notice, 'pending', @now, @now)`,
    ).run({
      webhook_id: data.webhookId,
      type: data.type,
      event_id: data.eventId,
      notice: JSON.stringify(data.notice),
      now,
    })
    return Number(result.lastInsertRowid)
  },

  /**
   * Marks up to `limit` due deliveries in progress until `leaseUntil` and
   * returns them: pending ones whose time has come, and in-progress ones
   * whose lease ran out (their worker crashed or was stopped mid-send).
   * One statement, so two workers never claim the same row.
   */
  claimDue(db: Db, now: string, leaseUntil: string, limit: number): ClaimedDelivery[] {
    return statement<{ id: number; webhook_id: number; notice: string; body: string | null; round_attempts: number }>(
      db,
      `UPDATE webhook_deliveries SET status = 'in_progress', lease_until = @lease_until
       WHERE id IN (SELECT id FROM webhook_deliveries
                    WHERE (status = 'pending' AND next_attempt_at <= @now) OR (status = 'in_progress' AND lease_until <= @now)
                    ORDER BY next_attempt_at, id LIMIT @limit)
       RETURNING id, webhook_id, notice, body, round_attempts`,
    )
      .all({ now, lease_until: leaseUntil, limit })
      .map((row) => ({
        id: row.id,
        webhookId: row.webhook_id,
        notice: row.notice,
        body: row.body,
        roundAttempts: row.round_attempts,
      }))
  },

  setBody(db: Db, id: number, body: string): void {
    statement(db, 'UPDATE webhook_deliveries SET body = ? WHERE id = ? AND body IS NULL').run(body, id)
  },

  recordAttempt(db: Db, id: number, attempt: WebhookAttempt): void {
    statement(
      db,
      'INSERT INTO webhook_delivery_attempts (delivery_id, started_at, status_code, response_body, error) VALUES (?, ?, ?, ?, ?)',
    ).run(id, attempt.at, attempt.statusCode, attempt.responseBody, attempt.error)
    statement(db, 'UPDATE webhook_deliveries SET round_attempts = round_attempts + 1 WHERE id = ?').run(id)
  },

  /** The delivery's state after an attempt: succeeded, failed for good, or pending until `nextAttemptAt`. */
  settle(
    db: Db,
    id: number,
    outcome: { status: 'succeeded'; at: string } | { status: 'failed' } | { status: 'pending'; nextAttemptAt: string },
  ): void {
    statement(
      db,
      `UPDATE webhook_deliveries SET status = @status, lease_until = NULL, next_attempt_at = @next_attempt_at,
         delivered_at = coalesce(@delivered_at, delivered_at)
       WHERE id = @id`,
    ).run({
      id,
      status: outcome.status,
      next_attempt_at: outcome.status === 'pending' ? outcome.nextAttemptAt : null,
      delivered_at: outcome.status === 'succeeded' ? outcome.at : null,
    })
  },

  /**
   * Deletes up to `limit` deliveries that are settled (succeeded, or failed
   * for good) and whose last attempt started before `before`, their
   * attempts with them (ON DELETE CASCADE); returns how many. The last
   * attempt, not the creation: a notice redelivered yesterday is recent.
   * Pending and in-progress ones are never touched, however old. No ORDER
   * BY: the status index yields the oldest first anyway, and a sort would
   * read every settled row for each batch (80 ms instead of 5 ms per batch
   * of 500 among 200,000).
   */
  deleteSettledBefore(db: Db, before: string, limit: number): number {
    return statement(
      db,
      `DELETE FROM webhook_deliveries WHERE id IN (
         SELECT d.id FROM webhook_deliveries d
         WHERE d.status IN ('succeeded', 'failed') AND d.created_at < @before
           AND coalesce((SELECT a.started_at FROM webhook_delivery_attempts a WHERE a.delivery_id = d.id ORDER BY a.id DESC LIMIT 1), d.created_at) < @before
         LIMIT @limit)`,
    ).run({ before, limit }).changes
  },

  /** Queues the delivery again now, with a fresh retry budget; its attempts so far stay in the log. */
  requeue(db: Db, id: number, now: string): void {
    statement(
      db,
      "UPDATE webhook_deliveries SET status = 'pending', round_attempts = 0, next_attempt_at = ?, lease_until = NULL WHERE id = ?",
    ).run(now, id)
  },
}
