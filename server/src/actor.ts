import { hasRole, type Role } from '@rcm/shared'

export type { Role }

/**
 * Who performs a service call: a signed-in user (from the session, with the
 * role read from the database on every request), or the system (the CLI,
 * the demo seed, the scheduler).
 */
export interface Actor {
  /** users.id; null for the system */
  id: number | null
  role: Role | 'system'
}

export const SYSTEM_ACTOR: Actor = { id: null, role: 'system' }

/** Whether the actor may do what `minimum` may; the system may do anything. */
export function actorHasRole(actor: Actor, minimum: Role): boolean {
  return actor.role === 'system' || hasRole(actor.role, minimum)
}
