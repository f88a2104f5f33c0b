import type { Db } from './connection'
import { pluckStatement, statement } from './statements'
import { toFtsQuery } from './text'

/** One condition of a WHERE clause with the named parameters it uses. */
export interface Condition {
  sql: string
  params?: Record<string, unknown>
}

/** `column` is one of `values`; one SQL shape whatever the count, so the statement is prepared once. */
export function isIn(column: string, param: string, values: readonly unknown[]): Condition {
  return { sql: `${column} IN (SELECT value FROM json_each(@${param}))`, params: { [param]: JSON.stringify(values) } }
}

/** `idColumn` is a rowid of `ftsTable` matching the search box text; null when there is nothing to search for. */
export function matches(idColumn: string, ftsTable: string, text: string): Condition | null {
  const query = toFtsQuery(text)
  if (query === null) return null
  return { sql: `${idColumn} IN (SELECT rowid FROM ${ftsTable} WHERE ${ftsTable} MATCH @q)`, params: { q: query } }
}

/**
 * One page of rows and the total count. Every piece of SQL comes from the
 * repositories' whitelists, never from the request; values are parameters.
 *
 * The page's ids are sorted first and the rows read after ("deferred join"):
 * sorting carries only the sort key and the id, not every event's description.
 */
export function selectPage<Row extends { id: number }>(
  db: Db,
  query: { select: string; from: string; idColumn: string; where: Array<Condition | null>; orderBy: string; range: { start: number; end: number } },
): { rows: Row[]; total: number } {
  const where = query.where.filter((condition) => condition !== null)
  const whereSql = where.length > 0 ? ` WHERE ${where.map((condition) => condition.sql).join(' AND ')}` : ''
  const params: Record<string, unknown> = {}
  for (const condition of where) Object.assign(params, condition.params)
  const total = pluckStatement<number>(db, `SELECT count(*) FROM ${query.from}${whereSql}`).get(params) ?? 0
  if (total <= query.range.start) return { rows: [], total }
  const ids = pluckStatement<number>(db, `SELECT ${query.idColumn} FROM ${query.from}${whereSql} ORDER BY ${query.orderBy} LIMIT @limit OFFSET @offset`).all({
    ...params,
    limit: query.range.end - query.range.start + 1,
    offset: query.range.start,
  })
  const rows = statement<Row>(db, `SELECT ${query.select} FROM ${query.from} WHERE ${query.idColumn} IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids))
  const byId = new Map(rows.map((row) => [row.id, row]))
  return { rows: ids.flatMap((id) => byId.get(id) ?? []), total }
}
