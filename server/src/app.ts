import { existsSync } from 'node:fs'
import { join } from 'node:path'
import express, { Router, type Express } from 'express'
import type { Db } from './db/connection'
import { eventsRouter } from './events/events.routes'
import { access } from './http/access'
import { errorHandler } from './http/error-handler'
import { notFound } from './http/errors'
import { requireJson } from './http/require-json'
import { sameOrigin } from './http/same-origin'
import { institutionsRouter } from './institutions/institutions.routes'
import { venuesRouter } from './venues/venues.routes'

export interface AppOptions {
  db: Db
  /** The built client (`client/dist`); served with an SPA fallback when the folder exists. */
  clientDist?: string
}

function apiRouter(db: Db): Router {
  const api = Router()
  api.use((_req, res, next) => {
    res.set('X-Content-Type-Options', 'nosniff')
    next()
  })
  // Refuse before reading the body: a forged or non-JSON request costs nothing.
  api.use(sameOrigin, requireJson, express.json({ limit: '1mb' }), access)
  api.use('/events', eventsRouter(db))
  api.use('/venues', venuesRouter(db))
  api.use('/institutions', institutionsRouter(db))
  api.use(() => {
    throw notFound()
  })
  return api
}

/** The whole HTTP app over `db`, without listening (tests start it on their own port). */
export function createApp({ db, clientDist }: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  app.use('/api', apiRouter(db))
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
