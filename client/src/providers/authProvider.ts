import { isRole, type Identity } from '@rcm/shared'
import { HttpError, type AuthProvider } from 'react-admin'
import { canRoleAccess } from './access'
import { i18nProvider } from './i18nProvider'
import { statusOf } from '../common/httpErrors'

/** How long a GET /api/auth/me answer is reused: every page checks the session, the server needs asking once. */
const IDENTITY_TTL_MS = 30_000

type Fetch = (url: string, init?: RequestInit) => Promise<Response>

/**
 * The body of login and of GET /api/auth/me (IdentitySchema), checked without
 * zod: every page waits for it, and zod (about 25 KB gzip) would be in the
 * initial bundle for this check alone.
 */
function toIdentity(body: unknown): Identity {
  if (
    typeof body === 'object' &&
    body !== null &&
    'id' in body &&
    'email' in body &&
    'fullName' in body &&
    'role' in body
  ) {
    const { id, email, fullName, role } = body
    if (typeof id === 'number' && typeof email === 'string' && typeof fullName === 'string' && isRole(role))
      return { id, email, fullName, role }
  }
  throw new Error('The server sent an identity this app cannot read')
}

async function messageOf(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json()
    if (typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string')
      return body.message
  } catch {
    // not JSON: fall back to the status text
  }
  return response.statusText || `HTTP ${response.status}`
}

/**
 * Sign-in against the API (docs/contract.md, "Sign-in and roles"): the session is an
 * HttpOnly cookie, so the client keeps only the identity, briefly. `canAccess`
 * reads the role table of access.ts, so menus, buttons and pages follow the
 * role; the server checks every route itself.
 */
export function createAuthProvider(
  apiUrl = '/api',
  fetchFn: Fetch = (...args) => fetch(...args),
  getLocale: () => string = () => i18nProvider.getLocale(),
): AuthProvider {
  let cached: { identity: Promise<Identity>; at: number } | null = null

  const request = (path: string, init: RequestInit = {}) =>
    fetchFn(`${apiUrl}${path}`, {
      credentials: 'include',
      ...init,
      headers: { Accept: 'application/json', 'Accept-Language': getLocale(), ...init.headers },
    })

  const fetchIdentity = async (): Promise<Identity> => {
    const response = await request('/auth/me')
    if (!response.ok) throw new HttpError(await messageOf(response), response.status)
    return toIdentity(await response.json())
  }

  const identity = (): Promise<Identity> => {
    if (!cached || Date.now() - cached.at > IDENTITY_TTL_MS) {
      const pending = fetchIdentity()
      cached = { identity: pending, at: Date.now() }
      pending.catch(() => {
        if (cached?.identity === pending) cached = null
      })
    }
    return cached.identity
  }

  return {
    async login({ username, email, password }: { username?: string; email?: string; password?: string }) {
      const response = await request('/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: email ?? username ?? '', password: password ?? '' }),
      })
      if (!response.ok) throw new Error(await messageOf(response))
      const signedIn = toIdentity(await response.json())
      cached = { identity: Promise.resolve(signedIn), at: Date.now() }
    },
    async logout() {
      cached = null
      await request('/auth/logout', { method: 'POST' }).catch(() => undefined)
    },
    async checkAuth() {
      await identity()
    },
    async checkError(error: unknown) {
      // 401: the session is gone, sign in again. 403: signed in but not allowed; stay.
      if (statusOf(error) === 401) {
        cached = null
        throw error
      }
    },
    async getIdentity() {
      const { id, fullName, email, role } = await identity()
      return { id, fullName, email, role }
    },
    async getPermissions() {
      return (await identity()).role
    },
    async canAccess({ resource, action, record }) {
      const signedIn = await identity().catch(() => null)
      return canRoleAccess(signedIn?.role, { resource, action, record })
    },
  }
}

export const authProvider = createAuthProvider()
