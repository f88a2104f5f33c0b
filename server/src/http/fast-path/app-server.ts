// Saves what Express itself costs a request before the app's code runs, each part in a file of this folder (docs/decisions/008-performance.md).
import type { RequestListener, Server } from 'node:http'
import type { Express } from 'express'
import type { Db } from '../../db/connection'
import { logRequest } from '../../logging/request-log'
import type { Logger } from '../../logging/logger'
import { expressServer } from './express-server'
import { feedRevalidation, type FeedRevalidationOptions } from './feed-revalidation'

/**
 * The HTTP server in front of `app`, not yet listening: a calendar app's
 * conditional GET of a public feed is answered before Express when it can be
 * (feed-revalidation.ts) when its Host is this server's, every other request
 * by `app`, and requests are born
 * with Express's prototypes (express-server.ts). `listener` is what the
 * server answers with, for tests that put it behind their own server.
 */
export function appServer(
  app: Express,
  db: Db,
  feeds: { siteUrl?: string; now: () => Date; isAllowedHost: (host: string | undefined) => boolean; logger: Logger },
): { server: Server; listener: RequestListener } {
  const { isAllowedHost, logger, ...feedOptions } = feeds
  const revalidateFeed = feedRevalidation(db, {
    ...feedOptions,
    // The app's own readings of a request, so the revalidation reads it as the feed's route does.
    trustProxy: app.get('trust proxy fn') as FeedRevalidationOptions['trustProxy'],
    parseQuery: app.get('query parser fn') as FeedRevalidationOptions['parseQuery'],
    beforeAnswer: (req, res) => logRequest(logger, req, res, () => (req.url ?? '').split('?')[0] ?? null),
  })
  const listener: RequestListener = (req, res) => {
    // A host that is not this server's gets the app's 400, never a feed built on its name.
    if (!isAllowedHost(req.headers.host) || !revalidateFeed(req, res)) app(req, res)
  }
  const server = expressServer(app, listener)
  // Longer than a reverse proxy keeps an idle connection to the app (nginx's and most load balancers' 60 s):
  // with Node's 5 s, the app could close one just as the proxy sends on it, and that request fails.
  server.keepAliveTimeout = 65_000
  return { server, listener }
}
