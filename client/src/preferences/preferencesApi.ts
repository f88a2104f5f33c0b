import { i18nProvider } from '../providers/i18nProvider'

type Fetch = (url: string, init?: RequestInit) => Promise<Response>

/** The signed-in user's list preferences on the server (docs/contract.md, "List preferences"). */
export interface PreferencesApi {
  /** Every preference of the signed-in user, by key. */
  load(): Promise<Record<string, unknown>>
  /** `keepalive`: the request outlives the page (sent while it closes). */
  save(key: string, value: unknown, options?: { keepalive?: boolean }): Promise<void>
  remove(key: string, options?: { keepalive?: boolean }): Promise<void>
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * `/api/preferences` through fetch, with the session cookie and the
 * interface language (the server's refusals are written in it). Outside the
 * dataProvider because react-admin's Store calls it, outside any component.
 */
export function createPreferencesApi(
  apiUrl = '/api',
  fetchFn: Fetch = (...args) => fetch(...args),
  getLocale: () => string = () => i18nProvider.getLocale(),
): PreferencesApi {
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetchFn(`${apiUrl}/preferences${path}`, {
      credentials: 'include',
      ...init,
      headers: { Accept: 'application/json', 'Accept-Language': getLocale(), ...init.headers },
    })
    if (!response.ok) {
      const body: unknown = await response.json().catch(() => null)
      const message = isRecord(body) && typeof body.message === 'string' ? body.message : response.statusText
      throw new Error(`${init.method ?? 'GET'} /preferences${path}: ${response.status} ${message}`)
    }
    return response
  }
  return {
    async load() {
      const body: unknown = await (await call('')).json()
      if (!isRecord(body)) throw new Error('GET /preferences: not an object')
      return body
    },
    async save(key, value, { keepalive = false } = {}) {
      await call(`/${encodeURIComponent(key)}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(value),
        keepalive,
      })
    },
    async remove(key, { keepalive = false } = {}) {
      await call(`/${encodeURIComponent(key)}`, { method: 'DELETE', keepalive })
    },
  }
}
