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
  ) {
    super(message)
  }
}

export const badRequest = (message: string, fieldErrors?: FieldErrors) => new HttpError(400, message, fieldErrors)
export const forbidden = (message = 'You are not allowed to do this') => new HttpError(403, message)
/** `what` is the record's kind as a person says it: notFound('Event') → "Event not found". */
export const notFound = (what = 'Resource') => new HttpError(404, `${what} not found`)
export const methodNotAllowed = () => new HttpError(405, 'Method not allowed')
export const conflict = (message: string) => new HttpError(409, message)
export const unsupportedMediaType = (message: string) => new HttpError(415, message)
