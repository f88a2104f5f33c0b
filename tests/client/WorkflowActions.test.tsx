import type { Event, Role } from '@rcm/shared'
import { screen, waitFor, within } from '@testing-library/react'
import { HttpError, RecordContextProvider } from 'react-admin'
import { afterEach, expect, test, vi } from 'vitest'
import { WorkflowActions } from '../../client/src/events/WorkflowActions'
import { fakeAuthProvider } from '../support/fake-auth-provider'
import { eventRecord, fakeDataProvider } from '../support/fake-data-provider'
import { button, control, fill, setupUser } from '../support/form-queries'
import { POLL, renderAdmin } from '../support/render-admin'

afterEach(() => vi.restoreAllMocks())

const LABELS = ['Submit for review', 'Request changes', 'Publish', 'Unpublish', 'Archive']

function renderActions(role: Role, event: Event, overrides = {}) {
  const dataProvider = fakeDataProvider({ events: [event] }, overrides)
  renderAdmin(
    <RecordContextProvider value={event}>
      <WorkflowActions />
    </RecordContextProvider>,
    { resource: 'events', dataProvider, authProvider: fakeAuthProvider(role) },
  )
  return dataProvider
}

/** The workflow buttons shown, by label, once the role is known (each case shows at least one). */
async function shownSteps() {
  await screen.findAllByRole('button')
  return LABELS.filter((label) => screen.queryByRole('button', { name: label }))
}

test.each([
  ['editor', eventRecord({ status: 'draft' }), ['Submit for review']],
  ['reviewer', eventRecord({ status: 'draft' }), ['Submit for review', 'Publish', 'Archive']],
  ['reviewer', eventRecord({ status: 'in_review' }), ['Request changes', 'Publish', 'Archive']],
  ['admin', eventRecord({ status: 'published', publishedAt: '2026-01-01T00:00:00Z' }), ['Unpublish', 'Archive']],
  [
    'editor',
    eventRecord({ status: 'published', hasUnpublishedChanges: true, publishedAt: '2026-01-01T00:00:00Z' }),
    ['Submit for review'],
  ],
] as const)('shows a %s only the steps the state allows', async (role, event, expected) => {
  renderActions(role, event)
  expect(await shownSteps()).toEqual(expected)
})

test('shows an editor no button on an event in review', async () => {
  // A draft beside it gets its button once the role is known: only then does an empty event in review mean something.
  const draft = eventRecord({ id: 1, status: 'draft' })
  const inReview = eventRecord({ id: 2, status: 'in_review' })
  renderAdmin(
    <>
      <section aria-label="Draft">
        <RecordContextProvider value={draft}>
          <WorkflowActions />
        </RecordContextProvider>
      </section>
      <section aria-label="In review">
        <RecordContextProvider value={inReview}>
          <WorkflowActions />
        </RecordContextProvider>
      </section>
    </>,
    {
      resource: 'events',
      dataProvider: fakeDataProvider({ events: [draft, inReview] }),
      authProvider: fakeAuthProvider('editor'),
    },
  )

  const draftActions = screen.getByRole('region', { name: 'Draft' })
  expect(await within(draftActions).findByRole('button', { name: 'Submit for review' })).toBeInTheDocument()
  expect(within(screen.getByRole('region', { name: 'In review' })).queryAllByRole('button')).toEqual([])
})

test('request changes needs a comment, then sends it', async () => {
  const user = setupUser()
  const requestChanges = vi.fn(async (id: number) => ({ data: eventRecord({ id, status: 'draft' }) }))
  renderActions('reviewer', eventRecord({ id: 7, status: 'in_review' }), { requestChanges })

  await waitFor(() => button('Request changes'))
  await user.click(button('Request changes'))
  const dialog = await screen.findByRole('dialog')
  const confirm = within(dialog)
    .getAllByRole('button')
    .find((candidate) => candidate.textContent === 'Request changes')
  if (!confirm) throw new Error('no confirm button')
  expect(confirm).toBeDisabled()

  await fill(user, control(/What needs to change/, dialog), 'Add the venue')
  expect(confirm).toBeEnabled()
  await user.click(confirm)

  await expect.poll(() => requestChanges.mock.calls[0], POLL).toEqual([7, { version: 1, comment: 'Add the venue' }])
  expect(await screen.findByText('Changes requested')).toBeInTheDocument()
})

test("shows the server's message when publishing is refused", async () => {
  const user = setupUser()
  const refusal = new HttpError('Cannot publish yet: city missing', 409, {
    message: 'Cannot publish yet: city missing',
  })
  // react-admin logs every rejected dataProvider call in development.
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  const publishEvent = vi.fn(async () => {
    throw refusal
  })
  renderActions('reviewer', eventRecord({ id: 3, status: 'in_review' }), { publishEvent })

  await waitFor(() => button('Publish'))
  await user.click(button('Publish'))
  const dialog = await screen.findByRole('dialog')
  const confirm = within(dialog)
    .getAllByRole('button')
    .find((candidate) => candidate.textContent === 'Publish')
  if (!confirm) throw new Error('no confirm button')
  await user.click(confirm)

  expect(await screen.findByText('Cannot publish yet: city missing')).toBeInTheDocument()
  expect(publishEvent).toHaveBeenCalledWith(3, { version: 1, comment: undefined })
  expect(consoleError).toHaveBeenCalledWith(refusal)
  consoleError.mockRestore()
})

test('publishing with texts in one language only names them and needs an explicit confirmation', async () => {
  const user = setupUser()
  const publishEvent = vi.fn(async () => ({ data: eventRecord({ status: 'published' }) }))
  const event = eventRecord({ id: 3, version: 4, status: 'in_review', title: { en: 'Regional forum', es: '' } })
  renderActions('reviewer', event, { publishEvent })

  await user.click(await screen.findByRole('button', { name: 'Publish' }))
  const dialog = await screen.findByRole('dialog')
  expect(within(dialog).getByText(/ES: 1 text missing: Title/)).toBeInTheDocument()
  const confirm = within(dialog).getByRole('button', { name: 'Publish' })
  expect(confirm).toBeDisabled()

  await user.click(within(dialog).getByRole('checkbox', { name: /Publish with these texts in one language only/ }))
  await user.click(confirm)
  await expect.poll(() => publishEvent.mock.calls[0], POLL).toEqual([3, { version: 4, comment: undefined }])
})
