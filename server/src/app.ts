import { existsSync } from 'node:fs'
import type { RequestListener, Server } from 'node:http'
import { join } from 'node:path'
import express, { type Express, type Router } from 'express'
import { auditLogRouter } from './audit-log/audit-log.routes'
import { authSettings, type AuthSettings } from './auth/auth-settings'
import { authRouter } from './auth/auth.routes'
import type { Db } from './db/connection'
import { eventsRouter } from './events/events.routes'
import { schedulesRouter } from './schedules/schedules.routes'
import { access } from './http/access'
import { apiHeaders } from './http/api-headers'
import { publicPreflight } from './http/cors-preflight'
import { errorHandler } from './http/error-handler'
import { expressServer } from './http/express-server'
import { jsonBody } from './http/json-body'
import { applyServerTimeouts } from './http/server-timeouts'
import { notFound } from './http/errors'
import { sameOrigin } from './http/same-origin'
import { series } from './http/series'
import { importRouter } from './import/import.routes'
import { institutionsRouter } from './institutions/institutions.routes'
import { openapiRouter } from './openapi/openapi.routes'
import { calendarRouter } from './public/calendar.routes'
import { feedRevalidation, type FeedRevalidationOptions } from './public/feed-revalidation'
import { publicRouter } from './public/public.routes'
import { revisionsRouter } from './revisions/revisions.routes'
import { usersRouter } from './users/users.routes'
import { venuesRouter } from './venues/venues.routes'
import { webhookDeliveriesRouter } from './webhooks/webhook-deliveries.routes'
import { webhooksRouter } from './webhooks/webhooks.routes'

export interface AppOptions {
  db: Db
  /** The built client (`client/dist`); served with an SPA fallback when the folder exists. */
  clientDist?: string
  /** Sessions and sign-in; tests inject a clock and cheap password hashing. */
  auth?: Partial<AuthSettings>
  /** TRUST_PROXY: Express's `trust proxy` (hops, addresses, or true), so `req.secure` and `req.ip` see the client behind a reverse proxy. */
  trustProxy?: boolean | number | string
  /** PUBLIC_SITE_URL: the public site the exports link to; default the request's origin. */
  publicSiteUrl?: string
}

/**
 * The routers under /api and where they are mounted. Exported so the
 * access-matrix test can list every route and check each has a rule.
 */
export function apiRoutes(
  db: Db,
  settings: AuthSettings,
  options: Pick<AppOptions, 'publicSiteUrl'> = {},
): Array<[mount: string, router: Router]> {
  return [
    ['/auth', authRouter(db, settings)],
    ['/public', publicRouter(db, { siteUrl: options.publicSiteUrl, now: settings.now })],
    ['/events', eventsRouter(db, settings.now)],
    ['/venues', venuesRouter(db)],
    ['/institutions', institutionsRouter(db)],
    ['/users', usersRouter(db, settings)],
    ['/revisions', revisionsRouter(db)],
    ['/schedules', schedulesRouter(db)],
    ['/audit-log', auditLogRouter(db)],
    // '/openapi.json' and '/docs', directly under /api.
    ['', openapiRouter()],
    ['/webhooks', webhooksRouter(db, settings.now)],
    ['/webhook-deliveries', webhookDeliveriesRouter(db, settings.now)],
    ['/import', importRouter(db)],
  ]
}

/**
 * The whole HTTP app over `db`, as a server not yet listening (tests start it
 * on their own port): a calendar app's conditional GET of a public feed is
 * answered before Express (`feedRevalidation`), everything else by
 * `createExpressApp`, on requests born with Express's prototypes (`expressServer`).
 */
export function createAppServer(options: AppOptions): Server {
  const { app, listener } = appWithFeedRevalidation(options)
  const server = expressServer(app, listener)
  // Longer than a reverse proxy keeps an idle connection to the app (nginx's and most load balancers' 60 s):
  // with Node's 5 s, the app could close one just as the proxy sends on it, and that request fails.
  server.keepAliveTimeout = 65_000
  applyServerTimeouts(server)
  return server
}

/** The same app as a request listener alone, for tests that put it behind their own. */
export function createApp(options: AppOptions): RequestListener {
  return appWithFeedRevalidation(options).listener
}

function appWithFeedRevalidation(options: AppOptions): { app: Express; listener: RequestListener } {
  const settings = authSettings(options.auth)
  const app = createExpressApp({ ...options, auth: settings })
  const revalidateFeed = feedRevalidation(options.db, {
    siteUrl: options.publicSiteUrl,
    now: settings.now,
    trustProxy: app.get('trust proxy fn') as FeedRevalidationOptions['trustProxy'],
    parseQuery: app.get('query parser fn') as FeedRevalidationOptions['parseQuery'],
  })
  return {
    app,
    listener: (req, res) => {
      if (!revalidateFeed(req, res)) app(req, res)
    },
  }
}

/** The Express app that answers every request but the feeds' revalidations; tests compare its 304s with theirs. */
export function createExpressApp(options: AppOptions): Express {
  const { db, clientDist } = options
  const app = express()
  app.disable('x-powered-by')
  // API answers are no-store and the feeds make their own ETag; hashing every body (a list page is ~75 KB) would buy nothing.
  app.set('etag', false)
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy)
  const settings = authSettings(options.auth)
  // The API's mounts sit on the app's own router, not on an /api router of their own: Express pays for every router a request enters (decision 008).
  // Refuse before reading the body: a forged or non-JSON request costs nothing.
  app.use('/api', series(apiHeaders, publicPreflight, sameOrigin, access(db, settings), jsonBody(1024 * 1024)))
  for (const [mount, router] of apiRoutes(db, settings, options)) app.use(`/api${mount}`, router)
  app.use('/api', () => {
    throw notFound()
  })
  // Before the SPA fallback, which would otherwise answer /calendar with the admin app.
  app.use(calendarRouter(db, { now: settings.now }))
  if (clientDist !== undefined && existsSync(clientDist)) {
    const indexHtml = join(clientDist, 'index.html')
    app.use(express.static(clientDist, { index: false }))
    // Client-side routes (/events/3/show) are the SPA's; /api never reaches here.
    app.get('/{*path}', (_req, res) => {
      res.sendFile(indexHtml)
    })
  }
  app.use(errorHandler)
  return app
}
