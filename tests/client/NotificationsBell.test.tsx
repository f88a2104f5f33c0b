import type { Notification } from '@rcm/shared'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { DataProvider } from 'react-admin'
import { expect, test, vi } from 'vitest'
import { NotificationsBell } from '../../client/src/notifications/NotificationsBell'
import { fakeDataProvider } from '../support/fake-data-provider'
import { POLL, renderAdmin } from '../support/render-admin'

const notice = (id: number, overrides: Partial<Notification> = {}): Notification => ({
  id,
  type: 'submitted',
  eventId: id * 10,
  eventTitle: { en: `Workshop ${id}`, es: `Taller ${id}` },
  actorName: 'Ana Pérez',
  step: null,
  comment: null,
  createdAt: '2026-05-01T10:00:00.000Z',
  read: false,
  ...overrides,
})

/** A server of two unread notices that marks them read as the API does. */
function noticesServer() {
  const notices = [
    notice(2, { type: 'changes-requested', actorName: 'Luis Gómez', comment: 'Add the agenda' }),
    notice(1),
  ]
  const unread = () => notices.filter((one) => !one.read)
  return fakeDataProvider(
    {},
    {
      getList: vi.fn(async () => ({ data: unread(), total: unread().length })) as DataProvider['getList'],
      markNotificationsRead: vi.fn(async (params: { ids?: number[]; all?: true }) => {
        for (const one of notices) if (params.all || params.ids?.includes(one.id)) one.read = true
        return { data: { unread: unread().length } }
      }),
      getNotificationPreferences: vi.fn(async () => ({ data: { email: 'immediate', language: 'en' } })),
      setNotificationPreferences: vi.fn(async (params: unknown) => ({ data: params })),
    },
  )
}

test('the bell counts the unread notices, lists each with a link to its event, and marks them all read', async () => {
  const dataProvider = noticesServer()
  renderAdmin(<NotificationsBell />, { dataProvider })

  await userEvent.click(await screen.findByRole('button', { name: 'Notices, 2 unread' }))
  const menu = screen.getByRole('menu')
  expect(
    within(menu).getByRole('menuitem', { name: /Luis Gómez requested changes on “Workshop 2”: Add the agenda/ }),
  ).toHaveAttribute('href', '/events/20/show')
  expect(within(menu).getByRole('menuitem', { name: /Ana Pérez submitted “Workshop 1” for review\./ })).toHaveAttribute(
    'href',
    '/events/10/show',
  )

  await userEvent.click(within(menu).getByRole('menuitem', { name: 'Mark all as read' }))
  expect(dataProvider.markNotificationsRead).toHaveBeenCalledWith({ all: true })
  expect(await screen.findByRole('menuitem', { name: 'No unread notices.' })).toBeInTheDocument()
  await userEvent.keyboard('{Escape}')
  expect(await screen.findByRole('button', { name: 'Notices, 0 unread' })).toBeInTheDocument()
})

test('following a notice marks it read; the texts are in the interface language', async () => {
  const dataProvider = noticesServer()
  renderAdmin(<NotificationsBell />, { dataProvider, locale: 'es' })

  await userEvent.click(await screen.findByRole('button', { name: 'Avisos, 2 sin leer' }))
  await userEvent.click(screen.getByRole('menuitem', { name: /Ana Pérez ha enviado «Taller 1» a revisión\./ }))
  expect(dataProvider.markNotificationsRead).toHaveBeenCalledWith({ ids: [1] })
  expect(await screen.findByRole('button', { name: 'Avisos, 1 sin leer' })).toBeInTheDocument()
  // The interface is in Spanish, so the mails are too.
  await expect
    .poll(() => dataProvider.setNotificationPreferences, POLL)
    .toHaveBeenCalledWith({
      email: 'immediate',
      language: 'es',
    })
})

test('in the Spanish interface a notice says when it came in Spanish words and 24-hour time, whatever the browser', async () => {
  renderAdmin(<NotificationsBell />, { dataProvider: noticesServer(), locale: 'es' })

  await userEvent.click(await screen.findByRole('button', { name: /Avisos/ }))
  const item = within(screen.getByRole('menu')).getByRole('menuitem', { name: /Ana Pérez ha enviado/ })
  expect(item).toHaveTextContent(/\b1 may 2026, \d{2}:\d{2}$/)
  expect(item).not.toHaveTextContent(/AM|PM|5\/1\/2026/)
})
