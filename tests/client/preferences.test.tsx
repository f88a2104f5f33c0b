import { configure, render, screen, waitForElementToBeRemoved, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { localStorageStore } from 'react-admin'
import { afterEach, expect, test, vi } from 'vitest'
import { App } from '../../client/src/App'
import { createPreferencesApi } from '../../client/src/preferences/preferencesApi'
import { withServerPreferences } from '../../client/src/preferences/serverPreferences'
import { createAuthProvider } from '../../client/src/providers/authProvider'
import { createI18nProvider } from '../../client/src/providers/i18nProvider'
import { eventRecord, fakeDataProvider } from '../support/fake-data-provider'
import { POLL } from '../support/render-admin'

// The whole app, signing in and out, takes a while in jsdom.
configure({ asyncUtilTimeout: 8000 })

afterEach(() => {
  window.location.hash = ''
})

const USERS = [
  { id: 7, email: 'ana@example.org', fullName: 'Ana Editor', role: 'editor' },
  { id: 8, email: 'luis@example.org', fullName: 'Luis Editor', role: 'editor' },
] as const

const json = (status: number, body: unknown) =>
  new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  })

/**
 * The API's sign-in and preferences, as the server answers them (the API
 * tests check the real one): one session at a time, each user's own preferences.
 */
function fakeServer() {
  let signedIn: (typeof USERS)[number] | null = null
  const preferences = new Map<number, Record<string, unknown>>()
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET'
    const path = url.replace(/^\/api/, '')
    if (path === '/auth/login') {
      const { email } = JSON.parse(String(init.body)) as { email: string }
      signedIn = USERS.find((user) => user.email === email) ?? null
      return signedIn ? json(200, signedIn) : json(401, { message: 'Wrong email or password' })
    }
    if (path === '/auth/logout') {
      signedIn = null
      return json(204, null)
    }
    if (signedIn === null) return json(401, { message: 'Sign in first' })
    if (path === '/auth/me') return json(200, signedIn)
    const own = preferences.get(signedIn.id) ?? {}
    preferences.set(signedIn.id, own)
    const key = decodeURIComponent(path.replace('/preferences/', ''))
    if (path === '/preferences') return json(200, own)
    if (method === 'PUT') own[key] = JSON.parse(String(init.body))
    if (method === 'DELETE') delete own[key]
    return method === 'DELETE' ? json(204, null) : json(200, own[key])
  })
  return { fetch, preferences }
}

/** The app over the fake server, with the stores the browser keeps between page loads. */
function theApp() {
  const server = fakeServer()
  const dataProvider = fakeDataProvider({
    events: [
      eventRecord({ id: 1, title: { en: 'Regional forum', es: '' }, startDate: '2026-05-04' }),
      eventRecord({ id: 2, title: { en: 'Border workshop', es: '' }, startDate: '2026-06-01' }),
    ],
  })
  const { authProvider, store } = withServerPreferences({
    authProvider: createAuthProvider('/api', server.fetch, () => 'en'),
    store: localStorageStore(),
    api: createPreferencesApi('/api', server.fetch, () => 'en'),
    saveDelayMs: 10,
  })
  let view: ReturnType<typeof render> | undefined
  return {
    server,
    dataProvider,
    /** Opens the events list, which asks to sign in first. */
    open() {
      window.location.hash = '#/events'
      view = render(
        <App
          dataProvider={dataProvider}
          authProvider={authProvider}
          store={store}
          i18nProvider={createI18nProvider('en')}
        />,
      )
    },
    /**
     * Signs out as react-admin's Logout does (authProvider.logout, then the
     * store reset), and closes the page: in jsdom the login page does not
     * come back after an in-page sign-out (the browser test signs out from the menu).
     */
    async signOut() {
      await authProvider.logout({})
      store.reset()
      view?.unmount()
    },
  }
}

async function signIn(user: UserEvent, email: string) {
  await user.type(await screen.findByLabelText('Email', { exact: false }), email)
  await user.type(screen.getByLabelText('Password', { exact: false }), 'a long password')
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
  await screen.findByText('Regional forum')
}

/** The sort of the events list's latest request. */
const lastSort = (dataProvider: ReturnType<typeof fakeDataProvider>) =>
  dataProvider.getList.mock.calls.filter(([resource]) => resource === 'events').at(-1)?.[1].sort

/** The saved queries the events list's filter menu offers. */
async function savedQueriesInMenu(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Add filter' }))
  const menu = await screen.findByRole('menu')
  const names = within(menu)
    .queryAllByRole('menuitem')
    .map((item) => item.textContent ?? '')
  await user.keyboard('{Escape}')
  return names
}

test("a list's sort and a saved query follow their user through sign-out and sign-in, and no other user sees them", async () => {
  const user = userEvent.setup({ pointerEventsCheck: 0 })
  const app = theApp()
  const { server, dataProvider } = app
  app.open()

  await signIn(user, 'ana@example.org')
  await user.click(screen.getByRole('button', { name: 'Sort by title ascending' }))
  await expect.poll(() => lastSort(dataProvider), POLL).toEqual({ field: 'title', order: 'ASC' })
  // The search box has no accessible name, only its placeholder.
  await user.type(screen.getByPlaceholderText('Search'), 'forum')
  await user.click(screen.getByRole('button', { name: 'Add filter' }))
  await user.click(await screen.findByRole('menuitem', { name: 'Save current query...' }))
  const dialog = await screen.findByRole('dialog')
  await user.type(within(dialog).getByRole('textbox', { name: 'Query name' }), 'Forums by title')
  await user.click(within(dialog).getByRole('button', { name: 'Save' }))
  await waitForElementToBeRemoved(dialog)
  await expect
    .poll(() => server.preferences.get(7)?.['events.savedQueries'], POLL)
    .toEqual([expect.objectContaining({ label: 'Forums by title' })])

  await app.signOut()
  // The browser forgets them; the next user starts from the list's defaults.
  expect(Object.keys(localStorage).filter((key) => key.includes('events.'))).toEqual([])
  app.open()
  await signIn(user, 'luis@example.org')
  await expect.poll(() => lastSort(dataProvider), POLL).toEqual({ field: 'startDate', order: 'DESC' })
  expect(await savedQueriesInMenu(user)).not.toContainEqual(expect.stringContaining('Forums by title'))
  await app.signOut()

  app.open()
  await signIn(user, 'ana@example.org')
  await expect.poll(() => lastSort(dataProvider), POLL).toEqual({ field: 'title', order: 'ASC' })
  expect(await savedQueriesInMenu(user)).toContainEqual(expect.stringContaining('Forums by title'))
  expect(server.preferences.get(8)).toEqual({})
}, 90_000)
