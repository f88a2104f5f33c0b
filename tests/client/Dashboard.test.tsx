import type { EventSummary } from '@rcm/shared'
import { screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { Dashboard } from '../../client/src/dashboard/Dashboard'
import { fakeAuthProvider } from '../support/fake-auth-provider'
import { emptyDashboard, fakeDataProvider } from '../support/fake-data-provider'
import { renderAdmin } from '../support/render-admin'

const summary = (id: number, en: string, es = en, overrides: Partial<EventSummary> = {}): EventSummary => ({
  id,
  title: { en, es },
  status: 'draft',
  startDate: '2026-06-10',
  endDate: null,
  updatedAt: '2026-05-01T10:00:00.000Z',
  ...overrides,
})

const panel = (name: string) => within(screen.getByRole('region', { name }))
const query = (href: string | null) => new URLSearchParams((href ?? '').split('?')[1])

test("a reviewer's day: what awaits review with who submitted it, and each panel links to the list that counts it", async () => {
  const dataProvider = fakeDataProvider(
    {},
    {
      getDashboard: vi.fn(async () => ({
        data: emptyDashboard({
          awaitingReview: {
            total: 7,
            items: [
              {
                event: summary(3, 'Regional forum', 'Foro regional', { status: 'in_review' }),
                step: { action: 'submit', by: 'Ana Pérez', at: '2026-05-01T10:00:00.000Z', comment: null },
              },
            ],
          },
          missing: { date: 2, contact: 0, venue: 0, en: 0, es: 4 },
        }),
      })),
    },
  )
  renderAdmin(<Dashboard />, { dataProvider, authProvider: fakeAuthProvider('reviewer', 'Rosa Reviewer') })

  expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Rosa Reviewer' })).toBeInTheDocument()
  const awaiting = panel('Awaiting your review')
  expect(awaiting.getByText('7')).toBeInTheDocument()
  expect(awaiting.getByRole('link', { name: 'Regional forum' })).toHaveAttribute('href', '/events/3/show')
  expect(awaiting.getByText(/^Submitted by Ana Pérez, /)).toBeInTheDocument()
  const all = query(awaiting.getByRole('link', { name: 'See all 7' }).getAttribute('href'))
  expect(JSON.parse(all.get('filter') ?? '')).toEqual({ status: 'in_review' })
  expect(all.get('sort')).toBe('updatedAt')

  const missing = panel('Missing pieces')
  expect(
    JSON.parse(
      query(missing.getByRole('link', { name: 'Spanish incomplete' }).getAttribute('href')).get('filter') ?? '',
    ),
  ).toMatchObject({
    incompleteLanguage: 'es',
  })
  expect(missing.getByRole('link', { name: 'No date' })).toBeInTheDocument()
  expect(missing.queryByRole('link', { name: 'No contact e-mail' })).not.toBeInTheDocument()
})

test("an editor sees the reviewer's comment on an event sent back, in Spanish, and no review panel", async () => {
  const dataProvider = fakeDataProvider(
    {},
    {
      getDashboard: vi.fn(async () => ({
        data: emptyDashboard({
          changesRequested: {
            total: 1,
            items: [
              {
                event: summary(5, 'Workshop', 'Taller'),
                step: {
                  action: 'request-changes',
                  by: 'Rosa',
                  at: '2026-05-02T10:00:00.000Z',
                  comment: 'Falta la sede',
                },
              },
            ],
          },
        }),
      })),
    },
  )
  renderAdmin(<Dashboard />, { dataProvider, locale: 'es', authProvider: fakeAuthProvider('editor') })

  const sentBack = await screen.findByRole('region', { name: 'Devueltos con cambios' })
  expect(within(sentBack).getByRole('link', { name: 'Taller' })).toBeInTheDocument()
  expect(within(sentBack).getByText('Falta la sede')).toBeInTheDocument()
  expect(screen.queryByRole('region', { name: 'Por revisar' })).not.toBeInTheDocument()
  expect(panel('Sus borradores').getByText('No tiene borradores. Cree un evento para empezar uno.')).toBeInTheDocument()
})

test('the page is "Inicio" as in the menu; the link to the list reads "Verlo en la lista" for one event and "Ver los 12" for more', async () => {
  const dashboard = emptyDashboard({
    myDrafts: { total: 1, items: [summary(8, 'Workshop', 'Taller')] },
    upcoming: { total: 12, items: [summary(9, 'Forum', 'Foro')] },
  })
  const dataProvider = fakeDataProvider({}, { getDashboard: vi.fn(async () => ({ data: dashboard })) })
  const view = renderAdmin(
    <>
      <header aria-label="App bar">
        <span id="react-admin-title" />
      </header>
      <Dashboard />
    </>,
    { dataProvider, locale: 'es', authProvider: fakeAuthProvider('editor') },
  )
  // The app bar names the page as the menu does.
  expect(await within(screen.getByRole('banner', { name: 'App bar' })).findByText('Inicio')).toBeInTheDocument()

  const drafts = within(await screen.findByRole('region', { name: 'Sus borradores' }))
  expect(drafts.getByRole('link', { name: 'Verlo en la lista' })).toHaveAttribute(
    'href',
    expect.stringMatching(/^\/events\?/),
  )
  expect(panel('En los próximos 60 días').getByRole('link', { name: 'Ver los 12' })).toBeInTheDocument()
  view.unmount()

  renderAdmin(<Dashboard />, { dataProvider, authProvider: fakeAuthProvider('editor') })
  expect(
    within(await screen.findByRole('region', { name: 'Your drafts' })).getByRole('link', {
      name: 'See it in the list',
    }),
  ).toBeInTheDocument()
  expect(panel('In the next 60 days').getByRole('link', { name: 'See all 12' })).toBeInTheDocument()
})
