import type { RequestHandler } from 'express'
import { methodNotAllowed } from './errors'

/** A 405 with `Allow`, for a method a resource path does not answer (RFC 9110 §15.5.6). */
export function allowOnly(methods: string): RequestHandler {
  return (_req, res) => {
    res.set('Allow', methods)
    throw methodNotAllowed()
  }
}
