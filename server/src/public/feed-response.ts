import { createHash } from 'node:crypto'
import type { Request, Response } from 'express'
import type { Db } from '../db/connection'
import { feedState, readFeedPage, type FeedFilter, type FeedRow } from './feed-rows'

/** Rows per page read from SQLite; each page is serialized and written as one chunk. */
const PAGE_SIZE = 200

/**
 * Sets the caching headers of a feed and answers 304 when the request's
 * If-None-Match / If-Modified-Since still match (Express's `req.fresh`),
 * without reading a row. The ETag hashes the publication state, which
 * changes with every publish, republish, unpublish, archive or delete, with
 * everything else the body depends on (`variant`: format, query, origin, today).
 * Returns true when the 304 was sent.
 */
export function answeredNotModified(db: Db, req: Request, res: Response, variant: string): boolean {
  const state = feedState(db)
  const tag = createHash('sha256').update(`${state.version}\n${variant}`).digest('base64url').slice(0, 32)
  res.set({
    ETag: `"${tag}"`,
    'Last-Modified': new Date(state.changedAt).toUTCString(),
    'Cache-Control': 'public, max-age=60, must-revalidate',
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'ETag, Last-Modified, X-Undated-Events-Omitted',
  })
  if (!req.fresh) return false
  res.status(304).end()
  return true
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

export interface FeedFormat {
  head: string
  row: (row: FeedRow, index: number) => string
  tail: string
}

/**
 * Streams the feed: the head, then the rows a page at a time, each page one
 * chunk, waiting for 'drain' whenever the socket is full, then the tail. No
 * query stays open between pages, and memory holds one page at most.
 */
export async function streamFeed(db: Db, res: Response, filter: FeedFilter, format: FeedFormat): Promise<void> {
  res.write(format.head)
  let after = ''
  let index = 0
  for (;;) {
    let chunk = ''
    const last = readFeedPage(db, filter, after, PAGE_SIZE, (row) => {
      chunk += format.row(row, index++)
    })
    if (chunk !== '' && !res.write(chunk)) await drained(res)
    if (res.destroyed) return
    if (last === null) break
    after = last
  }
  res.end(format.tail)
}
