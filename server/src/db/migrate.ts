import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fromRoot } from '../paths'
import type { Db } from './connection'

/** `migrations/` at the repository root, wherever the process was started from. */
export const MIGRATIONS_DIR = fromRoot('migrations')

const MIGRATION_FILE = /^\d{4}_[\w-]+\.sql$/

export class MigrationError extends Error {}

/**
 * Applies the numbered SQL files of `dir` that this database has not run yet,
 * in order, each in its own transaction, and records each in
 * `schema_migrations`. A failing file is rolled back and stops the run with a
 * MigrationError naming it. Returns the files applied now.
 *
 * A migration must not contain BEGIN/COMMIT or change `PRAGMA foreign_keys`:
 * both are no-ops or errors inside the transaction it runs in.
 */
export function migrate(db: Db, dir: string = MIGRATIONS_DIR): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
  )`)
  const applied = new Set(db.prepare('SELECT name FROM schema_migrations').pluck().all())
  const files = readdirSync(dir)
    .filter((file) => MIGRATION_FILE.test(file))
    .sort()
  const record = db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)')
  const appliedNow: string[] = []
  for (const file of files) {
    if (applied.has(file)) continue
    const sql = readFileSync(join(dir, file), 'utf8')
    try {
      db.transaction(() => {
        db.exec(sql)
        record.run(file, new Date().toISOString())
      })()
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new MigrationError(`Migration ${file} failed and was rolled back: ${reason}`, { cause: error })
    }
    appliedNow.push(file)
  }
  return appliedNow
}
