/**
 * Who performs a service call. Sign-in and roles arrive with the accounts
 * issue; until then every staff request acts as `STAFF_ACTOR`, and the CLI
 * and the demo seed act as `SYSTEM_ACTOR`. Services take an actor already so
 * that access checks and revision authorship slot in without changing callers.
 */
export type Role = 'editor' | 'reviewer' | 'admin'
export interface Actor {
  /** users.id; null for the system (importer, seed, scheduler) */
  id: number | null
  role: Role | 'system'
}

export const SYSTEM_ACTOR: Actor = { id: null, role: 'system' }
export const STAFF_ACTOR: Actor = { id: null, role: 'admin' }
