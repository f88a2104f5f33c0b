import type { Statement } from 'better-sqlite3'
import type { Db } from './connection'

type Cache = WeakMap<Db, Map<string, Statement<unknown[], unknown>>>

// One cache for row statements, one for pluck() ones (pluck() changes the statement object for every later caller).
// Keyed by the SQL itself, not a key built from it: a string built per call is hashed again on every lookup,
// and a constant's hash is computed once; for the long getOne query that is most of a lookup's cost (decision 008).
const rowStatements: Cache = new WeakMap()
const pluckStatements: Cache = new WeakMap()

function cached(caches: Cache, db: Db, sql: string, prepare: () => Statement<unknown[], unknown>) {
  let cache = caches.get(db)
  if (!cache) {
    cache = new Map()
    caches.set(db, cache)
  }
  let prepared = cache.get(sql)
  if (!prepared) {
    prepared = prepare()
    cache.set(sql, prepared)
  }
  return prepared
}

/**
 * A prepared statement for `sql`, prepared once per database and reused:
 * preparing costs more than running for the small queries the API makes.
 * `Row` is the shape the caller's SELECT returns; SQLite cannot check it.
 * On a hot path, pass a module-level constant (see `cached`).
 */
export function statement<Row = unknown>(db: Db, sql: string): Statement<unknown[], Row> {
  return cached(rowStatements, db, sql, () => db.prepare(sql)) as Statement<unknown[], Row>
}

/** Like `statement`, returning the first column's value instead of row objects. */
export function pluckStatement<Value>(db: Db, sql: string): Statement<unknown[], Value> {
  return cached(pluckStatements, db, sql, () => db.prepare(sql).pluck()) as Statement<unknown[], Value>
}
