import { HttpError } from 'react-admin'
import { i18nProvider } from '../providers/i18nProvider'

/**
 * A call to the sign-in and account routes of /api/auth with the session
 * cookie, in the interface language; a refusal rejects with react-admin's
 * HttpError (status and body), so fieldErrorsOf and errorMessage read it.
 */
export async function authCall<T>(path: string, body?: unknown, method = 'POST'): Promise<T> {
  const response = await fetch(`/api/auth${path}`, {
    method,
    credentials: 'include',
    headers: {
      Accept: 'application/json',
      'Accept-Language': i18nProvider.getLocale(),
      ...(body !== undefined && { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let parsed: unknown
  try {
    parsed = text === '' ? null : JSON.parse(text)
  } catch {
    parsed = text
  }
  if (!response.ok) {
    const message =
      typeof parsed === 'object' && parsed !== null && 'message' in parsed && typeof parsed.message === 'string'
        ? parsed.message
        : response.statusText
    throw new HttpError(message, response.status, parsed)
  }
  return parsed as T
}
