import type { Db } from './connection'
import { cachedRead } from './read-cache'
import { pluckStatement, statement } from './statements'
import { toFtsQuery } from './text'

/** One condition of a WHERE clause with the named parameters it uses. */
export interface Condition {
  sql: string
  params?: Record<string, unknown>
  /** Set on a full-text condition (`matches`): selectPage may apply it outside SQL when it matches most rows. */
  search?: { table: string; query: string }
}

/** `column` is one of `values`; a single value is a plain `=`, which the planner reads better than `IN (json_each)`. */
export function isIn(column: string, param: string, values: readonly unknown[]): Condition {
  if (values.length === 1) return { sql: `${column} = @${param}`, params: { [param]: values[0] } }
  // One SQL shape whatever the count, so the statement is prepared once.
  return { sql: `${column} IN (SELECT value FROM json_each(@${param}))`, params: { [param]: JSON.stringify(values) } }
}

/**
 * `q` for small tables without a full-text index: every word must appear in
 * one of `columns` (lower-cased SQL expressions), case-insensitively; `%`,
 * `_` and `\` in a word are literal.
 */
export function containsWords(columns: readonly string[], q: string | undefined): Condition[] {
  return (q ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((word, index) => ({
      sql: `(${columns.map((column) => `${column} LIKE @q${index} ESCAPE '\\'`).join(' OR ')})`,
      params: { [`q${index}`]: `%${word.replace(/[%_\\]/g, '\\$&')}%` },
    }))
}

/** `idColumn` is a rowid of `ftsTable` matching the search box text; null when there is nothing to search for. */
export function matches(idColumn: string, ftsTable: string, text: string): Condition | null {
  const query = toFtsQuery(text)
  if (query === null) return null
  return {
    sql: `${idColumn} IN (SELECT rowid FROM ${ftsTable} WHERE ${ftsTable} MATCH @q)`,
    params: { q: query },
    search: { table: ftsTable, query },
  }
}

/**
 * Above this many full-text hits, the search is applied to the rows as they
 * come in the sort's index order, not in SQL: SQLite would otherwise gather
 * and sort every hit (a common word matches nearly every event) on each request.
 */
const DENSE_HITS = 2_000

export interface Hits {
  count: number
  /** hit[rowid] === 1 for a hit; only kept for dense searches. */
  bitmap: Uint8Array | null
  /** The hits as a JSON array, for sparse searches: the page query reads them instead of running the FTS query again. */
  json: string | null
}

export function ftsHits(db: Db, table: string, query: string): Hits {
  return cachedRead(db, `hits:${table}:${query}`, () => {
    const ids = pluckStatement<number>(db, `SELECT rowid FROM ${table} WHERE ${table} MATCH ?`).all(query)
    if (ids.length <= DENSE_HITS) return { count: ids.length, bitmap: null, json: JSON.stringify(ids) }
    let max = 0
    for (const id of ids) if (id > max) max = id
    const bitmap = new Uint8Array(max + 1)
    for (const id of ids) bitmap[id] = 1
    return { count: ids.length, bitmap, json: null }
  })
}

/**
 * One page of rows and the total count. Every piece of SQL comes from the
 * repositories' whitelists, never from the request; values are parameters.
 *
 * The page's ids are sorted first and the rows read after ("deferred join"):
 * sorting carries only the sort key and the id, not every event's description.
 * The total is kept per filter until the next write (the exact count is most
 * of a list's cost), and so is a search's set of hits; a sparse search keeps
 * its ordered ids too.
 */
export function selectPage<Row extends { id: number }>(
  db: Db,
  query: {
    select: string
    from: string
    idColumn: string
    where: Array<Condition | null>
    orderBy: string
    range: { start: number; end: number }
  },
): { rows: Row[]; total: number } {
  let where = query.where.filter((condition) => condition !== null)
  const search = where.find((condition) => condition.search !== undefined)?.search
  const hits = search ? ftsHits(db, search.table, search.query) : null
  const bitmap = hits?.bitmap ?? null
  if (hits?.count === 0) return { rows: [], total: 0 }
  if (bitmap) where = where.filter((condition) => condition.search === undefined)
  else if (hits?.json) {
    const json = hits.json
    where = where.map((condition) =>
      condition.search === undefined
        ? condition
        : { sql: `${query.idColumn} IN (SELECT value FROM json_each(@hitIds))`, params: { hitIds: json } },
    )
  }
  const whereSql = where.length > 0 ? ` WHERE ${where.map((condition) => condition.sql).join(' AND ')}` : ''
  const params: Record<string, unknown> = {}
  for (const condition of where) Object.assign(params, condition.params)
  const limit = query.range.end - query.range.start + 1
  const idsSql = `SELECT ${query.idColumn} FROM ${query.from}${whereSql} ORDER BY ${query.orderBy}`
  // The search names its hits by its query, not by the hits themselves (up to DENSE_HITS ids).
  const { hitIds: _hitIds, ...keyParams } = params
  const countKey = `count:${query.from}${whereSql}:${JSON.stringify(keyParams)}${search ? `:hits:${search.table}:${search.query}` : ''}`

  let total: number
  let ids: number[]
  if (bitmap) {
    total = cachedRead(db, countKey, () => {
      let count = 0
      for (const id of pluckStatement<number>(db, `SELECT ${query.idColumn} FROM ${query.from}${whereSql}`).iterate(
        params,
      ))
        if (bitmap[id] === 1) count++
      return count
    })
    ids = []
    if (total > query.range.start) {
      let skip = query.range.start
      for (const id of pluckStatement<number>(db, idsSql).iterate(params)) {
        if (bitmap[id] !== 1) continue
        if (skip > 0) skip--
        else if (ids.push(id) === limit) break
      }
    }
  } else if (hits?.json) {
    // A sparse search: all its matching ids in order are at most DENSE_HITS, so they are kept whole and every page is a slice.
    const ordered = cachedRead(db, `ids:${countKey}:${query.orderBy}`, () =>
      Int32Array.from(pluckStatement<number>(db, idsSql).all(params)),
    )
    total = ordered.length
    ids = Array.from(ordered.subarray(query.range.start, query.range.start + limit))
  } else {
    total = cachedRead(
      db,
      countKey,
      () => pluckStatement<number>(db, `SELECT count(*) FROM ${query.from}${whereSql}`).get(params) ?? 0,
    )
    ids =
      total > query.range.start
        ? pluckStatement<number>(db, `${idsSql} LIMIT @limit OFFSET @offset`).all({
            ...params,
            limit,
            offset: query.range.start,
          })
        : []
  }
  if (ids.length === 0) return { rows: [], total }
  const rows = statement<Row>(
    db,
    `SELECT ${query.select} FROM ${query.from} WHERE ${query.idColumn} IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids))
  const byId = new Map(rows.map((row) => [row.id, row]))
  return { rows: ids.flatMap((id) => byId.get(id) ?? []), total }
}
