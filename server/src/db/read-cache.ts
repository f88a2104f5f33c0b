import type { Db } from './connection'
import { pluckStatement, statement } from './statements'

/**
 * Results that stay true until the database is written: counts per filter and
 * full-text hit sets. An entry is kept under the database's generation, the
 * rows this connection has changed (`total_changes()`, triggers included) and
 * the commits of other connections (`data_version`); any write changes it and
 * empties the cache. Inside a transaction nothing is kept, since a rollback
 * would leave the generation moved on but the cached value wrong.
 */
interface Cache {
  generation: string
  entries: Map<string, unknown>
}

/** Entries kept per generation; more filters than this between two writes is rare, and memory stays bounded. */
const MAX_ENTRIES = 500

const caches = new WeakMap<Db, Cache>()

/** Per connection, the rows changed by `writeUnseen`: subtracted from `total_changes()`. */
const unseenChanges = new WeakMap<Db, number>()

const totalChanges = (db: Db) => pluckStatement<number>(db, 'SELECT total_changes()').get() ?? 0

function generationOf(db: Db): string {
  const row = statement<{ changes: number; version: number }>(
    db,
    'SELECT total_changes() AS changes, data_version AS version FROM pragma_data_version',
  ).get()
  return `${(row?.changes ?? 0) - (unseenChanges.get(db) ?? 0)}:${row?.version ?? 0}`
}

/**
 * Runs a write that no cached read depends on, such as a session's
 * last-seen time, without starting a new generation. Otherwise a session
 * touched once a minute would empty the cache, and the next common-word search
 * would rebuild its hits (about 100 ms) while the requests behind it wait
 * (decision 008). Only for tables that no list, count or search reads.
 */
export function writeUnseen<T>(db: Db, write: () => T): T {
  const before = totalChanges(db)
  try {
    return write()
  } finally {
    unseenChanges.set(db, (unseenChanges.get(db) ?? 0) + totalChanges(db) - before)
  }
}

/** The value under `key`, computed by `compute` when the database changed since it was kept (or it never was). */
export function cachedRead<T>(db: Db, key: string, compute: () => T): T {
  if (db.inTransaction) return compute()
  const generation = generationOf(db)
  let cache = caches.get(db)
  if (!cache || cache.generation !== generation) {
    cache = { generation, entries: new Map() }
    caches.set(db, cache)
  }
  if (cache.entries.has(key)) return cache.entries.get(key) as T
  const value = compute()
  if (cache.entries.size >= MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value as string)
  cache.entries.set(key, value)
  return value
}
