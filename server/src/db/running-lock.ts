import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'

/**
 * "The calendar is running on this database", as a lock the operating system
 * holds for a process, so that `npm run restore` never swaps the file under a
 * running server and a server never opens a file half restored.
 *
 * The lock is SQLite's own on a small marker database beside the data,
 * `<DATABASE_PATH>.lock` (POSIX advisory locks on Unix): each server holds a
 * read transaction on it (a SHARED lock) for as long as it runs, and restore
 * needs `BEGIN EXCLUSIVE`, which SQLite grants only when nobody holds it
 * shared. The kernel drops a process's locks when it ends, however it ends, so
 * a crashed or SIGKILLed server blocks nothing; the marker file itself means
 * nothing and may stay. Several servers on one file each hold it shared.
 * (Locks on network file systems are not reliable, as for SQLite itself.)
 */
export const lockPathOf = (databasePath: string) => `${databasePath}.lock`

/** A lock taken; release() lets go of it (the process ending does too). */
export interface HeldLock {
  release(): void
}

/** A lock another process holds: the app is running (for restore) or a restore is (for the app). */
export class LockBusyError extends Error {}

function openMarker(databasePath: string, timeoutMs: number): Database.Database {
  const path = lockPathOf(databasePath)
  mkdirSync(dirname(path), { recursive: true })
  const marker = new Database(path, { timeout: timeoutMs })
  // A rollback journal, not WAL: in WAL mode readers do not block BEGIN EXCLUSIVE.
  marker.pragma('journal_mode = DELETE')
  return marker
}

const isBusy = (error: unknown) =>
  error instanceof Database.SqliteError && (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_LOCKED')

/**
 * Marks the database at `databasePath` as in use by this process until it
 * ends. Waits up to `timeoutMs` for a restore in progress, then throws
 * LockBusyError.
 */
export function holdRunningLock(databasePath: string, timeoutMs = 10_000): HeldLock {
  let marker: Database.Database | undefined
  try {
    marker = openMarker(databasePath, timeoutMs)
    marker.exec('BEGIN')
    // The read is what takes the SHARED lock; the open transaction keeps it.
    marker.prepare('SELECT count(*) FROM sqlite_master').get()
  } catch (error) {
    marker?.close()
    if (isBusy(error)) {
      throw new LockBusyError(`${databasePath} is being restored (npm run restore holds ${lockPathOf(databasePath)})`)
    }
    throw error
  }
  const held = marker
  return { release: () => held.close() }
}

/**
 * Takes the database at `databasePath` for this process alone, at once, or
 * throws LockBusyError when a server (or anything holding holdRunningLock) is
 * running on it.
 */
export function takeExclusiveLock(databasePath: string): HeldLock {
  let marker: Database.Database | undefined
  try {
    marker = openMarker(databasePath, 0)
    marker.exec('BEGIN EXCLUSIVE')
  } catch (error) {
    marker?.close()
    if (isBusy(error)) throw new LockBusyError(`The calendar is running on ${databasePath}: stop it first`)
    throw error
  }
  const held = marker
  return {
    release: () => {
      held.exec('ROLLBACK')
      held.close()
    },
  }
}
