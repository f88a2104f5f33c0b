import type { Statement } from 'better-sqlite3'
import type { Db } from './connection'

const caches = new WeakMap<Db, Map<string, Statement<unknown[], unknown>>>()

function cached(db: Db, key: string, prepare: () => Statement<unknown[], unknown>) {
  let cache = caches.get(db)
  if (!cache) {
    cache = new Map()
    caches.set(db, cache)
  }
  let prepared = cache.get(key)
  if (!prepared) {
    prepared = prepare()
    cache.set(key, prepared)
  }
  return prepared
}

/**
 * A prepared statement for `sql`, prepared once per database and reused:
 * preparing costs more than running for the small queries the API makes.
 * `Row` is the shape the caller's SELECT returns; SQLite cannot check it.
 */
export function statement<Row = unknown>(db: Db, sql: string): Statement<unknown[], Row> {
  return cached(db, sql, () => db.prepare(sql)) as Statement<unknown[], Row>
}

/** Like `statement`, returning the first column's value instead of row objects. */
export function pluckStatement<Value>(db: Db, sql: string): Statement<unknown[], Value> {
  // A separate cache key: pluck() changes the statement object for every later caller.
  return cached(db, `pluck:${sql}`, () => db.prepare(sql).pluck()) as Statement<unknown[], Value>
}
