import type { Db } from '../db/connection'
import { HttpError } from '../http/errors'
import { say } from '../i18n/messages'
import type { AuthSettings } from './auth-settings'
import type { HashingLane } from './hashing-slots'
import { signInAddressesRepository, signInAttemptsRepository } from './sign-in-attempts.repository'

/** Who is trying to sign in: the account (by its email key, and its id when it exists) and the client's address. */
export interface SignInAttempt {
  emailKey: string
  userId: number | undefined
  address: string
}

const isoBefore = (now: Date, ms: number) => new Date(now.getTime() - ms).toISOString()

/** Seconds until fewer than `max` of `attempts` (oldest first) are inside `windowMs`; null when fewer already are. */
function retryAfterSeconds(attempts: string[], max: number, windowMs: number, now: Date): number | null {
  if (attempts.length < max) return null
  const freesAt = Date.parse(attempts[attempts.length - max] ?? '') + windowMs
  return Math.max(1, Math.ceil((freesAt - now.getTime()) / 1000))
}

function tooMany(seconds: number): HttpError {
  return new HttpError(429, say('tooManySignIns'), undefined, { headers: { 'Retry-After': String(seconds) } })
}

/**
 * Checks the limits and records the attempt, in one synchronous step before
 * any password is hashed, so that a burst of parallel guesses is counted as
 * it arrives (decision 014):
 * - per address, `maxFailures` in `failureWindowMs` (docs/contract.md, "Sign-in and roles": 20 in 15
 *   minutes), which bounds each account-and-address pair too;
 * - per account, `maxAccountFailures` in `accountFailureWindowMs`, from
 *   anywhere but an address the account signed in from lately: guesses from
 *   many addresses cannot lock a user out where they usually sign in;
 * - the hashing queue: a user at such an address goes first; anyone else is
 *   refused while too many wait.
 * Throws 429 with Retry-After; otherwise returns the attempt's id and its lane.
 */
export function beginSignInAttempt(
  db: Db,
  settings: AuthSettings,
  attempt: SignInAttempt,
  now: Date,
): { attemptId: number; lane: HashingLane } {
  const isKnownAddress =
    attempt.userId !== undefined &&
    signInAddressesRepository.isKnown(db, attempt.userId, attempt.address, isoBefore(now, settings.knownAddressMs))
  const byAddress = signInAttemptsRepository.since(
    db,
    'address',
    attempt.address,
    isoBefore(now, settings.failureWindowMs),
  )
  const waits = [retryAfterSeconds(byAddress, settings.maxFailures, settings.failureWindowMs, now)]
  if (!isKnownAddress) {
    const since = isoBefore(now, settings.accountFailureWindowMs)
    const byAccount = signInAttemptsRepository.since(db, 'email_key', attempt.emailKey, since)
    waits.push(retryAfterSeconds(byAccount, settings.maxAccountFailures, settings.accountFailureWindowMs, now))
  }
  const seconds = Math.max(...waits.map((wait) => wait ?? 0))
  if (seconds > 0) throw tooMany(seconds)
  const lane: HashingLane = isKnownAddress ? 'first' : 'after'
  // Refused, not counted: no password was tried.
  if (!settings.hashing.hasRoom(lane)) throw tooMany(1)
  const attemptId = signInAttemptsRepository.record(db, attempt.emailKey, attempt.address, now.toISOString())
  return { attemptId, lane }
}

/**
 * The attempt was right: it no longer counts, and its address is the
 * account's own from now on, unless `isSignedIn` is false (a second factor is
 * still due). Inside the caller's transaction.
 */
export function signInAttemptSucceeded(
  db: Db,
  settings: AuthSettings,
  attemptId: number,
  attempt: SignInAttempt,
  isSignedIn = true,
) {
  const now = settings.now()
  signInAttemptsRepository.remove(db, attemptId)
  if (attempt.userId !== undefined && isSignedIn) {
    signInAddressesRepository.remember(db, attempt.userId, attempt.address, now.toISOString())
    signInAddressesRepository.removeOlderThan(db, isoBefore(now, settings.knownAddressMs))
  }
}

/** Forgets attempts older than every window (inside the caller's transaction). */
export function pruneSignInAttempts(db: Db, settings: AuthSettings, now: Date): void {
  const longest = Math.max(settings.failureWindowMs, settings.accountFailureWindowMs)
  signInAttemptsRepository.removeOlderThan(db, isoBefore(now, longest))
}
