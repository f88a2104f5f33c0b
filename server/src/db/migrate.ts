import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fromRoot } from '../paths'
import type { Db } from './connection'
import { pluckStatement } from './statements'

/** `migrations/` at the repository root, wherever the process was started from. */
export const MIGRATIONS_DIR = fromRoot('migrations')

const MIGRATION_FILE = /^\d{4}_[\w-]+\.sql$/

export class MigrationError extends Error {}

/** The migration files of `dir`, in the order they apply. */
export function migrationFiles(dir: string = MIGRATIONS_DIR): string[] {
  return readdirSync(dir)
    .filter((file) => MIGRATION_FILE.test(file))
    .sort()
}

/**
 * The migrations recorded in `db` that are not among this code's files: a
 * database written by a newer version of the calendar (or another branch).
 * Its tables have columns this code does not fill in, so running on it
 * would fail at the first such write; empty for a database without
 * `schema_migrations` (a new one).
 */
export function unknownMigrations(db: Db, dir: string = MIGRATIONS_DIR): string[] {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get()
  if (!hasTable) return []
  const known = new Set(migrationFiles(dir))
  const recorded = pluckStatement<string>(db, 'SELECT name FROM schema_migrations ORDER BY name').all()
  return recorded.filter((name) => !known.has(name))
}

/** Why a database with `unknown` migrations is refused, in one line; `subject` names the file. */
export const newerSchemaMessage = (subject: string, unknown: readonly string[]) =>
  `${subject} comes from a newer version of the calendar: it has migrations this version does not know (${unknown.join(', ')})`

/**
 * Applies the numbered SQL files of `dir` that this database has not run yet,
 * in order, each in its own transaction, and records each in
 * `schema_migrations`. A failing file is rolled back and stops the run with a
 * MigrationError naming it. Returns the files applied now. A database
 * with migrations this code does not have is refused with a MigrationError
 * before anything runs.
 *
 * A migration must not contain BEGIN/COMMIT or change `PRAGMA foreign_keys`:
 * both are no-ops or errors inside the transaction it runs in.
 */
export function migrate(db: Db, dir: string = MIGRATIONS_DIR): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
  )`)
  const unknown = unknownMigrations(db, dir)
  if (unknown.length > 0) throw new MigrationError(newerSchemaMessage(`The database ${db.name}`, unknown))
  const applied = new Set(db.prepare('SELECT name FROM schema_migrations').pluck().all())
  const files = migrationFiles(dir)
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
