/*
 * Reading a rejected dataProvider call. ra-data-simple-rest rejects with
 * react-admin's HttpError: `status`, and `body` as the API sent it
 * (docs/contract.md, "Errors": `{ message, errors?: { "dotted.path": "what is wrong" } }`).
 */

/** The HTTP status of a failed call, if it has one. */
export function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined
}

/** The per-field messages of a 400, if any. */
export function fieldErrorsOf(error: unknown): Record<string, string> | undefined {
  if (typeof error !== 'object' || error === null || !('body' in error)) return undefined
  const { body } = error
  if (typeof body !== 'object' || body === null || !('errors' in body)) return undefined
  const { errors } = body
  if (typeof errors !== 'object' || errors === null) return undefined
  const fieldErrors = Object.entries(errors).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
  return fieldErrors.length > 0 ? Object.fromEntries(fieldErrors) : undefined
}

/** The server's `message` of a failed call (docs/contract.md, "Errors"), else the error's own, else react-admin's generic text. */
export function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    if (
      'body' in error &&
      typeof error.body === 'object' &&
      error.body !== null &&
      'message' in error.body &&
      typeof error.body.message === 'string'
    ) {
      return error.body.message
    }
    if (error instanceof Error && error.message) return error.message
  }
  return 'ra.notification.http_error'
}
