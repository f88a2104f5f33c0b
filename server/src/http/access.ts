import type { RequestHandler, Response } from 'express'
import { STAFF_ACTOR, type Actor } from '../actor'

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express's documented way to type res.locals
  namespace Express {
    interface Locals {
      actor: Actor
    }
  }
}

/**
 * The one gate every /api route passes through: it decides who the caller is
 * and puts that actor on `res.locals.actor`.
 *
 * Every caller is staff until sign-in arrives; then this middleware is
 * replaced by the session check (401 without a session) and nothing else
 * changes, because routes only read the actor through `actorOf`.
 */
export const access: RequestHandler = (_req, res, next) => {
  res.locals.actor = STAFF_ACTOR
  next()
}

/** The actor `access` put on this response. */
export function actorOf(res: Response): Actor {
  return res.locals.actor
}
