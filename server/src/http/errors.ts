import type { FieldErrors } from '@rcm/shared'

/**
 * An error with the HTTP status and message the client sees. The one error
 * class of the codebase: services throw it, the error handler renders it as
 * `{ message, errors? }` (CONTRACT, "Errors").
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors?: FieldErrors,
    /** More of the body (e.g. `missing`) and headers (e.g. `Retry-After`) for this response. */
    readonly extra: { body?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(message)
  }
}

export const badRequest = (message: string, fieldErrors?: FieldErrors) => new HttpError(400, message, fieldErrors)
export const forbidden = (message = 'You are not allowed to do this') => new HttpError(403, message)
/** `what` is the record's kind as a person says it: notFound('Event') → "Event not found". */
export const notFound = (what = 'Resource') => new HttpError(404, `${what} not found`)
export const methodNotAllowed = () => new HttpError(405, 'Method not allowed')
export const unauthorized = (message = 'Sign in first') => new HttpError(401, message)
export const conflict = (message: string, body?: Record<string, unknown>) => new HttpError(409, message, undefined, { body })
export const unsupportedMediaType = (message: string) => new HttpError(415, message)
