import type { Request, RequestHandler } from 'express'
import { unsupportedMediaType } from './errors'
import { say } from '../i18n/messages'

/** Whether the request carries a body, whatever its method (RFC 9112 §6.3). */
function hasBody(req: Request): boolean {
  const length = req.headers['content-length']
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0')
}

/**
 * 415 for a body that is not JSON. Requests without a body may carry any
 * Content-Type: ra-data-simple-rest sends DELETE with `text/plain` (CONTRACT, "Writes").
 */
export const requireJson: RequestHandler = (req, _res, next) => {
  if (hasBody(req) && !req.is('application/json')) {
    throw unsupportedMediaType(say('sendJson'))
  }
  next()
}
