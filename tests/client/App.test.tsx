import { configure, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { localStorageStore } from 'react-admin'
import { afterEach, beforeAll, expect, test, vi } from 'vitest'
import { App } from '../../client/src/App'
import { createAuthProvider } from '../../client/src/providers/authProvider'
import { createI18nProvider, resolveInitialLocale } from '../../client/src/providers/i18nProvider'
import { fakeAuthProvider } from '../support/fake-auth-provider'
import { eventRecord, fakeDataProvider } from '../support/fake-data-provider'
import { emulateScreenWidth } from '../support/screen-width'

// The whole app, signed in through the authProvider, takes a while to render in jsdom.
configure({ asyncUtilTimeout: 8000 })

// The app loads each page when first opened; the first import of the events list compiles its modules, which in
// jsdom under a parallel suite can outlast the waits below. Compile it first: the tests then wait for rendering only.
beforeAll(async () => {
  await import('../../client/src/events/EventList')
}, 60_000)

afterEach(() => {
  vi.unstubAllGlobals()
  document.documentElement.lang = 'en'
  document.title = ''
  localStorage.clear()
  window.location.hash = ''
})

// Role queries over the whole app are slow in jsdom: look inside the app bar.
const appBar = () => {
  const header = document.querySelector('header')
  if (!header) throw new Error('no app bar')
  return within(header)
}

const appBarFound = async (text: string) => {
  const header = await screen.findByRole('banner')
  return within(header).findByText(text)
}

const dataProvider = () =>
  fakeDataProvider({
    events: [eventRecord({ id: 1, title: { en: 'Regional forum', es: 'Foro regional' }, startDate: null })],
  })

// The whole app, rendered in one language and then in the other.
test('switches the interface to Spanish from the app bar, and remembers the choice', { timeout: 40_000 }, async () => {
  window.location.hash = '#/events'
  // The pointer-events check reads computed styles up the tree: slow over the whole app in jsdom.
  const user = userEvent.setup({ pointerEventsCheck: 0 })
  const store = localStorageStore()
  const view = render(
    <App
      dataProvider={dataProvider()}
      authProvider={fakeAuthProvider('editor')}
      i18nProvider={createI18nProvider('en')}
      store={store}
    />,
  )

  expect(await screen.findByText('Regional forum')).toBeInTheDocument()
  expect(screen.getByText('to be confirmed')).toBeInTheDocument()
  await user.click(appBar().getByRole('button', { name: 'English' }))
  const menu = await screen.findByRole('menu', { hidden: false })
  await user.click(within(menu).getByRole('menuitem', { name: 'Español' }))

  expect(await screen.findByText('Foro regional')).toBeInTheDocument()
  expect(screen.getByText('por confirmar')).toBeInTheDocument()
  expect(screen.getByText('Exportar')).toBeInTheDocument()
  // The search box is named by an attribute a screen reader reads, not by its placeholder alone.
  expect(screen.getByPlaceholderText('Buscar')).toHaveAttribute('aria-label', 'Buscar')
  expect(appBar().getByRole('button', { name: 'Español' })).toBeInTheDocument()
  expect(document.documentElement.lang).toBe('es')
  // react-admin keeps the choice in its localStorage store…
  expect(store.getItem('locale')).toBe('es')
  expect(localStorage.getItem('RaStore.locale')).toBe('"es"')
  view.unmount()

  // …so the next visit opens in Spanish.
  expect(resolveInitialLocale(localStorageStore().getItem('locale'), ['en-US'])).toBe('es')
  window.location.hash = '#/events'
  render(
    <App
      dataProvider={dataProvider()}
      authProvider={fakeAuthProvider('editor')}
      i18nProvider={createI18nProvider('en')}
      store={localStorageStore()}
    />,
  )
  expect(await screen.findByText('Foro regional')).toBeInTheDocument()
})

test('lists the three resources in the menu, in the interface language', async () => {
  window.location.hash = '#/events'
  render(
    <App
      dataProvider={dataProvider()}
      authProvider={fakeAuthProvider('editor')}
      i18nProvider={createI18nProvider('es')}
      store={localStorageStore()}
    />,
  )

  await screen.findByText('Foro regional')
  expect(screen.getByRole('menuitem', { name: 'Eventos' })).toBeInTheDocument()
  expect(screen.getByRole('menuitem', { name: 'Lugares' })).toBeInTheDocument()
  expect(screen.getByRole('menuitem', { name: 'Instituciones' })).toBeInTheDocument()
})

// Two whole apps rendered one after the other, with role queries over each: twice a page's time in jsdom.
test(
  'shows the users, the audit log and webhooks in the menu to an administrator only',
  { timeout: 40_000 },
  async () => {
    window.location.hash = '#/events'
    const view = render(
      <App
        dataProvider={dataProvider()}
        authProvider={fakeAuthProvider('admin')}
        i18nProvider={createI18nProvider('en')}
        store={localStorageStore()}
      />,
    )
    await screen.findByText('Regional forum')
    expect(await screen.findByRole('menuitem', { name: 'Users' })).toBeInTheDocument()
    expect(screen.getByRole('menuitem', { name: 'Audit log' })).toBeInTheDocument()
    expect(screen.getByRole('menuitem', { name: 'Webhooks' })).toBeInTheDocument()
    // The shortcut says how many events it holds (the fake lists one, whatever the filter).
    expect(await screen.findByRole('menuitem', { name: 'Awaiting review 1' })).toBeInTheDocument()
    // "Events" after a shortcut lists every event again: its link carries an empty filter.
    expect(screen.getByRole('menuitem', { name: 'Events' })).toHaveAttribute('href', '#/events?filter=%7B%7D')
    view.unmount()

    window.location.hash = '#/events'
    render(
      <App
        dataProvider={dataProvider()}
        authProvider={fakeAuthProvider('editor')}
        i18nProvider={createI18nProvider('en')}
        store={localStorageStore()}
      />,
    )
    await screen.findByText('Regional forum')
    expect(await screen.findByRole('menuitem', { name: 'Institutions' })).toBeInTheDocument()
    expect(screen.queryByRole('menuitem', { name: 'Users' })).not.toBeInTheDocument()
    expect(screen.queryByRole('menuitem', { name: 'Audit log' })).not.toBeInTheDocument()
    expect(screen.queryByRole('menuitem', { name: 'Webhooks' })).not.toBeInTheDocument()
    expect(screen.queryByRole('menuitem', { name: /^Awaiting review/ })).not.toBeInTheDocument()
  },
)

test('opens on the dashboard, greeting the user in the interface language', async () => {
  render(
    <App
      dataProvider={dataProvider()}
      authProvider={fakeAuthProvider('editor')}
      i18nProvider={createI18nProvider('es')}
      store={localStorageStore()}
    />,
  )

  expect(await screen.findByRole('heading', { level: 1, name: /^Hola, / })).toBeInTheDocument()
  expect(await screen.findByRole('heading', { name: 'Sus borradores' })).toBeInTheDocument()
  expect(screen.getByText('Aún no hay publicaciones programadas.')).toBeInTheDocument()
})

test('asks a signed-out visitor to sign in, in the interface language, with the language switcher at hand', async () => {
  const signedOut = async () =>
    new Response(JSON.stringify({ message: 'Sign in first' }), {
      status: 401,
      headers: { 'Content-Type': 'application/json' },
    })
  const authProvider = createAuthProvider('/api', signedOut)
  render(
    <App
      dataProvider={dataProvider()}
      authProvider={authProvider}
      i18nProvider={createI18nProvider('es')}
      store={localStorageStore()}
    />,
  )

  expect(await screen.findByRole('button', { name: 'Iniciar sesión' })).toBeInTheDocument()
  expect(screen.getByLabelText(/Correo electrónico/)).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Español' })).toBeInTheDocument()
  // Marked as Spanish for screen readers, and the tab named in Spanish, before anyone signs in.
  expect(document.documentElement.lang).toBe('es')
  expect(document.title).toBe('Calendario de eventos de la CRM')
})

test('names the app in the interface language on a page that does not exist', async () => {
  window.location.hash = '#/no-such-page'
  render(
    <App
      dataProvider={dataProvider()}
      authProvider={fakeAuthProvider('editor')}
      i18nProvider={createI18nProvider('es')}
      store={localStorageStore()}
    />,
  )

  expect(await appBarFound('Calendario de eventos de la CRM')).toBeInTheDocument()
  expect(document.title).toBe('Calendario de eventos de la CRM')
})

test('on a phone in Spanish: the events list sorts from a menu, and the pager and user menu are named in Spanish', async () => {
  emulateScreenWidth(390)
  window.location.hash = '#/events'
  const user = userEvent.setup({ pointerEventsCheck: 0 })
  const provider = fakeDataProvider({
    events: Array.from({ length: 30 }, (_, index) =>
      eventRecord({ id: index + 1, title: { en: `Forum ${index + 1}`, es: `Foro ${index + 1}` } }),
    ),
  })
  render(
    <App
      dataProvider={provider}
      authProvider={fakeAuthProvider('editor', 'Elena Editora')}
      i18nProvider={createI18nProvider('es')}
      store={localStorageStore()}
    />,
  )

  await screen.findByText('Foro 1')
  expect(await appBar().findByRole('button', { name: 'Perfil' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Ir a la página siguiente' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Ir a la página anterior' })).toBeDisabled()

  await user.click(screen.getByRole('button', { name: 'Ordenar por fecha de inicio descendente' }))
  await user.click(await screen.findByRole('menuitem', { name: 'Título ascendente' }))
  await waitFor(() =>
    expect(provider.getList.mock.lastCall?.[1]).toMatchObject({ sort: { field: 'title', order: 'ASC' } }),
  )
})
