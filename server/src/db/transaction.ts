import type { Db } from './connection'

/**
 * Runs `steps` in one write transaction. BEGIN IMMEDIATE takes the write lock
 * before the first read, so a check-then-write (version, references) cannot
 * be overtaken by another process (the importer, a second server); a deferred
 * transaction would fail with SQLITE_BUSY at its first write instead. Inside
 * an outer transaction it becomes a savepoint, so callers may batch calls.
 */
export function writeTransaction<T>(db: Db, steps: () => T): T {
  return db.transaction(steps).immediate()
}
