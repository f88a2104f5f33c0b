import express, { type Request, type RequestHandler } from 'express'
import { unsupportedMediaType } from './errors'
import { say } from '../i18n/messages'

/** Whether the request carries a body, whatever its method (RFC 9112 §6.3). */
function hasBody(req: Request): boolean {
  const length = req.headers['content-length']
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0')
}

/**
 * Parses a JSON body into `req.body`, and answers 415 for a body that is not
 * JSON. A request without a body passes untouched, whatever its Content-Type:
 * ra-data-simple-rest sends DELETE with `text/plain` (docs/contract.md, "Writes").
 * That test comes first because express.json's own checks, which find no body
 * on a GET either, cost about a sixth of a feed's 304 (decision 008).
 */
export function jsonBody(limit: string): RequestHandler {
  const parse = express.json({ limit })
  return (req, res, next) => {
    if (!hasBody(req)) {
      next()
      return
    }
    if (!req.is('application/json')) throw unsupportedMediaType(say('sendJson'))
    parse(req, res, next)
  }
}
