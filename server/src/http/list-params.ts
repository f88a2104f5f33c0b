import {
  MAX_PAGE_SIZE,
  parseListQuery,
  toIdList,
  type BaseFilter,
  type ListQuery,
  type ListQueryOptions,
} from '@rcm/shared'
import type { Response } from 'express'
import type { RecordKind } from '../i18n/messages'
import { notFound } from './errors'

/**
 * Reads `sort`, `range` and `filter` as ra-data-simple-rest sends them; a
 * malformed or unknown one throws a ListQueryError (400). getMany sends ids
 * without a range: then every requested id comes back, up to MAX_PAGE_SIZE.
 */
export function parseListParams<TFilter extends BaseFilter, TSort extends string>(
  query: Record<string, unknown>,
  options: ListQueryOptions<TFilter, TSort>,
): ListQuery<TFilter, TSort> {
  const list = parseListQuery(query, options)
  const ids = toIdList(list.filter.id)
  if (query.range === undefined && ids !== undefined && ids.length > 0) {
    return { ...list, range: { start: 0, end: Math.min(ids.length, MAX_PAGE_SIZE) - 1 } }
  }
  return list
}

function setContentRange(res: Response, resource: string, count: number, total: number, range: { start: number }) {
  const span = count === 0 ? '*' : `${range.start}-${range.start + count - 1}`
  res.set('Content-Range', `${resource} ${span}/${total}`)
  // Only needed if the API is ever called cross-origin; harmless on the same origin.
  res.set('Access-Control-Expose-Headers', 'Content-Range')
}

// Sends a page with `Content-Range: {resource} START-END/TOTAL`; an empty page has "*" for START-END.
export function sendList(
  res: Response,
  resource: string,
  page: { data: unknown[]; total: number },
  range: { start: number },
) {
  setContentRange(res, resource, page.data.length, page.total, range)
  res.json(page.data)
}

/** Like sendList, for a page already written as a JSON array of `count` records. */
export function sendJsonList(
  res: Response,
  resource: string,
  page: { body: Buffer; count: number; total: number },
  range: { start: number },
) {
  setContentRange(res, resource, page.count, page.total, range)
  sendJson(res, page.body)
}

/**
 * A body that is JSON already (res.json would parse nothing but stringify
 * again), written with Node's own calls: res.send's checks (ETag, freshness,
 * encoding) have nothing to do for an API answer, which carries no validator.
 */
export function sendJson(res: Response, body: Buffer) {
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Content-Length', body.length)
  res.end(body)
}

const POSITIVE_INTEGER = /^[1-9]\d{0,15}$/

/** A route's `:id` as a number; anything but a positive integer is a 404, like an id that does not exist. */
export function parseId(raw: string | string[] | undefined, what: RecordKind): number {
  const id = typeof raw === 'string' && POSITIVE_INTEGER.test(raw) ? Number(raw) : NaN
  if (!Number.isSafeInteger(id)) throw notFound(what)
  return id
}
