import { hasRole, SECOND_FACTOR } from '@rcm/shared'
import type { RequestHandler, Response } from 'express'
import type { Actor } from '../actor'
import type { AuthSettings } from '../auth/auth-settings'
import { authenticate } from '../auth/auth.service'
import type { SessionStage } from '../auth/sessions.repository'
import type { Db } from '../db/connection'
import { forbidden, methodNotAllowed, notFound, unauthorized } from './errors'
import type { RouteMatcher } from './route-matcher'
import { sessionToken } from './session-cookie'

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express's documented way to type res.locals
  namespace Express {
    interface Locals {
      actor: Actor
      /** The session token of the request, when signed in. */
      sessionToken?: string
      /** Whether the session is full or waits for its second factor. */
      sessionStage?: SessionStage
    }
  }
}

const ANONYMOUS: Actor = { id: null, role: 'editor' }

/**
 * The one gate every /api route passes through. It finds the request's route
 * in the route tables: public routes pass; every other needs a live session
 * (401), full unless the route is a second-factor call, and the route's role (403), checked before any handler runs, so
 * before any state check (403 before 409). A path no route has is a 404 and
 * a method none answers a 405 with `Allow`, so no handler is reached without
 * its route's check.
 */
export function access(db: Db, settings: AuthSettings, routes: RouteMatcher): RequestHandler {
  return (req, res, next) => {
    const path = `/api${req.path}`
    const route = routes.find(req.method, path)
    if (route?.access === 'public') {
      res.locals.actor = ANONYMOUS
      next()
      return
    }
    const token = sessionToken(req)
    const session = token === undefined ? null : authenticate(db, settings, token)
    if (!session || token === undefined) throw unauthorized()
    // A session waiting for its second factor opens the second-factor calls only (decision 016).
    if (session.stage !== 'full' && route?.access !== SECOND_FACTOR) throw unauthorized()
    const { user } = session
    res.locals.actor = { id: user.id, role: user.role }
    res.locals.sessionToken = token
    res.locals.sessionStage = session.stage
    if (!route) {
      const allowed = routes.methodsOf(path)
      if (allowed.length === 0) throw notFound()
      res.set('Allow', allowed.join(', '))
      throw methodNotAllowed()
    }
    if (route.access !== SECOND_FACTOR && !hasRole(user.role, route.access)) throw forbidden()
    next()
  }
}

/** The actor `access` put on this response. */
export function actorOf(res: Response): Actor {
  return res.locals.actor
}
