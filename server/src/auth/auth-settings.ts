import { DEFAULT_SCRYPT, type ScryptParams } from './passwords'

/** How sign-in and sessions behave; `now` is injectable so tests can move time. */
export interface AuthSettings {
  now: () => Date
  /** A session unused for this long ends (SESSION_IDLE_MINUTES, default 8 h). */
  idleMs: number
  /** A session ends this long after sign-in, used or not (SESSION_MAX_DAYS, default 7 days). */
  absoluteMs: number
  scrypt: ScryptParams
  /** Failed sign-ins allowed per account and per address within `failureWindowMs` (docs/contract.md, "Sign-in and roles": 20 in 15 minutes). */
  maxFailures: number
  failureWindowMs: number
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
    ...overrides,
  }
}
