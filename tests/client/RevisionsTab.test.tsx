import type { Revision } from '@rcm/shared'
import { screen, waitFor, within } from '@testing-library/react'
import { RecordContextProvider } from 'react-admin'
import { expect, test, vi } from 'vitest'
import { RevisionsTab } from '../../client/src/revisions/RevisionsTab'
import { fakeAuthProvider } from '../support/fake-auth-provider'
import { eventRecord, fakeDataProvider } from '../support/fake-data-provider'
import { setupUser } from '../support/form-queries'
import { POLL, renderAdmin } from '../support/render-admin'

const revision = (id: number, version: number, city: string, action: Revision['action']): Revision => ({
  id,
  eventId: 7,
  version,
  action,
  userId: 1,
  userName: 'Ana Editor',
  createdAt: `2026-03-0${id}T10:00:00.000Z`,
  comment: null,
  data: eventRecord({ id: 7, version, city }),
})

test('compares the two latest versions field by field, and restores an older one after confirming', async () => {
  const user = setupUser()
  const event = eventRecord({ id: 7, version: 3, city: 'Panamá' })
  const restoreRevision = vi.fn(async () => ({ data: event }))
  const dataProvider = fakeDataProvider(
    {
      events: [event],
      revisions: [
        revision(3, 3, 'Panamá', 'update'),
        revision(2, 2, 'San José', 'update'),
        revision(1, 1, 'San José', 'create'),
      ],
    },
    { restoreRevision },
  )
  renderAdmin(
    <RecordContextProvider value={event}>
      <RevisionsTab />
    </RecordContextProvider>,
    { resource: 'events', dataProvider, authProvider: fakeAuthProvider('editor') },
  )

  const table = await screen.findByRole('table', { name: 'Compare' })
  expect(within(table).getByText('City')).toBeInTheDocument()
  expect(within(table).getByText('San José')).toBeInTheDocument()
  expect(within(table).getByText('Panamá')).toBeInTheDocument()
  expect(screen.getAllByRole('cell', { name: 'Ana Editor' })).toHaveLength(3)

  await waitFor(() => expect(document.querySelector('button[aria-label="Restore: Version 1"]')).not.toBeNull())
  await user.click(document.querySelector<HTMLElement>('button[aria-label="Restore: Version 1"]')!)
  const dialog = await screen.findByRole('dialog')
  await user.click(within(dialog).getByRole('button', { name: 'Confirm' }))

  await expect.poll(() => restoreRevision.mock.calls[0], POLL).toEqual([7, { revisionId: 1, version: 3 }])
})
