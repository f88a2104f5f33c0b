import { randomBytes } from 'node:crypto'
import { isRole, type Role } from '@rcm/shared'
import { HashingSlots } from './hashing-slots'
import { DEFAULT_SCRYPT, type ScryptParams } from './passwords'

/** How sign-in and sessions behave; `now` is injectable so tests can move time. */
export interface AuthSettings {
  now: () => Date
  /** A session unused for this long ends (SESSION_IDLE_MINUTES, default 30 minutes). */
  idleMs: number
  /** A session ends this long after sign-in, used or not (SESSION_MAX_HOURS, default 12 hours). */
  absoluteMs: number
  /** A session waiting for its second factor ends this long after the password. */
  pendingMs: number
  /** The roles that must sign in with a second factor (MFA_REQUIRED_ROLES, default `admin,reviewer`; empty: none). */
  mfaRequiredRoles: readonly Role[]
  /** The AES-256 key that seals the TOTP secrets in the database (mfa-key.ts). */
  mfaKey: Buffer
  scrypt: ScryptParams
  /** Failed sign-ins allowed per address within `failureWindowMs` (docs/contract.md, "Sign-in and roles": 20 in 15 minutes), so per account and address too. */
  maxFailures: number
  failureWindowMs: number
  /** Failed sign-ins allowed per account within `accountFailureWindowMs`, from addresses it has not signed in from lately. */
  maxAccountFailures: number
  accountFailureWindowMs: number
  /** How long an address an account signed in from stays its own. */
  knownAddressMs: number
  /** The password hashes running and waiting at once (decision 014). */
  hashing: HashingSlots
}

const MINUTE = 60_000

function positiveNumber(raw: string | undefined, fallback: number): number {
  const value = Number(raw)
  return raw !== undefined && raw !== '' && Number.isFinite(value) && value > 0 ? value : fallback
}

/** MFA_REQUIRED_ROLES: a comma-separated list of roles; unknown names are ignored. */
export function requiredRoles(raw: string | undefined): Role[] {
  if (raw === undefined) return ['admin', 'reviewer']
  return raw
    .split(',')
    .map((name) => name.trim())
    .filter(isRole)
}

/** The settings from the environment, each with a working default (the MFA key: one for this process only). */
export function authSettings(
  overrides: Partial<AuthSettings> = {},
  env: NodeJS.ProcessEnv = process.env,
): AuthSettings {
  return {
    now: () => new Date(),
    idleMs: positiveNumber(env.SESSION_IDLE_MINUTES, 30) * MINUTE,
    absoluteMs: positiveNumber(env.SESSION_MAX_HOURS, 12) * 60 * MINUTE,
    pendingMs: 10 * MINUTE,
    mfaRequiredRoles: requiredRoles(env.MFA_REQUIRED_ROLES),
    mfaKey: randomBytes(32),
    scrypt: DEFAULT_SCRYPT,
    maxFailures: 20,
    failureWindowMs: 15 * MINUTE,
    maxAccountFailures: 100,
    accountFailureWindowMs: 60 * MINUTE,
    knownAddressMs: 90 * 24 * 60 * MINUTE,
    // Two scrypt hashes at once (128 MiB and a core each, by default) leave two of libuv's four threads to the rest;
    // 32 waiting is about five seconds of hashing, the longest a sign-in should wait.
    hashing: new HashingSlots(2, 32),
    ...overrides,
  }
}
