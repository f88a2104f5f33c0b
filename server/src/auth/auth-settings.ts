import { HashingSlots } from './hashing-slots'
import { DEFAULT_SCRYPT, type ScryptParams } from './passwords'

/** How sign-in and sessions behave; `now` is injectable so tests can move time. */
export interface AuthSettings {
  now: () => Date
  /** A session unused for this long ends (SESSION_IDLE_MINUTES, default 8 h). */
  idleMs: number
  /** A session ends this long after sign-in, used or not (SESSION_MAX_DAYS, default 7 days). */
  absoluteMs: number
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

/** The settings from the environment, each with a working default. */
export function authSettings(
  overrides: Partial<AuthSettings> = {},
  env: NodeJS.ProcessEnv = process.env,
): AuthSettings {
  return {
    now: () => new Date(),
    idleMs: positiveNumber(env.SESSION_IDLE_MINUTES, 8 * 60) * MINUTE,
    absoluteMs: positiveNumber(env.SESSION_MAX_DAYS, 7) * 24 * 60 * MINUTE,
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
