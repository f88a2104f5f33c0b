import { KEPT_LIST_PARAMS, PREFERENCE_KEY_PATTERN } from '@rcm/shared'
import type { AuthProvider, Identifier, Store } from 'react-admin'
import type { PreferencesApi } from './preferencesApi'

/** Whose list preferences the store holds; reset with the store at sign-out. */
export const OWNER_KEY = 'preferences.owner'

/** How long a list's params rest before they are sent: a user clicking through sorts sends the last one. */
const SAVE_DELAY_MS = 1000
/** The longest a sign-in waits for the preferences, and a sign-out for the last saves. */
const WAIT_LIMIT_MS = 4000

/** A store key kept on the server: a list's params or saved queries (`events.listParams`). */
export const isServerKey = (key: string) => PREFERENCE_KEY_PATTERN.test(key)

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * What of a store value the server keeps: a list's params without the page
 * (react-admin writes the page with them), the saved queries as they are.
 */
function keptValue(key: string, value: unknown): unknown {
  if (!key.endsWith('.listParams') || !isRecord(value)) return value
  const kept: Record<string, unknown> = {}
  for (const field of KEPT_LIST_PARAMS) {
    if (value[field] !== undefined) kept[field] = value[field]
  }
  // A page size read back from the address bar is a string.
  if (kept.perPage !== undefined) kept.perPage = Number(kept.perPage)
  return kept
}

const withinLimit = <T>(promise: Promise<T>): Promise<T | undefined> =>
  Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(resolve, WAIT_LIMIT_MS))])

/** A preference that could not be loaded or kept: the list still works with the browser's copy. */
const quietly = (error: unknown) => console.warn('List preferences:', error)

export interface ServerPreferencesOptions {
  authProvider: AuthProvider
  /** The store react-admin would use alone, e.g. localStorageStore(). */
  store: Store
  api: PreferencesApi
  /** How long a change rests before it is sent; tests shorten it. */
  saveDelayMs?: number
}

/**
 * Makes each list's remembered params and saved queries belong to the
 * signed-in user rather than to the browser (docs/decisions/025-list-preferences-per-user.md):
 *
 * - the store sends what react-admin writes under `<list>.listParams` and
 *   `<list>.savedQueries` to the server, a moment later and never in the
 *   way: a failure is logged and the list goes on;
 * - signing in (or a page finding a session of another user than the one
 *   the store holds preferences of) replaces those keys with the user's
 *   own from the server before the first list opens;
 * - signing out sends what is still waiting first; react-admin then clears
 *   the store, so the next user of the browser starts from nothing.
 *
 * Every other key (the language, the translation layout) stays in the browser only.
 */
export function withServerPreferences({
  authProvider,
  store,
  api,
  saveDelayMs = SAVE_DELAY_MS,
}: ServerPreferencesOptions): { authProvider: AuthProvider; store: Store } {
  /** The user the store's writes are sent for; null while nobody is known to be signed in. */
  let userId: string | null = null
  /** The JSON the server holds for each key, as far as this page knows: a write of the same is not sent. */
  const onServer = new Map<string, string>()
  /** Writes waiting to be sent, by key; undefined forgets the key. */
  const pending = new Map<string, unknown>()
  let timer: ReturnType<typeof setTimeout> | undefined

  function flush(options: { keepalive?: boolean } = {}): Promise<unknown> {
    clearTimeout(timer)
    timer = undefined
    const writes = [...pending]
    pending.clear()
    return Promise.all(
      writes.map(async ([key, value]) => {
        try {
          if (value === undefined) await api.remove(key, options)
          else await api.save(key, value, options)
          if (value === undefined) onServer.delete(key)
          else onServer.set(key, JSON.stringify(value))
        } catch (error) {
          quietly(error)
        }
      }),
    )
  }

  function queue(key: string, value: unknown) {
    if (userId === null || !isServerKey(key)) return
    const kept = value === undefined ? undefined : keptValue(key, value)
    if ((kept === undefined ? undefined : JSON.stringify(kept)) === onServer.get(key)) {
      pending.delete(key)
      return
    }
    pending.set(key, kept)
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), saveDelayMs)
  }

  /** The store's keys that mirror the server's, with their values. */
  const serverKeysInStore = () => Object.entries(store.listItems?.() ?? {}).filter(([key]) => isServerKey(key))

  /**
   * Makes the store hold `id`'s preferences. The store's own are kept when
   * they are this user's; those of a browser whose store has no owner yet
   * are offered to the server for the keys it lacks; another user's are dropped.
   */
  async function signIn(id: Identifier) {
    const owner = store.getItem<string>(OWNER_KEY)
    userId = String(id)
    pending.clear()
    onServer.clear()
    const local = serverKeysInStore()
    const loaded = await withinLimit(api.load()).catch((error: unknown) => {
      quietly(error)
      return undefined
    })
    if (owner !== undefined && owner !== userId) {
      for (const [key] of local) store.removeItem(key)
    }
    if (loaded === undefined) {
      store.setItem(OWNER_KEY, userId)
      return
    }
    for (const [key, value] of Object.entries(loaded)) {
      if (!isServerKey(key)) continue
      onServer.set(key, JSON.stringify(value))
      const here = store.getItem<unknown>(key)
      // Keep the page the browser is on when the rest of a list's params are the user's.
      store.setItem(key, key.endsWith('.listParams') && isRecord(here) ? { ...here, ...(value as object) } : value)
    }
    for (const [key, value] of local) {
      if (Object.hasOwn(loaded, key)) continue
      if (owner === undefined) queue(key, value)
      else if (owner === userId) store.removeItem(key)
    }
    store.setItem(OWNER_KEY, userId)
  }

  async function identityId(): Promise<Identifier | undefined> {
    const identity = await authProvider.getIdentity?.()
    return identity?.id
  }

  /** After a page found a session: load the preferences when the store holds none of this user's. */
  async function followSession() {
    const id = await identityId()
    if (id === undefined || String(id) === userId) return
    if (store.getItem<string>(OWNER_KEY) === String(id)) userId = String(id)
    else await signIn(id)
  }

  const onPageHide = () => void flush({ keepalive: true })

  const syncedStore: Store = {
    ...store,
    setup() {
      store.setup()
      if (typeof window !== 'undefined') window.addEventListener('pagehide', onPageHide)
    },
    teardown() {
      if (typeof window !== 'undefined') window.removeEventListener('pagehide', onPageHide)
      store.teardown()
    },
    setItem(key, value) {
      store.setItem(key, value)
      queue(key, value)
    },
    removeItem(key) {
      store.removeItem(key)
      queue(key, undefined)
    },
    removeItems(prefix) {
      const keys = Object.keys(store.listItems?.(prefix) ?? {})
      store.removeItems(prefix)
      for (const key of keys) queue(key, undefined)
    },
    reset() {
      // Signing out: the user's preferences stay on the server, the browser forgets them.
      clearTimeout(timer)
      pending.clear()
      onServer.clear()
      userId = null
      store.reset()
    },
  }

  const syncedAuthProvider: AuthProvider = {
    ...authProvider,
    async login(params) {
      const answer: unknown = await authProvider.login(params)
      const id = await identityId()
      if (id !== undefined) await signIn(id)
      return answer
    },
    async logout(params) {
      await withinLimit(flush())
      userId = null
      return authProvider.logout(params)
    },
    async checkAuth(params) {
      await authProvider.checkAuth(params)
      await followSession().catch(quietly)
    },
  }

  return { authProvider: syncedAuthProvider, store: syncedStore }
}
