import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { checkDatabaseFile, DatabaseFileError } from './connection'
import { MIGRATIONS_DIR, newerSchemaMessage, unknownMigrations } from './migrate'
import { LockBusyError, takeExclusiveLock } from './running-lock'

/** Why a restore did not happen, in one line; nothing was changed. */
export class RestoreRefused extends Error {}

/** The files SQLite keeps beside a database, which belong to it alone (sqlite.org/tempfiles.html). */
const COMPANIONS = ['-wal', '-shm', '-journal'] as const

export interface RestoreResult {
  /** Where each file of the database as it was went (old path → new path); empty when there was none. */
  movedAside: Array<{ from: string; to: string }>
}

/** An ISO time that is also a file name on every system: 2026-11-26T10-15-00-000Z. */
const fileStamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-')

/**
 * Checks the copy at `path` as the calendar will use it: a SQLite database
 * that passes `PRAGMA integrity_check` and whose migrations this code knows
 * (an older one is fine: start-up migrates it). Throws RestoreRefused.
 */
function checkCopy(path: string, label: string, migrationsDir: string): void {
  try {
    checkDatabaseFile(path)
  } catch (error) {
    if (error instanceof DatabaseFileError) throw new RestoreRefused(`${label} is not a SQLite database`)
    throw error
  }
  let db: Database.Database | undefined
  try {
    db = new Database(path, { fileMustExist: true })
    const problems = db.pragma('integrity_check', { simple: false }) as Array<{ integrity_check: string }>
    const first = problems[0]?.integrity_check
    if (first !== 'ok') throw new RestoreRefused(`${label} fails SQLite's integrity check: ${first ?? 'no answer'}`)
    const hasMigrations = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
      .get()
    if (!hasMigrations)
      throw new RestoreRefused(`${label} is a SQLite database but not the calendar's (no schema_migrations)`)
    const unknown = unknownMigrations(db, migrationsDir)
    if (unknown.length > 0) throw new RestoreRefused(newerSchemaMessage(label, unknown))
  } catch (error) {
    if (error instanceof RestoreRefused) throw error
    const reason = error instanceof Error ? error.message : String(error)
    throw new RestoreRefused(`${label} cannot be read as a database: ${reason}`, { cause: error })
  } finally {
    db?.close()
  }
}

function removeCopy(path: string): void {
  for (const suffix of ['', ...COMPANIONS]) rmSync(`${path}${suffix}`, { force: true })
}

/** Makes the renames in `dir` durable: on Linux a rename is only on disk once its directory is synced. */
function syncDirectory(dir: string): void {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    // Some systems cannot open or sync a directory; the renames are still done.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/**
 * Puts the backup at `backupPath` in place of the database at `targetPath`:
 *
 * 1. refuses while the calendar runs on the target (running-lock.ts), or
 *    when the backup has a `-wal` beside it (a live database, not a backup:
 *    its last commits may be in that file);
 * 2. copies the backup next to the target and checks the copy (checkCopy),
 *    so the backup itself is never opened for writing and the final step is
 *    a rename on one file system;
 * 3. renames the current database and its `-wal`, `-shm` and `-journal` to
 *    `<target>.before-restore-<time>` (with the same suffixes, so SQLite
 *    opening that file still finds its own WAL), never deleting them: SQLite
 *    would otherwise replay the old WAL into the restored file
 *    (SQLITE_CORRUPT);
 * 4. renames the copy to `targetPath`.
 *
 * Throws RestoreRefused, leaving everything as it was, when any check fails.
 */
export function restoreDatabase(
  backupPath: string,
  targetPath: string,
  options: { migrationsDir?: string; now?: Date } = {},
): RestoreResult {
  const stamp = fileStamp(options.now ?? new Date())
  if (!existsSync(backupPath) || !statSync(backupPath).isFile())
    throw new RestoreRefused(`No backup file at ${backupPath}`)
  if (existsSync(`${backupPath}-wal`) && statSync(`${backupPath}-wal`).size > 0) {
    throw new RestoreRefused(
      `${backupPath} has a -wal file beside it: it is a live database, not a backup; take one with npm run backup`,
    )
  }
  // Asked first, so a running app is reported before a long integrity check.
  exclusively(targetPath, () => undefined)

  mkdirSync(dirname(targetPath), { recursive: true })
  const copy = `${targetPath}.restoring-${stamp}`
  try {
    copyFileSync(backupPath, copy)
    checkCopy(copy, backupPath, options.migrationsDir ?? MIGRATIONS_DIR)
    if (COMPANIONS.some((suffix) => existsSync(`${copy}${suffix}`))) {
      throw new RestoreRefused(`${backupPath} left a journal behind when checked; it was not restored`)
    }
    return exclusively(targetPath, () => {
      const aside = `${targetPath}.before-restore-${stamp}`
      const movedAside: RestoreResult['movedAside'] = []
      for (const suffix of ['', ...COMPANIONS]) {
        const from = `${targetPath}${suffix}`
        if (!existsSync(from)) continue
        renameSync(from, `${aside}${suffix}`)
        movedAside.push({ from, to: `${aside}${suffix}` })
      }
      renameSync(copy, targetPath)
      syncDirectory(dirname(targetPath))
      return { movedAside }
    })
  } finally {
    removeCopy(copy)
  }
}

function exclusively<T>(targetPath: string, steps: () => T): T {
  let lock
  try {
    lock = takeExclusiveLock(targetPath)
  } catch (error) {
    if (error instanceof LockBusyError) throw new RestoreRefused(error.message)
    throw error
  }
  try {
    return steps()
  } finally {
    lock.release()
  }
}
