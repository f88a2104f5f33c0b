import type { Db } from './connection'
import { pluckStatement } from './statements'

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

function generationOf(db: Db): string {
  return pluckStatement<string>(db, "SELECT total_changes() || ':' || data_version FROM pragma_data_version").get() ?? ''
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
