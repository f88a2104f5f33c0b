import type { Presence } from '@rcm/shared'
import type { Db } from '../db/connection'
import { statement } from '../db/statements'

/** The edit forms open on events (`event_presence`): who, since when, last heard from. */
export const presenceRepository = {
  /** Who other than `userId` has been heard from on the event since `cutoff`, longest first. */
  others(db: Db, eventId: number, userId: number, cutoff: string): Presence[] {
    return statement<Presence>(
      db,
      `SELECT p.user_id AS userId, u.full_name AS fullName, u.email, p.since, p.last_seen_at AS lastSeenAt
         FROM event_presence p JOIN users u ON u.id = p.user_id
        WHERE p.event_id = ? AND p.user_id <> ? AND p.last_seen_at >= ?
        ORDER BY p.since, p.user_id`,
    ).all(eventId, userId, cutoff)
  },

  /** Forgets every form not heard from since `cutoff`. */
  deleteStale(db: Db, cutoff: string): void {
    statement(db, 'DELETE FROM event_presence WHERE last_seen_at < ?').run(cutoff)
  },

  /** Records a heartbeat at `at`; the first one of a form is also its `since`. */
  touch(db: Db, eventId: number, userId: number, at: string): void {
    statement(
      db,
      `INSERT INTO event_presence (event_id, user_id, since, last_seen_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (event_id, user_id) DO UPDATE SET last_seen_at = excluded.last_seen_at`,
    ).run(eventId, userId, at, at)
  },

  delete(db: Db, eventId: number, userId: number): void {
    statement(db, 'DELETE FROM event_presence WHERE event_id = ? AND user_id = ?').run(eventId, userId)
  },
}
