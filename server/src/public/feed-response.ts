import { createHash } from 'node:crypto'
import type { PublicFeedQuery } from '@rcm/shared'
import type { Request, Response } from 'express'
import type { Db } from '../db/connection'
import type { PublicCopy } from './public-copies.repository'
import { FEED_START, feedState, readFeedPage, type FeedFilter, type FeedRow } from './feed-rows.repository'

/** Rows per page read from SQLite: each page is one short query, so no statement stays open while the client reads. */
const PAGE_SIZE = 50

/**
 * The text is written whenever it reaches this many characters. A page's
 * text as one string (about 150 KB) is a "large object" to V8, which only a
 * full garbage collection frees, so a long stream would grow the heap until
 * one ran; in pieces of 32 K characters the garbage dies young, and a stream
 * of 60,000 events keeps the process near 145 MB (decision 008, "Feeds").
 */
const CHUNK_CHARS = 32_768

const opaque = (tag: string) => tag.trim().replace(/^W\//, '')

/** The request headers a conditional GET is decided on. */
export interface Conditions {
  ifNoneMatch?: string
  ifModifiedSince?: string
}

/** Whether `ifNoneMatch` names `etag` (weak comparison); undefined without the header. */
function etagListed(ifNoneMatch: string | undefined, etag: string): boolean | undefined {
  if (ifNoneMatch === undefined) return undefined
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === etag)
}

/** Whether the request's If-None-Match names `etag` (weak comparison); undefined without the header. */
export function etagMatches(req: Request, etag: string): boolean | undefined {
  return etagListed(req.get('If-None-Match'), etag)
}

/**
 * RFC 9110 §13.2.2: If-None-Match (weak comparison) when present, else
 * If-Modified-Since at one-second precision. Not Express's `req.fresh`, which
 * ignores both under `Cache-Control: no-cache`, and fetch() sends that with
 * every conditional request; an origin server may still answer 304 then.
 */
function notModified(conditions: Conditions, etag: string, lastModified: Date): boolean {
  const hit = etagListed(conditions.ifNoneMatch, etag)
  if (hit !== undefined) return hit
  const since = Date.parse(conditions.ifModifiedSince ?? '')
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since
}

/**
 * A feed's caching headers for `variant` (everything the body depends on
 * beside the publication state: format, query, origin, today), and whether
 * `conditions` still match them, without reading a row. The ETag hashes the
 * publication state, which changes with every publish, republish, unpublish,
 * archive or delete.
 */
export function revalidate(
  db: Db,
  variant: string,
  conditions: Conditions,
): { notModified: boolean; headers: ReadonlyArray<readonly [string, string]> } {
  const { etag, lastModified, headers } = validators(feedState(db), variant)
  return { notModified: notModified(conditions, etag, lastModified), headers }
}

/**
 * Sets the caching headers of a feed and answers 304 when the request's
 * If-None-Match / If-Modified-Since still match (`revalidate`).
 * Returns true when the 304 was sent.
 */
export function answeredNotModified(db: Db, req: Request, res: Response, variant: string): boolean {
  const { notModified, headers } = revalidate(db, variant, {
    ifNoneMatch: req.get('If-None-Match'),
    ifModifiedSince: req.get('If-Modified-Since'),
  })
  for (const [name, value] of headers) res.setHeader(name, value)
  if (!notModified) return false
  res.status(304).end()
  return true
}

/** A feed's variant (see `revalidate`): the one key for its ETag, built the same way wherever a feed request is answered (the fast path too). */
export function feedVariant(feed: string, query: PublicFeedQuery, today: string, siteUrl: string): string {
  const { presidency, type, country, network } = query
  return JSON.stringify([
    feed,
    query.lang ?? null,
    query.from ?? null,
    query.to ?? null,
    today,
    siteUrl,
    presidency,
    type,
    country,
    network,
    // The search as typed (trimmed): two spellings of one search may differ, never two searches share an ETag.
    query.q ?? '',
  ])
}

/** The public site the feeds link to: PUBLIC_SITE_URL, else the origin the request came to. */
export function feedSiteUrl(configured: string | undefined, protocol: string, host: string | undefined): string {
  return configured ?? `${protocol}://${host ?? 'localhost'}`
}

/** Today as the feeds see it (what is upcoming, what is past), from the app's clock. */
export function feedToday(now: () => Date): string {
  return now().toISOString().slice(0, 10)
}

interface Validators {
  etag: string
  lastModified: Date
  headers: ReadonlyArray<readonly [string, string]>
}

/** Entries kept; a poller asks for the same few variants again and again, and a new publication state makes them all new. */
const MAX_VALIDATORS = 64
const validatorsByKey = new Map<string, Validators>()

/** A feed's ETag and caching headers for one publication state and variant, hashed once rather than on each of its conditional requests. */
function validators(state: { version: number; changedAt: string }, variant: string): Validators {
  const key = `${state.version}\n${state.changedAt}\n${variant}`
  let found = validatorsByKey.get(key)
  if (found) return found
  const etag = `"${createHash('sha256').update(`${state.version}\n${variant}`).digest('base64url').slice(0, 32)}"`
  const lastModified = new Date(state.changedAt)
  found = {
    etag,
    lastModified,
    headers: [
      ['ETag', etag],
      ['Last-Modified', lastModified.toUTCString()],
      ['Cache-Control', 'public, max-age=60, must-revalidate'],
      ['Access-Control-Allow-Origin', '*'],
      ['Access-Control-Expose-Headers', 'ETag, Last-Modified, X-Undated-Events-Omitted'],
      // Without PUBLIC_SITE_URL the body names the Host it was asked on: a shared cache keeps one copy per host.
      ['Vary', 'Host'],
    ],
  }
  if (validatorsByKey.size >= MAX_VALIDATORS) validatorsByKey.clear()
  validatorsByKey.set(key, found)
  return found
}

/** Resolves when the response can take more, or when the client has gone. */
function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done)
      res.off('close', done)
      resolve()
    }
    res.on('drain', done)
    res.on('close', done)
  })
}

/** A feed's text around and for each row; `Row`: what `row` reads of it (a format that needs less also serves one public copy). */
export interface FeedFormat<Row extends PublicCopy = FeedRow> {
  head: string
  row: (row: Row, index: number) => string
  tail: string
}

/**
 * Streams the feed: the head, then the rows a page at a time, in chunks of
 * about CHUNK_CHARS, waiting for 'drain' after a page that filled the socket, then the tail. No
 * query stays open between pages, and memory holds one page at most.
 */
export async function streamFeed(db: Db, res: Response, filter: FeedFilter, format: FeedFormat): Promise<void> {
  res.write(format.head)
  let after = FEED_START
  let index = 0
  for (;;) {
    let chunk = ''
    const last = readFeedPage(db, filter, after, PAGE_SIZE, (row) => {
      chunk += format.row(row, index++)
      if (chunk.length >= CHUNK_CHARS) {
        res.write(chunk)
        chunk = ''
      }
    })
    if (chunk !== '') res.write(chunk)
    if (res.writableNeedDrain) await drained(res)
    if (res.destroyed) return
    if (last === null) break
    after = last
  }
  res.end(format.tail)
}
