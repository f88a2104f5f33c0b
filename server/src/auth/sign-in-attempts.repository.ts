import type { Db } from '../db/connection'
import { pluckStatement, statement } from '../db/statements'

/**
 * Sign-in attempts not known to have succeeded: one is recorded before its
 * password is checked, and removed when it turns out right (decision 014).
 */
export const signInAttemptsRepository = {
  /** Records an attempt; its id, to remove it if it succeeds. */
  record(db: Db, emailKey: string, address: string, now: string): number {
    return Number(
      statement(db, 'INSERT INTO login_failures (email_key, address, at) VALUES (?, ?, ?)').run(emailKey, address, now)
        .lastInsertRowid,
    )
  },

  remove(db: Db, id: number): void {
    statement(db, 'DELETE FROM login_failures WHERE id = ?').run(id)
  },

  /** The times of the attempts after `since` on this account, or from this address, oldest first. */
  since(db: Db, column: 'email_key' | 'address', value: string, since: string): string[] {
    return pluckStatement<string>(db, `SELECT at FROM login_failures WHERE ${column} = ? AND at > ? ORDER BY at`).all(
      value,
      since,
    )
  },

  removeOlderThan(db: Db, before: string): void {
    statement(db, 'DELETE FROM login_failures WHERE at < ?').run(before)
  },
}

/** The addresses an account has signed in from lately. */
export const signInAddressesRepository = {
  isKnown(db: Db, userId: number, address: string, since: string): boolean {
    return (
      pluckStatement<number>(
        db,
        'SELECT 1 FROM sign_in_addresses WHERE user_id = ? AND address = ? AND last_at > ?',
      ).get(userId, address, since) !== undefined
    )
  },

  remember(db: Db, userId: number, address: string, now: string): void {
    statement(
      db,
      `INSERT INTO sign_in_addresses (user_id, address, last_at) VALUES (?, ?, ?)
       ON CONFLICT (user_id, address) DO UPDATE SET last_at = excluded.last_at`,
    ).run(userId, address, now)
  },

  removeOlderThan(db: Db, before: string): void {
    statement(db, 'DELETE FROM sign_in_addresses WHERE last_at < ?').run(before)
  },
}
