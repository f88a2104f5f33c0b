import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { sortKey } from './text'

export type Db = Database.Database

/**
 * Opens (creating when missing) the SQLite database at `path`, or an
 * in-memory one for `':memory:'`, with the settings the app relies on.
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const db = new Database(path)
  // WAL lets readers (the API, `npm run backup`) run while a write commits.
  db.pragma('journal_mode = WAL')
  // Off by default in SQLite; the schema's ON DELETE RESTRICT/CASCADE depend on it.
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  // In WAL mode NORMAL may lose the last commits on power loss; an editor's save must survive.
  db.pragma('synchronous = FULL')
  // Used in ORDER BY of the small tables only, never in an index or a view,
  // so other tools (sqlite3 CLI, backups) can still open and write the file.
  db.function('sort_key', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? sortKey(value) : value,
  )
  return db
}
