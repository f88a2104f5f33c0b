import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RequestHandler, Response } from 'express'
import type { Logger } from './logger'
import { normalizePath, type RouteMatcher } from '../http/route-matcher'

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express's documented way to type res.locals
  namespace Express {
    interface Locals {
      /** The request's id: the `X-Request-Id` answered and logged. */
      requestId: string
      /** The app's logger, for the error handler. */
      logger?: Logger
    }
  }
}

/** An incoming `X-Request-Id` a proxy set is kept only when it is a short token that cannot forge a log line. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/

/** The request id of this response (set by `requestLog`). */
export const requestIdOf = (res: Response): string | undefined => res.locals.requestId

/**
 * Gives every request an id (`X-Request-Id`, kept from the request when it is
 * a safe token) and logs one line when its answer is sent: id, method, route
 * (the route table's path, e.g. `/api/events/:id`; the path for pages and
 * assets; never the query), status, time in ms and the user's id when signed
 * in. No body, header or cookie is ever logged.
 */
export function requestLog(logger: Logger, routes: RouteMatcher): RequestHandler {
  return (req, res, next) => {
    // Read now: the routers below strip their mount from req.path while they run.
    const path = normalizePath(req.path)
    logRequest(logger, req, res, () => (path.startsWith('/api') ? (routes.find(req.method, path)?.path ?? null) : path))
    next()
  }
}

/**
 * Gives one request its id (`X-Request-Id`) and logs its line when the
 * answer is sent: what `requestLog` does for the app, and the fast paths
 * (http/fast-path/) for the answers they give before Express. `route` is
 * read once the answer is sent.
 */
export function logRequest(
  logger: Logger,
  req: IncomingMessage,
  res: ServerResponse & { locals?: Response['locals'] },
  route: () => string | null,
): void {
  const started = performance.now()
  const incoming = req.headers['x-request-id']
  const requestId = typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID()
  if (res.locals) {
    res.locals.requestId = requestId
    res.locals.logger = logger
  }
  res.setHeader('X-Request-Id', requestId)
  res.once('finish', () => {
    if (!logger.isLevelEnabled('info')) return
    const actor = res.locals?.actor as { id: number | null } | undefined
    logger.info(
      {
        reqId: requestId,
        method: req.method,
        route: route(),
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
        userId: actor?.id ?? null,
      },
      'request',
    )
  })
}
