import type { Db } from '../db/connection'
import { pluckStatement, statement } from '../db/statements'

export interface MfaFactor {
  /** Sealed (totp.ts `sealSecret`). */
  sealedSecret: string
  isConfirmed: boolean
  lastStep: number | null
}

interface FactorRow {
  secret: string
  confirmed_at: string | null
  last_step: number | null
}

export const mfaRepository = {
  findFactor(db: Db, userId: number): MfaFactor | undefined {
    const row = statement<FactorRow>(
      db,
      'SELECT secret, confirmed_at, last_step FROM mfa_factors WHERE user_id = ?',
    ).get(userId)
    return row && { sealedSecret: row.secret, isConfirmed: row.confirmed_at !== null, lastStep: row.last_step }
  },

  /** A new, unconfirmed factor in place of any unconfirmed one. */
  startFactor(db: Db, userId: number, sealedSecret: string, now: string): void {
    statement(
      db,
      `INSERT INTO mfa_factors (user_id, secret, created_at) VALUES (?, ?, ?)
       ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret, created_at = excluded.created_at, confirmed_at = NULL, last_step = NULL`,
    ).run(userId, sealedSecret, now)
  },

  confirmFactor(db: Db, userId: number, step: number, now: string): void {
    statement(db, 'UPDATE mfa_factors SET confirmed_at = ?, last_step = ? WHERE user_id = ?').run(now, step, userId)
  },

  /** Records the step of an accepted code; false when a code of this step or a later one was accepted meanwhile. */
  useStep(db: Db, userId: number, step: number): boolean {
    return (
      statement(
        db,
        'UPDATE mfa_factors SET last_step = ? WHERE user_id = ? AND (last_step IS NULL OR last_step < ?)',
      ).run(step, userId, step).changes === 1
    )
  },

  /** Removes the factor and its recovery codes; true when there was a factor. */
  removeFactor(db: Db, userId: number): boolean {
    statement(db, 'DELETE FROM mfa_recovery_codes WHERE user_id = ?').run(userId)
    return statement(db, 'DELETE FROM mfa_factors WHERE user_id = ?').run(userId).changes === 1
  },

  replaceRecoveryCodes(db: Db, userId: number, codeHashes: readonly string[]): void {
    statement(db, 'DELETE FROM mfa_recovery_codes WHERE user_id = ?').run(userId)
    const insert = statement(db, 'INSERT INTO mfa_recovery_codes (user_id, code_hash) VALUES (?, ?)')
    for (const codeHash of codeHashes) insert.run(userId, codeHash)
  },

  /** Marks an unused recovery code used; false when there is no such unused code. */
  useRecoveryCode(db: Db, userId: number, codeHash: string, now: string): boolean {
    return (
      statement(
        db,
        'UPDATE mfa_recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL',
      ).run(now, userId, codeHash).changes === 1
    )
  },

  unusedRecoveryCodes(db: Db, userId: number): number {
    return (
      pluckStatement<number>(db, 'SELECT count(*) FROM mfa_recovery_codes WHERE user_id = ? AND used_at IS NULL').get(
        userId,
      ) ?? 0
    )
  },
}
