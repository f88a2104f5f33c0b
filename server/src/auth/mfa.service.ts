import type { Identity, MfaEnrolment, MfaStatus, MfaVerify, Reauth, User } from '@rcm/shared'
import type { Actor } from '../actor'
import { recordAudit } from '../audit-log/audit-log.service'
import type { Db } from '../db/connection'
import { writeTransaction } from '../db/transaction'
import { badRequest, conflict, unauthorized } from '../http/errors'
import { say } from '../i18n/messages'
import { emailKey, usersRepository, type UserWithHash } from '../users/users.repository'
import type { AuthSettings } from './auth-settings'
import { newToken, toIdentity } from './auth.service'
import { mfaRepository } from './mfa.repository'
import { verifyPassword } from './passwords'
import { sessionsRepository, type SessionStage } from './sessions.repository'
import { beginSignInAttempt, pruneSignInAttempts, signInAttemptSucceeded, type SignInAttempt } from './sign-in-throttle'
import { newRecoveryCode, newTotpSecret, openSecret, recoveryCodeHash, sealSecret, totpStep, totpUri } from './totp'

const RECOVERY_CODES = 10

/** The caller of a second-factor call: the session's user and stage, and the client's address (for the throttle). */
export interface SecondFactorCaller {
  userId: number
  token: string
  stage: SessionStage
  address: string
}

function userOrThrow(db: Db, userId: number | null): UserWithHash {
  const found = userId === null ? undefined : usersRepository.findWithHashById(db, userId)
  if (!found) throw unauthorized()
  return found
}

const attemptOf = (user: User, address: string): SignInAttempt => ({
  emailKey: emailKey(user.email),
  userId: user.id,
  address,
})

/**
 * Checks a TOTP code and, when right, spends its time step (inside the
 * caller's transaction): the same code, or an older one, never works again.
 */
function spendCode(db: Db, settings: AuthSettings, userId: number, code: string): boolean {
  const factor = mfaRepository.findFactor(db, userId)
  if (!factor) return false
  const secret = openSecret(settings.mfaKey, userId, factor.sealedSecret)
  const step = totpStep(secret, code, settings.now(), factor.lastStep)
  return step !== null && mfaRepository.useStep(db, userId, step)
}

/** A failed second-factor attempt: it stays counted by the throttle, and is audited. */
function recordFailure(db: Db, settings: AuthSettings, user: User, address: string, reason: string) {
  const now = settings.now()
  writeTransaction(db, () => {
    pruneSignInAttempts(db, settings, now)
    recordAudit(db, { id: user.id }, 'auth.mfa-failed', { type: 'users', id: user.id }, { address, reason }, now)
  })
}

function newRecoveryCodes(db: Db, userId: number): string[] {
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode)
  mfaRepository.replaceRecoveryCodes(db, userId, codes.map(recoveryCodeHash))
  return codes
}

/** Swaps a waiting session for a full one under a new token (the waiting token never becomes a signed-in one). */
function openFullSession(db: Db, caller: SecondFactorCaller, now: Date): string {
  const token = newToken()
  sessionsRepository.remove(db, caller.token)
  sessionsRepository.insert(db, token, caller.userId, now.toISOString(), 'full')
  return token
}

/**
 * Re-authentication before a change of one's own email, password or second
 * factor: the current password (400 on `currentPassword`), and a current code
 * when the account has a second factor (400 on `code`). Counted by the
 * sign-in throttle as a sign-in is, so a stolen session cannot guess either.
 */
