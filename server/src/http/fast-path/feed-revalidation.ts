// Saves Express's routing and the API's middlewares on a calendar app's poll of a feed that has not changed (docs/decisions/008-performance.md).
import type { IncomingMessage, ServerResponse } from 'node:http'
import { PublicFeedQuerySchema } from '@rcm/shared'
import type { Db } from '../../db/connection'
import { feedSiteUrl, feedToday, feedVariant, revalidate } from '../../public/feed-response'
import { FEED_NAMES, type FeedName } from '../../public/public.routes'
import { API_HEADERS } from '../api-headers'

export interface FeedRevalidationOptions {
  /** PUBLIC_SITE_URL, as the feeds' router has it. */
  siteUrl?: string
  now: () => Date
  /** The Express app's `trust proxy fn` and `query parser fn`, so this reads a request as the route does. */
  trustProxy: (address: string | undefined, hop: number) => boolean
  parseQuery: (search: string) => unknown
  /** Called just before a 304 is written: the request log gives it an id and a line, as Express's answers have. */
  beforeAnswer?: (req: IncomingMessage, res: ServerResponse) => void
}

const API_HEADER_ENTRIES = Object.entries(API_HEADERS)

const FEED_PATHS = new Map<string, FeedName>(FEED_NAMES.map((name) => [`/api/public/events.${name}`, name]))

/** A query string that Express's parser and this one read alike: no `#`, spaces or other characters a URL parser may treat apart. */
const PLAIN_QUERY = /^[\w%.~+=&-]*$/

/**
 * Answers a calendar app's conditional GET of a public feed with 304 before
 * Express sees the request, or returns false and leaves it to Express.
 *
 * Polling with If-None-Match is most of what the server answers, and a 304
 * costs little beside the framework. The answer is the route's
 * own: the same variant, validators and headers (`revalidate`), and the same
 * query parser and proxy trust. Anything else (no condition, a changed feed,
 * an odd path or query, a proxied request without PUBLIC_SITE_URL, an error)
 * goes on to the route, which answers it in full.
 */
export function feedRevalidation(
  db: Db,
  options: FeedRevalidationOptions,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    const ifNoneMatch = req.headers['if-none-match']
    const ifModifiedSince = req.headers['if-modified-since']
    if (ifNoneMatch === undefined && ifModifiedSince === undefined) return false
    const url = req.url ?? ''
    const queryAt = url.indexOf('?')
    const name = FEED_PATHS.get(queryAt === -1 ? url : url.slice(0, queryAt))
    const search = queryAt === -1 ? '' : url.slice(queryAt + 1)
    if (name === undefined || !PLAIN_QUERY.test(search)) return false
    // Behind a trusted proxy the origin comes from X-Forwarded-Proto, which Express reads: its route answers.
    if (options.siteUrl === undefined && ('encrypted' in req.socket || options.trustProxy(req.socket.remoteAddress, 0)))
      return false
    const query = PublicFeedQuerySchema.safeParse(options.parseQuery(search))
    if (!query.success) return false
    try {
      const variant = feedVariant(
        name,
        query.data,
        feedToday(options.now),
        feedSiteUrl(options.siteUrl, 'http', req.headers.host),
      )
      const { notModified, headers } = revalidate(db, variant, { ifNoneMatch, ifModifiedSince })
      if (!notModified) return false
      options.beforeAnswer?.(req, res)
      for (const [header, value] of API_HEADER_ENTRIES) res.setHeader(header, value)
      for (const [header, value] of headers) res.setHeader(header, value)
      res.writeHead(304).end()
      return true
    } catch {
      // The route answers, and reports what went wrong as it does for any request.
      return false
    }
  }
}
