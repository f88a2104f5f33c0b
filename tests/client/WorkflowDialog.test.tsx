import type { Event } from '@rcm/shared'
import { act, configure, render, screen, within } from '@testing-library/react'
import { memoryStore, RefreshButton } from 'react-admin'
import { afterEach, expect, test, vi } from 'vitest'
import { App } from '../../client/src/App'
import { EventShow } from '../../client/src/events/EventShow'
import { createI18nProvider } from '../../client/src/providers/i18nProvider'
import { fakeAuthProvider } from '../support/fake-auth-provider'
import { eventRecord, fakeDataProvider } from '../support/fake-data-provider'
import { control, fill, setupUser } from '../support/form-queries'
import { POLL, renderAdmin } from '../support/render-admin'

// The whole app takes a while to render in jsdom.
configure({ asyncUtilTimeout: 8000 })

afterEach(() => {
  window.location.hash = ''
})

const COMMENT = 'Ready: venue and contact added'

/** The event as the API has it; replacing `events[0]` is another version saved meanwhile. */
function calendar(event: Event) {
  const records = { events: [event] }
  const submitEvent = vi.fn(async (id: number) => ({ data: eventRecord({ id, status: 'in_review' }) }))
  return { records, dataProvider: fakeDataProvider(records, { submitEvent }) }
}

async function openSubmitDialog(user: ReturnType<typeof setupUser>) {
  await user.click(await screen.findByRole('button', { name: 'Submit for review' }))
  const dialog = await screen.findByRole('dialog')
  await fill(user, control(/Comment/, dialog), COMMENT)
  return dialog
}

test('a workflow dialog opened on the edit page stays open, with its comment, when the page gives way to the show page', async () => {
  const user = setupUser()
  const { records, dataProvider } = calendar(
    eventRecord({ id: 7, version: 1, status: 'draft', title: { en: 'Regional forum', es: 'Foro regional' } }),
  )
  window.location.hash = '#/events/7'
  render(
    <App
      dataProvider={dataProvider}
      authProvider={fakeAuthProvider('editor')}
      i18nProvider={createI18nProvider('en')}
      store={memoryStore()}
    />,
  )
  await screen.findByRole('textbox', { name: /City/ })
  await openSubmitDialog(user)

  // After a save, react-admin navigates to the show page, which reads the record back: here a newer version.
  // The toolbar's Show link (behind the modal dialog) makes the same router navigation.
  records.events[0] = eventRecord({ ...records.events[0], version: 2, city: 'Tegucigalpa' })
  await user.click(screen.getByRole('link', { name: 'Show', hidden: true }))
  expect(await screen.findByText('Tegucigalpa')).toBeInTheDocument()
  expect(screen.queryByRole('textbox', { name: /City/ })).not.toBeInTheDocument()

  const dialog = screen.getByRole('dialog')
  expect(within(dialog).getByRole('textbox', { name: /Comment/ })).toHaveValue(COMMENT)
  await user.click(within(dialog).getByRole('button', { name: 'Submit' }))
  // The step acts on the version the user saw when opening the dialog; the server refuses it if that is stale.
  await expect.poll(() => dataProvider.submitEvent.mock.calls[0], POLL).toEqual([7, { version: 1, comment: COMMENT }])
}, 40_000) // The whole edit page renders, then the show page: near the default 20 s on a busy machine.

test('the dialog is dropped once the user leaves the event', async () => {
  const user = setupUser()
  const { dataProvider } = calendar(
    eventRecord({ id: 7, status: 'draft', title: { en: 'Regional forum', es: 'Foro regional' } }),
  )
  window.location.hash = '#/events/7/show'
  render(
    <App
      dataProvider={dataProvider}
      authProvider={fakeAuthProvider('editor')}
      i18nProvider={createI18nProvider('en')}
      store={memoryStore()}
    />,
  )
  await openSubmitDialog(user)

  act(() => {
    window.location.hash = '#/events'
  })
  await screen.findByRole('menuitem', { name: 'Events' })
  act(() => {
    window.location.hash = '#/events/7/show'
  })
  await screen.findByRole('heading', { level: 1, name: 'Regional forum' })
  expect(await screen.findByRole('button', { name: 'Submit for review' })).toBeInTheDocument()
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
}, 40_000)

test('a workflow dialog on the show page keeps its comment while the record is read again', async () => {
  const user = setupUser()
  const { records, dataProvider } = calendar(eventRecord({ id: 7, version: 1, status: 'draft' }))
  renderAdmin(
    <>
      <EventShow id={7} />
      <RefreshButton />
    </>,
    { resource: 'events', dataProvider, authProvider: fakeAuthProvider('editor') },
  )
  await screen.findByRole('button', { name: 'Submit for review' })
  await openSubmitDialog(user)

  records.events[0] = eventRecord({ ...records.events[0], version: 2, city: 'Tegucigalpa' })
  // react-admin's refresh (the app bar's, or after a workflow step elsewhere) reads every query again.
  await user.click(screen.getByRole('button', { name: 'Refresh', hidden: true }))
  expect(await screen.findByText('Tegucigalpa')).toBeInTheDocument()

  expect(within(screen.getByRole('dialog')).getByRole('textbox', { name: /Comment/ })).toHaveValue(COMMENT)
})
