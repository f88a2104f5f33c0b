import { existsSync } from 'node:fs'
import type { RequestListener, Server } from 'node:http'
import express, { type Express } from 'express'
import { API_ROUTES } from './api-routes'
import { authSettings, type AuthSettings } from './auth/auth-settings'
import type { Db } from './db/connection'
import { access } from './http/access'
import { allowedHosts, hostAllowList } from './http/allowed-hosts'
import { calendarNotFound } from './http/calendar-not-found'
import { apiHeaders } from './http/api-headers'
import { publicPreflight } from './http/cors-preflight'
import { errorHandler } from './http/error-handler'
import { notFound } from './http/errors'
import { appServer } from './http/fast-path/app-server'
import { series } from './http/fast-path/series'
import { jsonBody } from './http/json-body'
import { routeMatcher } from './http/route-matcher'
import { apiRouters, type AppContext } from './http/route-table'
import { sameOrigin } from './http/same-origin'
import { adminAppHeaders } from './http/security-headers'
import { applyServerTimeouts } from './http/server-timeouts'
import { defaultLogger, type Logger } from './logging/logger'
import { requestLog } from './logging/request-log'
import { staticClient } from './http/static-client'
import { calendarRouter } from './public/calendar.routes'
import { fileStore } from './files/file-store'
import { temporaryFilesSettings, type FilesSettings } from './files/files-settings'
import type { HostResolver } from './webhooks/webhook-targets'

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
  /** Where the request lines and errors go; default standard output at LOG_LEVEL (logging/logger.ts). */
  logger?: Logger
  /** ALLOWED_HOSTS: host names answered besides loopback and PUBLIC_SITE_URL's (http/allowed-hosts.ts). */
  allowedHosts?: readonly string[]
  /** Resolves webhook targets' host names when a webhook is saved (webhooks/webhook-targets.ts); tests inject their own. */
  resolveHost?: HostResolver
  /** EMBED_ORIGINS, parsed (public/embed-origins.ts): the origins that may frame the public embed view; none by default. */
  embedOrigins?: readonly string[]
  /** UPLOADS_PATH and MAX_UPLOAD_MB (files/files-settings.ts); default a new temporary folder and 25 MB. */
  files?: Partial<FilesSettings>
}

export interface App {
  /** The HTTP server, not yet listening (`npm start` and the tests each choose the port). */
  server: Server
  /** What the server answers each request with, for tests that put it behind their own server. */
  listener: RequestListener
  /** The Express app alone, without the feeds' revalidation in front of it. */
  app: Express
  /** Stops taking connections and closes idle ones; requests in flight get `graceMs` to finish. */
  close(graceMs?: number): Promise<void>
}

/**
 * The whole HTTP app over `db`. A request goes, top to bottom:
 * 1. the server (http/fast-path/): a request to a host name that is not
 *    this server's goes no further than a 400; a calendar app's conditional
 *    GET of a public feed is answered there when the feed has not changed;
 * 2. under /api, the gate: headers, the CORS preflight of the feeds, the
 *    same-origin check, the JSON body, and `access` (session and role from
 *    the request's route, 404/405 for no route), before any handler;
 * 3. the route's handler, from its resource's table (api-routes.ts);
 * 4. outside /api, the public calendar page, then the built client with
 *    its security headers (http/security-headers.ts, http/static-client.ts);
 * 5. any error, thrown anywhere, to the one error handler.
 */
export function createApp(options: AppOptions): App {
  const { db, clientDist } = options
  const settings = authSettings(options.auth)
  const ctx: AppContext = {
    db,
    settings,
    now: settings.now,
    publicSiteUrl: options.publicSiteUrl,
    routes: API_ROUTES,
    resolveHost: options.resolveHost,
    files: filesContext(options.files),
  }

  const app = express()
  app.disable('x-powered-by')
  // API answers are no-store and the feeds make their own ETag; hashing every body bought nothing.
  app.set('etag', false)
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy)

  const routes = routeMatcher(API_ROUTES)
  const logger = options.logger ?? defaultLogger()
  app.use(requestLog(logger, routes))
  const isAllowedHost = hostAllowList(options)
  app.use(allowedHosts(isAllowedHost))
  // Refuse before reading the body: a forged or non-JSON request costs nothing.
  app.use(
    '/api',
    series(
      apiHeaders,
      publicPreflight(routes),
      sameOrigin,
      access(db, settings, routes),
      jsonBody(1024 * 1024, (req) => routes.find(req.method, `/api${req.path}`)?.readsBody === true),
    ),
  )
  // On the app's own router, not an /api router of their own: Express pays for every router a request enters.
  for (const [mount, router] of apiRouters(API_ROUTES, ctx)) app.use(mount, router)
  app.use('/api', () => {
    throw notFound()
  })

  // Before the SPA fallback, which would otherwise answer /calendar and any address under it with the admin app.
  app.use(calendarRouter(db, { now: settings.now, embedOrigins: options.embedOrigins }))
  app.use('/calendar', calendarNotFound)
  if (clientDist !== undefined && existsSync(clientDist)) {
    // Client-side routes (/events/3/show) get index.html; /api never reaches here.
    app.use(adminAppHeaders, staticClient(clientDist))
  }
  app.use(errorHandler)

  const { server, listener } = appServer(app, db, {
    siteUrl: options.publicSiteUrl,
    now: settings.now,
    isAllowedHost,
    logger,
  })
  applyServerTimeouts(server)
  return { server, listener, app, close: (graceMs = 5_000) => closeServer(server, graceMs) }
}

function filesContext(given: Partial<FilesSettings> | undefined): AppContext['files'] {
  const settings = temporaryFilesSettings(given)
  return { store: fileStore(settings.uploadsPath), maxUploadBytes: settings.maxUploadBytes }
}

function closeServer(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()))
    // Keep-alive connections would hold close() open; requests in flight still finish.
    server.closeIdleConnections()
    setTimeout(() => server.closeAllConnections(), graceMs).unref()
  })
}
