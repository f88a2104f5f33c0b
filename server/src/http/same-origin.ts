import type { RequestHandler } from 'express'
import { forbidden } from './errors'
import { say } from '../i18n/messages'

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

function isSameOrigin(origin: string, host: string | undefined): boolean {
  if (host === undefined) return false
  try {
    const url = new URL(origin)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host.toLowerCase()
  } catch {
    // "null" (sandboxed frames, file: pages) or garbage: not this origin.
    return false
  }
}

/**
 * Refuses state-changing requests that a browser sends from another origin
 * (cross-site request forgery). Browsers always send `Origin` on these
 * methods; a request without it comes from a script and is allowed (docs/contract.md, "Writes").
 */
export const sameOrigin: RequestHandler = (req, _res, next) => {
  const origin = req.get('origin')
  if (origin !== undefined && STATE_CHANGING.has(req.method) && !isSameOrigin(origin, req.get('host'))) {
    throw forbidden(say('crossOrigin'))
  }
  next()
}
