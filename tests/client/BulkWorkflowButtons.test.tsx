import type { BulkStep } from '@rcm/shared'
import { screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { EventList } from '../../client/src/events/EventList'
import { fakeAuthProvider } from '../support/fake-auth-provider'
import { eventRecord, fakeDataProvider } from '../support/fake-data-provider'
import { button, setupUser } from '../support/form-queries'
import { POLL, renderAdmin } from '../support/render-admin'

test('submits the selected events in one call, each with the version listed; the server answers per event and the refusals are listed', async () => {
  const user = setupUser()
  const bulkStep = vi.fn(async ({ ids }: BulkStep) => ({
    data: ids.map((id) =>
      id === 2
        ? { id, status: 409, message: 'Cannot submit an event that is archived' }
        : { id, status: 200 as const, event: eventRecord({ id, status: 'in_review' }) },
    ),
  }))
  const dataProvider = fakeDataProvider(
    {
      events: [
        { id: 1, version: 1 },
        { id: 2, version: 4 },
        { id: 3, version: 2 },
      ].map(({ id, version }) => eventRecord({ id, version, title: { en: `Workshop ${id}`, es: '' } })),
    },
    { bulkStep },
  )
  renderAdmin(<EventList />, { resource: 'events', dataProvider, authProvider: fakeAuthProvider('editor') })

  await screen.findByText('Workshop 3')
  await user.click(screen.getByRole('checkbox', { name: 'Select all' }))
  await user.click(button('Submit for review'))
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm' }))

  await expect
    .poll(() => bulkStep.mock.calls[0]?.[0], POLL)
    .toEqual({ step: 'submit', ids: [1, 2, 3], versions: [1, 4, 2] })
  expect(
    await screen.findByText('2 of 3 done; not done: #2: Cannot submit an event that is archived'),
  ).toBeInTheDocument()
})

test('an editor is not offered archiving; a reviewer is', async () => {
  const events = [eventRecord({ id: 1, title: { en: 'Workshop 1', es: '' } })]
  const user = setupUser()
  const { unmount } = renderAdmin(<EventList />, {
    resource: 'events',
    dataProvider: fakeDataProvider({ events }),
    authProvider: fakeAuthProvider('editor'),
  })
  await user.click(await screen.findByRole('checkbox', { name: 'Select all' }))
  expect(await screen.findByRole('button', { name: 'Submit for review' })).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Archive' })).toBeNull()
  unmount()

  renderAdmin(<EventList />, {
    resource: 'events',
    dataProvider: fakeDataProvider({ events }),
    authProvider: fakeAuthProvider('reviewer'),
  })
  await user.click(await screen.findByRole('checkbox', { name: 'Select all' }))
  expect(await screen.findByRole('button', { name: 'Archive' })).toBeInTheDocument()
})
