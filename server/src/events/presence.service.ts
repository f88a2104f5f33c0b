import type { Actor } from '../actor'
import type { Db } from '../db/connection'
import { statement } from '../db/statements'
import { unauthorized } from '../http/errors'
import { getEvent } from './events.service'

/** An edit form not heard from for this long is closed (the client sends a heartbeat every ~20 s). */
export const PRESENCE_TTL_MS = 60_000

export interface Presence {
  userId: number
  fullName: string
  email: string
  /** since when this person has had the form open */
  since: string
  lastSeenAt: string
}

/** Who else has the event open in an edit form, longest first. */
export function listPresence(db: Db, actor: Actor, eventId: number, now: Date = new Date()): Presence[] {
  getEvent(db, eventId)
  const cutoff = new Date(now.getTime() - PRESENCE_TTL_MS).toISOString()
  return statement<Presence>(
    db,
    `SELECT p.user_id AS userId, u.full_name AS fullName, u.email, p.since, p.last_seen_at AS lastSeenAt
       FROM event_presence p JOIN users u ON u.id = p.user_id
      WHERE p.event_id = ? AND p.user_id <> ? AND p.last_seen_at >= ?
      ORDER BY p.since, p.user_id`,
  ).all(eventId, actor.id ?? 0, cutoff)
}

/** Heartbeat: the actor has the event's edit form open. Returns who else has. */
export function touchPresence(db: Db, actor: Actor, eventId: number, now: Date = new Date()): Presence[] {
  if (actor.id === null) throw unauthorized()
  getEvent(db, eventId)
  const at = now.toISOString()
  const cutoff = new Date(now.getTime() - PRESENCE_TTL_MS).toISOString()
  statement(db, 'DELETE FROM event_presence WHERE last_seen_at < ?').run(cutoff)
  statement(
    db,
    `INSERT INTO event_presence (event_id, user_id, since, last_seen_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (event_id, user_id) DO UPDATE SET last_seen_at = excluded.last_seen_at`,
  ).run(eventId, actor.id, at, at)
  return listPresence(db, actor, eventId, now)
}

/** The actor closed the form. */
export function leavePresence(db: Db, actor: Actor, eventId: number): void {
  statement(db, 'DELETE FROM event_presence WHERE event_id = ? AND user_id = ?').run(eventId, actor.id ?? 0)
}
