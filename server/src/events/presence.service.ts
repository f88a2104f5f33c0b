import type { Presence } from '@rcm/shared'
import type { Actor } from '../actor'
import type { Db } from '../db/connection'
import { unauthorized } from '../http/errors'
import { getEvent } from './events.service'
import { presenceRepository } from './presence.repository'

/** An edit form not heard from for this long is closed (the client sends a heartbeat every ~20 s). */
export const PRESENCE_TTL_MS = 60_000

const cutoff = (now: Date) => new Date(now.getTime() - PRESENCE_TTL_MS).toISOString()

/** Who else has the event open in an edit form, longest first. */
export function listPresence(db: Db, actor: Actor, eventId: number, now: Date = new Date()): Presence[] {
  getEvent(db, eventId)
  return presenceRepository.others(db, eventId, actor.id ?? 0, cutoff(now))
}

/** Heartbeat: the actor has the event's edit form open. Returns who else has. */
export function touchPresence(db: Db, actor: Actor, eventId: number, now: Date = new Date()): Presence[] {
  if (actor.id === null) throw unauthorized()
  getEvent(db, eventId)
  presenceRepository.deleteStale(db, cutoff(now))
  presenceRepository.touch(db, eventId, actor.id, now.toISOString())
  return listPresence(db, actor, eventId, now)
}

/** The actor closed the form. */
export function leavePresence(db: Db, actor: Actor, eventId: number): void {
  presenceRepository.delete(db, eventId, actor.id ?? 0)
}
