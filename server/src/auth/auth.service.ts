import { randomBytes } from 'node:crypto'
import type { Identity, Login, MfaStep, User } from '@rcm/shared'
import { recordAudit } from '../audit-log/audit-log.service'
import type { Db } from '../db/connection'
import { writeUnseen } from '../db/read-cache'
import { writeTransaction } from '../db/transaction'
import { badRequest, unauthorized } from '../http/errors'
import { say } from '../i18n/messages'
import { emailKey, usersRepository } from '../users/users.repository'
import type { AuthSettings } from './auth-settings'
import { mfaRepository } from './mfa.repository'
import { hashPassword, passwordWeaknessText, verifyPassword, type ScryptParams } from './passwords'
import { sessionsRepository, type SessionStage } from './sessions.repository'
import { beginSignInAttempt, pruneSignInAttempts, signInAttemptSucceeded } from './sign-in-throttle'

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

/** A new random 256-bit session token (base64url); only its hash is stored. */
export const newToken = () => randomBytes(32).toString('base64url')

/** What a user's session waits for once the password is right: a code, a first enrolment, or nothing. */
export function stageAfterPassword(db: Db, settings: AuthSettings, user: User): SessionStage {
  if (mfaRepository.findFactor(db, user.id)?.isConfirmed) return 'verify'
  return settings.mfaRequiredRoles.includes(user.role) ? 'enrol' : 'full'
}

/** How long the cookie of a session at `stage` may live. */
export const cookieLifetime = (settings: AuthSettings, stage: SessionStage) =>
  stage === 'full' ? settings.absoluteMs : settings.pendingMs

/**
 * Checks the credentials and opens a new session (a new token every time:
 * the one the browser had before, if any, is ended). The same 401 for an
 * unknown email, a wrong password and a deactivated account. The attempt is
 * counted before the password is hashed (sign-in-throttle.ts). When a second
 * factor is due, the session waits for it (decision 016) and the answer says
 * which step comes next; the address becomes the account's own only once the
 * second factor is given.
 */
export async function signIn(
  db: Db,
  settings: AuthSettings,
  input: Login & { address: string; previousToken?: string },
): Promise<{ token: string; answer: Identity | MfaStep; stage: SessionStage }> {
  const found = usersRepository.findWithHashByEmail(db, input.email)
  const attempt = { emailKey: emailKey(input.email), userId: found?.user.id, address: input.address }
  const { attemptId, lane } = beginSignInAttempt(db, settings, attempt, settings.now())
  const isMatch = await settings.hashing.run(lane, async () =>
    verifyPassword(input.password, found?.passwordHash ?? (await dummyHash(settings.scrypt))),
  )
  const now = settings.now()
  if (!found || !isMatch || !found.user.active) {
    writeTransaction(db, () => {
      pruneSignInAttempts(db, settings, now)
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
  const stage = stageAfterPassword(db, settings, found.user)
  writeTransaction(db, () => {
    signInAttemptSucceeded(db, settings, attemptId, attempt, stage === 'full')
    if (input.previousToken) sessionsRepository.remove(db, input.previousToken)
    sessionsRepository.insert(db, token, found.user.id, now.toISOString(), stage)
    recordAudit(
      db,
      { id: found.user.id },
      stage === 'full' ? 'auth.login' : 'auth.login-password',
      { type: 'users', id: found.user.id },
      { address: input.address, ...(stage !== 'full' && { awaits: stage }) },
      now,
    )
  })
  const answer = stage === 'full' ? toIdentity(found.user) : { mfa: stage === 'verify' ? 'required' : 'enrol' }
  return { token, answer: answer as Identity | MfaStep, stage }
}

// Writing last_seen_at on every request would cost a disk sync each; a minute's precision is enough.
const TOUCH_EVERY_MS = 60_000

/**
 * The user and stage of a live session, or null (and the session ended) when
 * it expired or the account is inactive. Any request renews the idle timeout
 * (sliding expiry); the absolute lifetime holds whatever the use.
 */
export function authenticate(
  db: Db,
  settings: AuthSettings,
  token: string,
): { user: User; stage: SessionStage } | null {
  const session = sessionsRepository.findWithUser(db, token)
  if (!session) return null
  const { user, stage } = session
  const now = settings.now()
  const idle = now.getTime() - Date.parse(session.lastSeenAt)
  const age = now.getTime() - Date.parse(session.createdAt)
  const lifetime = stage === 'full' ? settings.absoluteMs : settings.pendingMs
  if (idle > settings.idleMs || age > lifetime || !user.active) {
    sessionsRepository.remove(db, token)
    return null
  }
  if (idle > TOUCH_EVERY_MS) writeUnseen(db, () => sessionsRepository.touch(db, token, now.toISOString()))
  return { user, stage }
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

/** Deletes the sessions that have expired (idle or too old); main.ts runs it with the scheduler. */
export function purgeExpiredSessions(db: Db, settings: AuthSettings): number {
  const now = settings.now().getTime()
  return writeUnseen(db, () =>
    sessionsRepository.removeExpired(
      db,
      new Date(now - settings.idleMs).toISOString(),
      new Date(now - settings.absoluteMs).toISOString(),
      new Date(now - settings.pendingMs).toISOString(),
    ),
  )
}
