import express, { type Request, type RequestHandler, type Response } from 'express'
import { unsupportedMediaType } from './errors'
import { say } from '../i18n/messages'

/** Whether the request carries a body, whatever its method (RFC 9112 §6.3). */
function hasBody(req: Request): boolean {
  const length = req.headers['content-length']
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0')
}

/** body-parser's own 413, so the error handler answers it as it answers body-parser's. */
function tooLarge(): Error {
  return Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large', expose: true })
}

/**
 * Asks for the connection to close after an answer sent before the request's
 * body was read (a 401 before parsing, a 413 past the limit). Node otherwise
 * reads the rest of the body to keep the connection alive, however long it is.
 */
export function closeIfBodyUnread(req: Request, res: Response): void {
  if (hasBody(req) && !req.complete && !res.headersSent) res.set('Connection', 'close')
}

/**
 * Parses a JSON body of at most `limitBytes` into `req.body`, and answers 415
 * for a body that is not JSON. A request without a body passes untouched,
 * whatever its Content-Type: ra-data-simple-rest sends DELETE with
 * `text/plain` (docs/contract.md, "Writes"). That test comes first because
 * express.json's own checks, which find no body on a GET either, cost about
 * a sixth of a feed's 304 (decision 008).
 *
 * A route that reads its own body (`readsBody`, an upload) gets it unread
 * when it is not JSON.
 *
 * Past the limit, the 413 goes at once and the connection closes: body-parser
 * would read a body to its end before answering (a chunked one has no
 * Content-Length to refuse it by), gigabytes if the client sends them.
 */
export function jsonBody(limitBytes: number, readsOwnBody: (req: Request) => boolean = () => false): RequestHandler {
  const parse = express.json({ limit: limitBytes })
  return (req, res, next) => {
    if (!hasBody(req) || (!req.is('application/json') && readsOwnBody(req))) {
      next()
      return
    }
    if (!req.is('application/json')) throw unsupportedMediaType(say('sendJson'))
    if (Number(req.headers['content-length']) > limitBytes) throw tooLarge()
    let isAnswered = false
    const once = (error?: unknown) => {
      if (isAnswered) return
      isAnswered = true
      req.off('data', count)
      next(error)
    }
    let received = 0
    // Attached before body-parser's own listener, in the same tick, so both see every chunk.
    const count = (chunk: Buffer) => {
      received += chunk.length
      if (received > limitBytes) once(tooLarge())
    }
    req.on('data', count)
    parse(req, res, once)
  }
}
