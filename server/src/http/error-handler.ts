import { ListQueryError, toFieldErrors } from '@rcm/shared'
import type { ErrorRequestHandler } from 'express'
import { z } from 'zod'
import { HttpError } from './errors'

/** body-parser's error types, with messages that never echo the body back. */
const BODY_ERRORS: Record<string, { status: number; message: string }> = {
  'entity.parse.failed': { status: 400, message: 'The body is not valid JSON (an object or an array)' },
  'entity.too.large': { status: 413, message: 'The body is larger than 1 MB' },
  'encoding.unsupported': { status: 415, message: 'Send the body without Content-Encoding' },
  'charset.unsupported': { status: 415, message: 'Send JSON as UTF-8' },
  'request.aborted': { status: 400, message: 'The request was aborted' },
  'request.size.invalid': { status: 400, message: 'The body is shorter than its Content-Length' },
}

interface ClientError {
  status: number
  expose?: unknown
  message: string
  type?: unknown
}

/** A 4xx raised by Express's own parts: body-parser, the router's "Failed to decode param". */
function isClientError(error: unknown): error is ClientError {
  if (!(error instanceof Error) || !('status' in error)) return false
  return typeof error.status === 'number' && error.status >= 400 && error.status < 500
}

/** The admin app's import sends a file's text; a file that does not fit is the command line's. */
const IMPORT_TOO_LARGE = 'The file is larger than 1 MB: import it on the server with npm run import -- FILE --format json|csv'

function clientErrorMessage(error: ClientError, path: string): string {
  if (error.type === 'entity.too.large' && path.startsWith('/api/import')) return IMPORT_TOO_LARGE
  const known = typeof error.type === 'string' ? BODY_ERRORS[error.type] : undefined
  if (known) return known.message
  if (error instanceof URIError) return 'The URL is malformed'
  // http-errors marks the messages written for clients with `expose`.
  return error.expose === true ? error.message : 'Bad request'
}

/**
 * Turns every error into the CONTRACT's `{ message, errors? }`. Details of an
 * unexpected error go to the log only: no stack, SQL or path in a response.
 */
export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) {
    next(error)
    return
  }
  if (error instanceof z.ZodError) {
    res.status(400).json({ message: 'Invalid input', errors: toFieldErrors(error) })
  } else if (error instanceof ListQueryError) {
    res.status(400).json({ message: error.message, errors: { [error.field]: error.message } })
  } else if (error instanceof HttpError) {
    if (error.extra.headers) res.set(error.extra.headers)
    res.status(error.status).json({ message: error.message, ...(error.fieldErrors ? { errors: error.fieldErrors } : {}), ...error.extra.body })
  } else if (isClientError(error)) {
    const known = typeof error.type === 'string' ? BODY_ERRORS[error.type] : undefined
    res.status(known?.status ?? error.status).json({ message: clientErrorMessage(error, req.originalUrl) })
  } else {
    console.error(`${req.method} ${req.originalUrl} failed:`, error)
    res.status(500).json({ message: 'Internal error' })
  }
}
