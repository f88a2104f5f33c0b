import type { RequestHandler } from 'express'

/** Every /api answer's headers; a feed's caching headers replace the Cache-Control. */
export const API_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // Answers carry the caller's data; no shared cache may keep them.
  'Cache-Control': 'no-store',
}

export const apiHeaders: RequestHandler = (_req, res, next) => {
  res.set(API_HEADERS)
  next()
}
