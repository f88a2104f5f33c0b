import type { Db } from '../db/connection'
import { pluckStatement, statement } from '../db/statements'

interface PreferenceRow {
  key: string
  value: string
}

/** Each user's list preferences (migrations/0022_user_preferences.sql); values are JSON text, parsed by the service. */
export const preferencesRepository = {
  /** Every preference of `userId`, as stored. */
  listOf(db: Db, userId: number): PreferenceRow[] {
    return statement<PreferenceRow>(db, 'SELECT key, value FROM user_preferences WHERE user_id = ? ORDER BY key').all(
      userId,
    )
  },

  count(db: Db, userId: number): number {
    return pluckStatement<number>(db, 'SELECT count(*) FROM user_preferences WHERE user_id = ?').get(userId) ?? 0
  },

  has(db: Db, userId: number, key: string): boolean {
    return (
      pluckStatement<number>(db, 'SELECT 1 FROM user_preferences WHERE user_id = ? AND key = ?').get(userId, key) === 1
    )
  },

  save(db: Db, preference: { userId: number; key: string; value: string }, at: string): void {
    statement(
      db,
      `INSERT INTO user_preferences (user_id, key, value, updated_at) VALUES (@userId, @key, @value, @at)
       ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    ).run({ ...preference, at })
  },

  remove(db: Db, userId: number, key: string): void {
    statement(db, 'DELETE FROM user_preferences WHERE user_id = ? AND key = ?').run(userId, key)
  },
}
