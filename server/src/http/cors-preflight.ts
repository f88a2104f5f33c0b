import type { RequestHandler } from 'express'
import { findRule } from './route-rules'

const PREFLIGHT_HEADERS = {
  Allow: 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  // The conditional-request headers are not CORS-safelisted, so a browser asks before sending them.
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, X-Undated-Events-Omitted',
  'Access-Control-Max-Age': '86400',
}

/**
 * Answers the CORS preflight (`OPTIONS`) of the public feeds, so a browser
 * app on another origin can poll them with If-None-Match and get 304s. Only
 * paths under /api/public with a public GET rule; any other OPTIONS goes on
 * to `access`, which refuses it like any other request (no credentials are ever allowed
 * cross-origin: the answer is `*`, never the caller's origin).
 */
export const publicPreflight: RequestHandler = (req, res, next) => {
  const path = `/api${req.path}`
  if (req.method !== 'OPTIONS' || !path.startsWith('/api/public/') || findRule('GET', path)?.access !== 'public') {
    next()
    return
  }
  res.set(PREFLIGHT_HEADERS).status(204).end()
}