export async function reauthenticate(
  db: Db,
  settings: AuthSettings,
  actor: Actor,
  input: Reauth,
  address: string,
): Promise<UserWithHash> {
  const found = userOrThrow(db, actor.id)
  const attempt = attemptOf(found.user, address)
  const { attemptId, lane } = beginSignInAttempt(db, settings, attempt, settings.now())
  if (!(await settings.hashing.run(lane, () => verifyPassword(input.currentPassword, found.passwordHash)))) {
    recordFailure(db, settings, found.user, address, 'wrong password')
    throw badRequest({ currentPassword: say('notCurrentPassword') })
  }
  const hasFactor = mfaRepository.findFactor(db, found.user.id)?.isConfirmed === true
  if (hasFactor && (input.code === undefined || input.code === '')) {
    writeTransaction(db, () => signInAttemptSucceeded(db, settings, attemptId, attempt, false))
    throw badRequest({ code: say('codeRequired') })
  }
  const isRight = writeTransaction(db, () => {
    const isCodeRight = !hasFactor || spendCode(db, settings, found.user.id, input.code ?? '')
    if (isCodeRight) signInAttemptSucceeded(db, settings, attemptId, attempt, false)
    return isCodeRight
  })
  if (!isRight) {
    recordFailure(db, settings, found.user, address, 'wrong code')
    throw badRequest({ code: say('wrongCode') })
  }
  return found
}

/** GET /api/auth/mfa */
export function mfaStatus(db: Db, settings: AuthSettings, actor: Actor): MfaStatus {
  const { user } = userOrThrow(db, actor.id)
  const isEnabled = mfaRepository.findFactor(db, user.id)?.isConfirmed === true
  return {
    enabled: isEnabled,
    required: settings.mfaRequiredRoles.includes(user.role),
    recoveryCodesLeft: isEnabled ? mfaRepository.unusedRecoveryCodes(db, user.id) : 0,
  }
}

/**
 * Starts an enrolment: a new secret, unconfirmed until a code from it comes
 * back. While signing in (stage `enrol`) the password was just given; from a
 * full session it is asked again. The secret is returned here only.
 */
export async function startEnrolment(
  db: Db,
  settings: AuthSettings,
  caller: SecondFactorCaller,
  input: Partial<Reauth>,
): Promise<MfaEnrolment> {
  if (caller.stage === 'verify') throw unauthorized()
  const { user } = userOrThrow(db, caller.userId)
  if (mfaRepository.findFactor(db, user.id)?.isConfirmed) throw conflict(say('mfaAlreadyOn'))
  if (caller.stage === 'full') {
    const reauth = { currentPassword: input.currentPassword ?? '', code: input.code }
    if (reauth.currentPassword === '') throw badRequest({ currentPassword: say('notCurrentPassword') })
    await reauthenticate(db, settings, { id: user.id, role: user.role }, reauth, caller.address)
  }
  const secret = newTotpSecret()
  writeTransaction(db, () =>
    mfaRepository.startFactor(db, user.id, sealSecret(settings.mfaKey, user.id, secret), settings.now().toISOString()),
  )
  return { secret, otpauthUrl: totpUri(secret, user.email) }
}

/**
 * Confirms an enrolment with a first code: the factor is on, ten recovery
 * codes are made (shown this once), and a session that was signing in
 * becomes full under a new token. A wrong code is a 400 on `code`, counted
 * by the throttle.
 */
export function confirmEnrolment(
  db: Db,
  settings: AuthSettings,
  caller: SecondFactorCaller,
  code: string,
): { token?: string; identity: Identity; recoveryCodes: string[] } {
  if (caller.stage === 'verify') throw unauthorized()
  const { user } = userOrThrow(db, caller.userId)
  const factor = mfaRepository.findFactor(db, user.id)
  if (!factor || factor.isConfirmed) throw conflict(say('mfaNotStarted'))
  const attempt = attemptOf(user, caller.address)
  const { attemptId } = beginSignInAttempt(db, settings, attempt, settings.now())
  const result = writeTransaction(db, () => {
    const now = settings.now()
    const step = totpStep(openSecret(settings.mfaKey, user.id, factor.sealedSecret), code, now, null)
    if (step === null) return null
    mfaRepository.confirmFactor(db, user.id, step, now.toISOString())
    const recoveryCodes = newRecoveryCodes(db, user.id)
    signInAttemptSucceeded(db, settings, attemptId, attempt)
    const target = { type: 'users', id: user.id }
    recordAudit(db, { id: user.id }, 'auth.mfa-enrol', target, {}, now)
    if (caller.stage === 'full') return { recoveryCodes }
    recordAudit(db, { id: user.id }, 'auth.login', target, { address: caller.address, secondFactor: 'enrol' }, now)
    return { recoveryCodes, token: openFullSession(db, caller, now) }
  })
  if (!result) {
    recordFailure(db, settings, user, caller.address, 'wrong code at enrolment')
    throw badRequest({ code: say('wrongCode') })
  }
  return { ...result, identity: toIdentity(user) }
}

