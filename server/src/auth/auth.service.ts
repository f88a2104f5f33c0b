import { randomBytes } from 'node:crypto'
import type { Identity, Login, PasswordChange, User } from '@rcm/shared'
import type { Actor } from '../actor'
import { recordAudit } from '../audit-log/audit-log.service'
import type { Db } from '../db/connection'
import { writeUnseen } from '../db/read-cache'
import { writeTransaction } from '../db/transaction'
import { badRequest, HttpError, unauthorized } from '../http/errors'
import { say } from '../i18n/messages'
import { emailKey, usersRepository } from '../users/users.repository'
import type { AuthSettings } from './auth-settings'
import { hashPassword, passwordWeaknessText, verifyPassword, type ScryptParams } from './passwords'
import { loginFailuresRepository, sessionsRepository } from './sessions.repository'

const BAD_CREDENTIALS = say('badCredentials')

export const toIdentity = (user: User): Identity => ({
  id: user.id,
  email: user.email,
  fullName: user.fullName,
  role: user.role,
})

// A hash to verify against when the email is unknown, so that answer takes as long as a wrong password.
const dummyHashes = new Map<string, Promise<string>>()
function dummyHash(params: ScryptParams): Promise<string> {
  const key = `${params.N}/${params.r}/${params.p}`
  let hash = dummyHashes.get(key)
  if (!hash) {
    hash = hashPassword(randomBytes(16).toString('hex'), params)
    dummyHashes.set(key, hash)
  }
  return hash
}

/** Seconds until fewer than `max` of `failures` (oldest first) are inside the window; null when not throttled. */
function retryAfterSeconds(failures: string[], settings: AuthSettings, now: Date): number | null {
  if (failures.length < settings.maxFailures) return null
  const freesAt = Date.parse(failures[failures.length - settings.maxFailures] ?? '') + settings.failureWindowMs
  return Math.max(1, Math.ceil((freesAt - now.getTime()) / 1000))
}

/** 429 with Retry-After when this account or this address has failed too often lately (docs/contract.md, "Sign-in and roles"). */
function assertNotThrottled(db: Db, settings: AuthSettings, email: string, address: string, now: Date) {
  const since = new Date(now.getTime() - settings.failureWindowMs).toISOString()
  const waits = [
    retryAfterSeconds(loginFailuresRepository.since(db, 'email_key', emailKey(email), since), settings, now),
    retryAfterSeconds(loginFailuresRepository.since(db, 'address', address, since), settings, now),
  ].filter((wait) => wait !== null)
  if (waits.length > 0) {
    const seconds = Math.max(...waits)
    throw new HttpError(429, say('tooManySignIns'), undefined, { headers: { 'Retry-After': String(seconds) } })
  }
}

/** A new random 256-bit session token (base64url); only its hash is stored. */
const newToken = () => randomBytes(32).toString('base64url')

/**
 * Checks the credentials and opens a new session (a new token every time:
 * the one the browser had before, if any, is ended). The same 401 for an
 * unknown email, a wrong password and a deactivated account.
 */
export async function signIn(
  db: Db,
  settings: AuthSettings,
  input: Login & { address: string; previousToken?: string },
): Promise<{ token: string; identity: Identity }> {
  assertNotThrottled(db, settings, input.email, input.address, settings.now())
  const found = usersRepository.findWithHashByEmail(db, input.email)
  const isMatch = await verifyPassword(input.password, found?.passwordHash ?? (await dummyHash(settings.scrypt)))
  const now = settings.now()
  if (!found || !isMatch || !found.user.active) {
    writeTransaction(db, () => {
      loginFailuresRepository.record(db, emailKey(input.email), input.address, now.toISOString())
      loginFailuresRepository.removeOlderThan(db, new Date(now.getTime() - settings.failureWindowMs).toISOString())
      const reason = !found ? 'unknown email' : !isMatch ? 'wrong password' : 'account deactivated'
      recordAudit(
        db,
        { id: found?.user.id ?? null },
        'auth.login-failed',
        null,
        { email: input.email.slice(0, 254), address: input.address, reason },
        now,
      )
    })
    throw unauthorized(BAD_CREDENTIALS)
  }
  const token = newToken()
  writeTransaction(db, () => {
    if (input.previousToken) sessionsRepository.remove(db, input.previousToken)
    sessionsRepository.insert(db, token, found.user.id, now.toISOString())
    recordAudit(
      db,
      { id: found.user.id },
      'auth.login',
      { type: 'users', id: found.user.id },
      { address: input.address },
      now,
    )
  })
  return { token, identity: toIdentity(found.user) }
}

// Writing last_seen_at on every request would cost a disk sync each; a minute's precision is enough.
const TOUCH_EVERY_MS = 60_000

/** The user of a live session, or null (and the session ended) when it expired or the account is inactive. */
export function authenticate(db: Db, settings: AuthSettings, token: string): User | null {
  const session = sessionsRepository.findWithUser(db, token)
  if (!session) return null
  const { user } = session
  const now = settings.now()
  const idle = now.getTime() - Date.parse(session.lastSeenAt)
  const age = now.getTime() - Date.parse(session.createdAt)
  if (idle > settings.idleMs || age > settings.absoluteMs || !user.active) {
    sessionsRepository.remove(db, token)
    return null
  }
  if (idle > TOUCH_EVERY_MS) writeUnseen(db, () => sessionsRepository.touch(db, token, now.toISOString()))
  return user
}

/** Ends this session on the server, if it exists. */
export function signOut(db: Db, settings: AuthSettings, token: string): void {
  writeTransaction(db, () => {
    const session = sessionsRepository.find(db, token)
    if (!session) return
    sessionsRepository.remove(db, token)
    recordAudit(db, { id: session.userId }, 'auth.logout', { type: 'users', id: session.userId }, {}, settings.now())
  })
}

/** 400 naming the field when the new password is too weak. */
export function assertStrongPassword(password: string, email: string, field: string) {
  const weakness = passwordWeaknessText(password, email)
  if (weakness) throw badRequest({ [field]: weakness })
}

/**
 * Changes the signed-in user's own password, given the current one (400 on
 * `currentPassword` when wrong, not 401: the session is fine). Every other
 * session of the user ends; this one stays.
 */
export async function changeOwnPassword(
  db: Db,
  settings: AuthSettings,
  actor: Actor,
  token: string,
  input: PasswordChange,
): Promise<void> {
  const found = actor.id === null ? undefined : usersRepository.findWithHashById(db, actor.id)
  if (!found) throw unauthorized()
  if (!(await verifyPassword(input.currentPassword, found.passwordHash))) {
    throw badRequest({ currentPassword: say('notCurrentPassword') })
  }
  assertStrongPassword(input.newPassword, found.user.email, 'newPassword')
  const hash = await hashPassword(input.newPassword, settings.scrypt)
  writeTransaction(db, () => {
    const now = settings.now()
    usersRepository.setPasswordHash(db, found.user.id, hash, now.toISOString())
    const ended = sessionsRepository.removeAllOfUser(db, found.user.id, token)
    recordAudit(db, actor, 'auth.password-change', { type: 'users', id: found.user.id }, { sessionsEnded: ended }, now)
  })
}

/** Deletes the sessions that have expired (idle or too old); main.ts runs it with the scheduler. */
export function purgeExpiredSessions(db: Db, settings: AuthSettings): number {
  const now = settings.now().getTime()
  return writeUnseen(db, () =>
    sessionsRepository.removeExpired(
      db,
      new Date(now - settings.idleMs).toISOString(),
      new Date(now - settings.absoluteMs).toISOString(),
    ),
  )
}
