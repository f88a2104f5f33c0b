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
