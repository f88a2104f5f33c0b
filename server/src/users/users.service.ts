import type { ListQuery, User, UserCreate, UserFilter, UserUpdate } from '@rcm/shared'
import type { Actor } from '../actor'
import { recordAudit } from '../audit-log/audit-log.service'
import type { AuthSettings } from '../auth/auth-settings'
import { assertStrongPassword } from '../auth/auth.service'
import { mfaRepository } from '../auth/mfa.repository'
import { hashPassword } from '../auth/passwords'
import { sessionsRepository } from '../auth/sessions.repository'
import type { Db } from '../db/connection'
import { writeTransaction } from '../db/transaction'
import { badRequest, conflict, notFound } from '../http/errors'
import { say } from '../i18n/messages'
import { emailKey, usersRepository, type UserSortField } from './users.repository'

export function getUser(db: Db, id: number): User {
  const user = usersRepository.findById(db, id)
  if (!user) throw notFound('User')
  return user
}

export function listUsers(db: Db, query: ListQuery<UserFilter, UserSortField>): { data: User[]; total: number } {
  return usersRepository.list(db, query)
}

function assertEmailFree(db: Db, email: string, exceptId: number | null) {
  if (usersRepository.emailTaken(db, email, exceptId)) throw badRequest({ email: say('emailTaken') })
}

const LAST_ADMIN = say('lastAdmin')
const OWN_ACCOUNT = say('ownAccountFromAccountPage')

/** The fields of an account change worth auditing: what changed, never the password itself. */
function changes(before: User, after: User, hasNewPassword: boolean): Record<string, unknown> {
  const changed: Record<string, unknown> = {}
  for (const key of ['email', 'fullName', 'role', 'active'] as const) {
    if (before[key] !== after[key]) changed[key] = { from: before[key], to: after[key] }
  }
  if (hasNewPassword) changed.password = 'reset'
  return changed
}

/** Creates an account (admins; the first administrator at start is created as the system). */
export async function createUser(db: Db, settings: AuthSettings, actor: Actor, input: UserCreate): Promise<User> {
  assertStrongPassword(input.password, input.email, 'password')
  const passwordHash = await hashPassword(input.password, settings.scrypt)
  return writeTransaction(db, () => {
    assertEmailFree(db, input.email, null)
    const now = settings.now()
    const id = usersRepository.insert(db, { ...input, passwordHash }, now.toISOString())
    const user = getUser(db, id)
    recordAudit(
      db,
      actor,
      'users.create',
      { type: 'users', id },
      { email: user.email, role: user.role, active: user.active },
      now,
    )
    return user
  })
}

/**
 * Updates an account; a `password` resets it. The last active admin cannot
 * be demoted or deactivated (409). A reset or a deactivation ends every
 * session of the account.
 */
export async function updateUser(
  db: Db,
  settings: AuthSettings,
  actor: Actor,
  id: number,
  input: UserUpdate,
): Promise<User> {
  if (input.password !== undefined) assertStrongPassword(input.password, input.email, 'password')
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password, settings.scrypt)
  return writeTransaction(db, () => {
    const before = getUser(db, id)
    // One's own email and password change with re-authentication, on the account page (decision 016).
    if (actor.id === id) {
      if (emailKey(input.email) !== emailKey(before.email)) throw badRequest({ email: OWN_ACCOUNT })
      if (passwordHash !== undefined) throw badRequest({ password: OWN_ACCOUNT })
    }
    const staysAdmin = input.role === 'admin' && input.active
    if (before.role === 'admin' && before.active && !staysAdmin && usersRepository.countActiveAdmins(db) <= 1)
      throw conflict(LAST_ADMIN)
    assertEmailFree(db, input.email, id)
    const now = settings.now()
    usersRepository.update(db, id, input, now.toISOString())
    if (passwordHash !== undefined) usersRepository.setPasswordHash(db, id, passwordHash, now.toISOString())
    const after = getUser(db, id)
    const endSessions = passwordHash !== undefined || !after.active
    const sessionsEnded = endSessions ? sessionsRepository.removeAllOfUser(db, id) : 0
    recordAudit(
      db,
      actor,
      'users.update',
      { type: 'users', id },
      { ...changes(before, after, passwordHash !== undefined), sessionsEnded },
      now,
    )
    return after
  })
}

/** Deletes an account (its sessions go with it); never the last active admin (409). */
export function deleteUser(db: Db, settings: AuthSettings, actor: Actor, id: number): User {
  return writeTransaction(db, () => {
    const user = getUser(db, id)
    if (user.role === 'admin' && user.active && usersRepository.countActiveAdmins(db) <= 1) throw conflict(LAST_ADMIN)
    usersRepository.remove(db, id)
    recordAudit(
      db,
      actor,
      'users.delete',
      { type: 'users', id },
      { email: user.email, role: user.role },
      settings.now(),
    )
    return user
  })
}

/** An admin turns a user's second factor off (a lost phone): at the next sign-in their role's rule applies again. Audited. */
export function resetSecondFactor(db: Db, settings: AuthSettings, actor: Actor, id: number): void {
  writeTransaction(db, () => {
    getUser(db, id)
    const hadFactor = mfaRepository.removeFactor(db, id)
    recordAudit(db, actor, 'users.mfa-reset', { type: 'users', id }, { hadFactor }, settings.now())
  })
}

/** An admin ends every session of a user (the admin's own current one stays when it is their own account). Audited. */
export function endSessions(db: Db, settings: AuthSettings, actor: Actor, id: number, actorToken?: string): number {
  return writeTransaction(db, () => {
    getUser(db, id)
    const sessionsEnded = sessionsRepository.removeAllOfUser(db, id, actor.id === id ? actorToken : undefined)
    recordAudit(db, actor, 'users.end-sessions', { type: 'users', id }, { sessionsEnded }, settings.now())
    return sessionsEnded
  })
}
