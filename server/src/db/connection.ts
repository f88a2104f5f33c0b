import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { sortKey } from './text'

export type Db = Database.Database

/** A file at the database's path that SQLite cannot use as the calendar's database; the message is one line. */
export class DatabaseFileError extends Error {}

/** The first 16 bytes of every SQLite 3 database (sqlite.org/fileformat.html, "The Database Header"). */
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')

/** What the calendar's commands answer to a file they cannot use: what it is, and the way back. */
const REMEDY = 'restore a backup (npm run restore) or move the file away to start with a new database'

/**
 * Refuses, before SQLite sees it, a file that is empty or does not start as a
 * SQLite database: SQLite would make an empty file a new, empty calendar
 * (so a copy cut off at 0 bytes would look like data lost), and its own error
 * for a foreign file ("file is not a database") does not say which file.
 */
export function checkDatabaseFile(path: string): void {
  if (path === ':memory:' || !existsSync(path)) return
  const { size } = statSync(path)
  if (size === 0) throw new DatabaseFileError(`${path} is empty (0 bytes), not a calendar database: ${REMEDY}`)
  const header = Buffer.alloc(SQLITE_MAGIC.length)
  const fd = openSync(path, 'r')
  try {
    readSync(fd, header, 0, header.length, 0)
  } finally {
    closeSync(fd)
  }
  if (!header.equals(SQLITE_MAGIC)) throw new DatabaseFileError(`${path} is not a SQLite database: ${REMEDY}`)
}

/**
 * Opens (creating when missing) the SQLite database at `path`, or an
 * in-memory one for `':memory:'`, with the settings the app relies on.
 * A file that is not a SQLite database, or is damaged or cut short, is
 * refused with a DatabaseFileError naming it.
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  checkDatabaseFile(path)
  const db = new Database(path)
  try {
    // WAL lets readers (the API, `npm run backup`) run while a write commits.
    db.pragma('journal_mode = WAL')
    // Reads page 1 and the schema: a file cut short fails here, not at the first request.
    db.prepare('SELECT count(*) FROM sqlite_master').get()
  } catch (error) {
    db.close()
    if (error instanceof Database.SqliteError && ['SQLITE_CORRUPT', 'SQLITE_NOTADB'].includes(error.code)) {
      throw new DatabaseFileError(`${path} is damaged or cut short (${error.message}): ${REMEDY}`, { cause: error })
    }
    throw error
  }
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
