import type { Schedule } from '@rcm/shared'
import type { Db } from '../db/connection'
import { statement } from '../db/statements'

interface ScheduleRow {
  event_id: number
  publish_at: string | null
  unpublish_at: string | null
  user_id: number | null
  updated_at: string
}

const COLUMNS = 'event_id, publish_at, unpublish_at, user_id, updated_at'

const toSchedule = (row: ScheduleRow): Schedule => ({
  id: row.event_id,
  eventId: row.event_id,
  publishAt: row.publish_at,
  unpublishAt: row.unpublish_at,
  userId: row.user_id,
  updatedAt: row.updated_at,
})

export const schedulesRepository = {
  find(db: Db, eventId: number): Schedule | undefined {
    const row = statement<ScheduleRow>(db, `SELECT ${COLUMNS} FROM event_schedules WHERE event_id = ?`).get(eventId)
    return row && toSchedule(row)
  },

  /** Stores both times; both null removes the schedule. */
  save(
    db: Db,
    eventId: number,
    times: { publishAt: string | null; unpublishAt: string | null },
    userId: number | null,
    now: string,
  ): void {
    if (times.publishAt === null && times.unpublishAt === null) {
      statement(db, 'DELETE FROM event_schedules WHERE event_id = ?').run(eventId)
      return
    }
    statement(
      db,
      `INSERT INTO event_schedules (event_id, publish_at, unpublish_at, user_id, updated_at)
       VALUES (@event_id, @publish_at, @unpublish_at, @user_id, @now)
       ON CONFLICT (event_id) DO UPDATE SET publish_at = excluded.publish_at, unpublish_at = excluded.unpublish_at,
         user_id = excluded.user_id, updated_at = excluded.updated_at`,
    ).run({ event_id: eventId, publish_at: times.publishAt, unpublish_at: times.unpublishAt, user_id: userId, now })
  },

  /** Every schedule, the next step first. */
  all(db: Db): Schedule[] {
    return statement<ScheduleRow>(
      db,
      `SELECT ${COLUMNS} FROM event_schedules ORDER BY min(coalesce(publish_at, unpublish_at), coalesce(unpublish_at, publish_at)), event_id`,
    )
      .all()
      .map(toSchedule)
  },

  /** Schedules with a step due at `now` (ISO 8601 UTC strings compare in time order). */
  due(db: Db, now: string): Schedule[] {
    return statement<ScheduleRow>(
      db,
      `SELECT ${COLUMNS} FROM event_schedules WHERE publish_at <= ? OR unpublish_at <= ? ORDER BY event_id`,
    )
      .all(now, now)
      .map(toSchedule)
  },
}
