import { isRole, type Identity } from '@rcm/shared'
import { HttpError, type AuthProvider } from 'react-admin'
import { canRoleAccess } from './access'
import { i18nProvider } from './i18nProvider'
import { statusOf } from '../common/httpErrors'

/** The sign-in needs a second factor: a code (`required`) or a first enrolment (`enrol`). */
export class SecondFactorDue extends Error {
  constructor(readonly step: 'required' | 'enrol') {
    super(`Second factor: ${step}`)
  }
}

interface LoginParams {
  username?: string
  email?: string
  password?: string
  code?: string
  recoveryCode?: string
  identity?: unknown
}

type SessionListener = () => void
const sessionListeners = new Set<SessionListener>()

/** Called when a call finds the session ended; returns the unsubscribe. */
export function onSessionEnded(listener: SessionListener): () => void {
  sessionListeners.add(listener)
  return () => sessionListeners.delete(listener)
}

function announceSessionEnded() {
  for (const listener of sessionListeners) listener()
}

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
    /**
     * `{email, password}`; then, when the server asks for a second factor,
     * `{code}` or `{recoveryCode}`; or `{identity}`, the answer of a finished
     * enrolment. When a second factor is due, rejects with a SecondFactorDue
     * naming the step, and the sign-in page shows it.
     */
    async login(params: LoginParams) {
      if (params.identity !== undefined) {
        cached = { identity: Promise.resolve(toIdentity(params.identity)), at: Date.now() }
        return
      }
      const isSecondStep = params.code !== undefined || params.recoveryCode !== undefined
      const body = isSecondStep
        ? params.code !== undefined
          ? { code: params.code }
          : { recoveryCode: params.recoveryCode }
        : { email: params.email ?? params.username ?? '', password: params.password ?? '' }
      const response = await request(isSecondStep ? '/auth/mfa/verify' : '/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      if (!response.ok) throw new Error(await messageOf(response))
      const answer: unknown = await response.json()
      if (typeof answer === 'object' && answer !== null && 'mfa' in answer) {
        if (answer.mfa === 'required' || answer.mfa === 'enrol') throw new SecondFactorDue(answer.mfa)
      }
      const signedIn = toIdentity(answer)
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
      // 401: the session is gone. Stay on the page, so a form keeps what was typed, and say so (SessionGuard.tsx).
      // 403: signed in but not allowed; stay.
      if (statusOf(error) === 401) {
        cached = null
        announceSessionEnded()
        throw Object.assign(new Error('rcm.session.endedTitle'), { logoutUser: false, message: false })
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
