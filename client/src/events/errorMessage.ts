/** The server's `message` of a failed call (CONTRACT, "Errors"), else the error's own, else react-admin's generic text. */
export function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    if ('body' in error && typeof error.body === 'object' && error.body !== null && 'message' in error.body && typeof error.body.message === 'string') {
      return error.body.message
    }
    if (error instanceof Error && error.message) return error.message
  }
  return 'ra.notification.http_error'
}

/** The CONTRACT's 400 `errors` ({"field.path": "message"}) of a failed call, for a form to show on its inputs. */
export function fieldErrorsOf(error: unknown): Record<string, string> | undefined {
  if (typeof error !== 'object' || error === null || !('body' in error)) return undefined
  const body = error.body
  if (typeof body !== 'object' || body === null || !('errors' in body)) return undefined
  const { errors } = body
  if (typeof errors !== 'object' || errors === null) return undefined
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
  return entries.length > 0 ? Object.fromEntries(entries) : undefined
}
