import { ScheduleCancellationSchema, type Schedule, type ScheduleCancellation } from '@rcm/shared'
import type { Db } from '../db/connection'
import { statement } from '../db/statements'

interface ScheduleRow {
  event_id: number
  publish_at: string | null
  unpublish_at: string | null
  version: number
  user_id: number | null
  user_name: string | null
  updated_at: string
  cancelled_at: string | null
  cancelled_by: number | null
  cancelled_by_name: string | null
  cancelled_reason: string | null
  cancelled_publish_at: string | null
  cancelled_version: number | null
}

const COLUMNS = `s.event_id, s.publish_at, s.unpublish_at, s.version, s.user_id, u.full_name AS user_name, s.updated_at,
  s.cancelled_at, s.cancelled_by, c.full_name AS cancelled_by_name, s.cancelled_reason, s.cancelled_publish_at, s.cancelled_version`
// Reviewers who cannot read /api/users still see who set a schedule and who cancelled it.
const FROM = 'event_schedules s LEFT JOIN users u ON u.id = s.user_id LEFT JOIN users c ON c.id = s.cancelled_by'

const toCancellation = (row: ScheduleRow): ScheduleCancellation | null =>
  row.cancelled_at === null
    ? null
    : ScheduleCancellationSchema.parse({
        publishAt: row.cancelled_publish_at,
        at: row.cancelled_at,
        userId: row.cancelled_by,
        userName: row.cancelled_by_name,
        reason: row.cancelled_reason,
        version: row.cancelled_version,
      })

const toSchedule = (row: ScheduleRow): Schedule => ({
  id: row.event_id,
  eventId: row.event_id,
  publishAt: row.publish_at,
  unpublishAt: row.unpublish_at,
  version: row.version,
  userId: row.user_id,
  userName: row.user_name,
  updatedAt: row.updated_at,
  cancelled: toCancellation(row),
})

export const schedulesRepository = {
  find(db: Db, eventId: number): Schedule | undefined {
    const row = statement<ScheduleRow>(db, `SELECT ${COLUMNS} FROM ${FROM} WHERE s.event_id = ?`).get(eventId)
    return row && toSchedule(row)
  },

  /**
   * Stores both times, set on `version` of the event, and forgets any earlier
   * cancellation; both times null removes the schedule.
   */
  save(
    db: Db,
    eventId: number,
    times: { publishAt: string | null; unpublishAt: string | null },
    meta: { version: number; userId: number | null; now: string },
  ): void {
    if (times.publishAt === null && times.unpublishAt === null) {
      statement(db, 'DELETE FROM event_schedules WHERE event_id = ?').run(eventId)
      return
    }
    statement(
      db,
      `INSERT INTO event_schedules (event_id, publish_at, unpublish_at, version, user_id, updated_at)
       VALUES (@event_id, @publish_at, @unpublish_at, @version, @user_id, @now)
       ON CONFLICT (event_id) DO UPDATE SET publish_at = excluded.publish_at, unpublish_at = excluded.unpublish_at,
         version = excluded.version, user_id = excluded.user_id, updated_at = excluded.updated_at,
         cancelled_at = NULL, cancelled_by = NULL, cancelled_reason = NULL, cancelled_publish_at = NULL, cancelled_version = NULL`,
    ).run({
      event_id: eventId,
      publish_at: times.publishAt,
      unpublish_at: times.unpublishAt,
      version: meta.version,
      user_id: meta.userId,
      now: meta.now,
    })
  },

  /**
   * Moves the schedules set on the version before each event's current one to the current one: the system
   * made that version (a presidency chosen again by date), and a schedule releases only the version it names.
   */
  followSystemVersion(db: Db, eventIds: readonly number[]): void {
    statement(
      db,
      `UPDATE event_schedules SET version = version + 1
       WHERE event_id IN (SELECT value FROM json_each(?))
         AND version = (SELECT e.version - 1 FROM events e WHERE e.id = event_schedules.event_id)`,
    ).run(JSON.stringify(eventIds))
  },

  /** Clears the times of steps that have been carried out or given up; a row left with nothing to show goes. */
  clearSteps(db: Db, eventId: number, steps: { publish: boolean; unpublish: boolean }): void {
    const params = { event_id: eventId, publish: steps.publish ? 1 : 0, unpublish: steps.unpublish ? 1 : 0 }
    statement(
      db,
      `DELETE FROM event_schedules WHERE event_id = @event_id AND cancelled_at IS NULL
         AND (publish_at IS NULL OR @publish) AND (unpublish_at IS NULL OR @unpublish)`,
    ).run(params)
    statement(
      db,
      `UPDATE event_schedules SET publish_at = CASE WHEN @publish THEN NULL ELSE publish_at END,
         unpublish_at = CASE WHEN @unpublish THEN NULL ELSE unpublish_at END
       WHERE event_id = @event_id`,
    ).run(params)
  },

  /**
   * Cancels the pending publish of the event, if any, recording why; a
   * scheduled unpublish stays. Returns the publish cancelled (its time, who
   * set it and on which version), or undefined when none was pending.
   */
  cancelPublish(
    db: Db,
    eventId: number,
    cancellation: Omit<ScheduleCancellation, 'publishAt' | 'userName'>,
  ): { publishAt: string; userId: number | null; version: number } | undefined {
    const row = statement<{ publish_at: string; user_id: number | null; version: number }>(
      db,
      `UPDATE event_schedules SET cancelled_publish_at = publish_at, publish_at = NULL, cancelled_at = @at,
         cancelled_by = @user_id, cancelled_reason = @reason, cancelled_version = @version
       WHERE event_id = @event_id AND publish_at IS NOT NULL
       RETURNING cancelled_publish_at AS publish_at, user_id, version`,
    ).get({
      event_id: eventId,
      at: cancellation.at,
      user_id: cancellation.userId,
      reason: cancellation.reason,
      version: cancellation.version,
    })
    return row && { publishAt: row.publish_at, userId: row.user_id, version: row.version }
  },

  /** Every schedule, the next step first; those whose publish was cancelled by the time it had. */
  all(db: Db): Schedule[] {
    return statement<ScheduleRow>(
      db,
      `SELECT ${COLUMNS} FROM ${FROM}
       ORDER BY coalesce(min(coalesce(s.publish_at, s.unpublish_at), coalesce(s.unpublish_at, s.publish_at)), s.cancelled_publish_at),
         s.event_id`,
    )
      .all()
      .map(toSchedule)
  },

  /** Schedules with a step due at `now` (ISO 8601 UTC strings compare in time order). */
  due(db: Db, now: string): Schedule[] {
    return statement<ScheduleRow>(
      db,
      `SELECT ${COLUMNS} FROM ${FROM} WHERE s.publish_at <= ? OR s.unpublish_at <= ? ORDER BY s.event_id`,
    )
      .all(now, now)
      .map(toSchedule)
  },
}