/**
 * The second step of signing in: a current code, or an unused recovery code
 * (used up by this). Right: a full session under a new token. Wrong: 401,
 * counted by the sign-in throttle as a wrong password is (429 past the limits).
 */
export function verifySecondFactor(
  db: Db,
  settings: AuthSettings,
  caller: SecondFactorCaller,
  input: MfaVerify,
): { token: string; identity: Identity } {
  if (caller.stage !== 'verify') throw conflict(say('noSecondFactorAwaited'))
  const { user } = userOrThrow(db, caller.userId)
  const attempt = attemptOf(user, caller.address)
  const { attemptId } = beginSignInAttempt(db, settings, attempt, settings.now())
  const kind = 'code' in input ? 'code' : 'recovery code'
  const token = writeTransaction(db, () => {
    const now = settings.now()
    const isRight =
      'code' in input
        ? spendCode(db, settings, user.id, input.code)
        : mfaRepository.useRecoveryCode(db, user.id, recoveryCodeHash(input.recoveryCode), now.toISOString())
    if (!isRight) return null
    signInAttemptSucceeded(db, settings, attemptId, attempt)
    const details = { address: caller.address, secondFactor: kind }
    recordAudit(db, { id: user.id }, 'auth.login', { type: 'users', id: user.id }, details, now)
    return openFullSession(db, caller, now)
  })
  if (token === null) {
    recordFailure(db, settings, user, caller.address, `wrong ${kind}`)
    throw unauthorized(say('wrongCode'))
  }
  return { token, identity: toIdentity(user) }
}

/** Turns one's own second factor off, after re-authentication; refused (409) when the role must have one. */
export async function disableSecondFactor(
  db: Db,
  settings: AuthSettings,
  actor: Actor,
  input: Reauth,
  address: string,
): Promise<void> {
  const { user } = userOrThrow(db, actor.id)
  if (!mfaRepository.findFactor(db, user.id)?.isConfirmed) throw conflict(say('mfaNotOn'))
  if (settings.mfaRequiredRoles.includes(user.role)) throw conflict(say('mfaRequiredForRole'))
  await reauthenticate(db, settings, actor, input, address)
  writeTransaction(db, () => {
    mfaRepository.removeFactor(db, user.id)
    recordAudit(db, actor, 'auth.mfa-disable', { type: 'users', id: user.id }, {}, settings.now())
  })
}

/** Ten new recovery codes in place of the old ones, after re-authentication. */
export async function regenerateRecoveryCodes(
  db: Db,
  settings: AuthSettings,
  actor: Actor,
  input: Reauth,
  address: string,
): Promise<string[]> {
  const { user } = userOrThrow(db, actor.id)
  if (!mfaRepository.findFactor(db, user.id)?.isConfirmed) throw conflict(say('mfaNotOn'))
  await reauthenticate(db, settings, actor, input, address)
  return writeTransaction(db, () => {
    const codes = newRecoveryCodes(db, user.id)
    recordAudit(db, actor, 'auth.mfa-recovery-codes', { type: 'users', id: user.id }, {}, settings.now())
    return codes
  })
}
