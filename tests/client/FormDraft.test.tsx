import type { Event } from '@rcm/shared'
import { screen, waitFor, within } from '@testing-library/react'
import { useState } from 'react'
import { useLocaleState } from 'react-admin'
import { expect, test } from 'vitest'
import { EventCreate } from '../../client/src/events/EventCreate'
import { EventEdit } from '../../client/src/events/EventEdit'
import { fakeAuthProvider } from '../support/fake-auth-provider'
import { eventRecord, fakeDataProvider } from '../support/fake-data-provider'
import { button, control, fill, findEnglish, firstEnglish, setupUser } from '../support/form-queries'
import { POLL, renderAdmin } from '../support/render-admin'

const text = (en: string, es = '') => ({ en, es })
/** The fake editor's id is 1. */
const KEY = 'rcm.draft.1.events.7'
const NEW_KEY = 'rcm.draft.1.events.new'

const stored = () => window.localStorage.getItem(KEY)

function renderEdit(record: Event) {
  const dataProvider = fakeDataProvider({ events: [record] })
  const view = renderAdmin(<EventEdit id={record.id} />, {
    dataProvider,
    resource: 'events',
    authProvider: fakeAuthProvider('editor'),
  })
  return { ...view, dataProvider }
}

const loaded = () => waitFor(() => expect(firstEnglish('Title')).toHaveValue('RCGM Meeting'))

/** Types a new title and waits until the browser holds it, then closes the page as a reload would. */
async function typeAndLeave(record: Event) {
  const user = setupUser()
  const { unmount } = renderEdit(record)
  await loaded()
  await fill(user, firstEnglish('Title'), 'Typed before the reload')
  await expect.poll(() => stored(), POLL).toContain('Typed before the reload')
  unmount()
  return user
}

test('an unsaved edit is kept in the browser, offered back after a reload with when and what, and cleared by the save', async () => {
  const record = eventRecord({ id: 7, version: 3, title: text('RCGM Meeting') })
  const user = await typeAndLeave(record)

  const { dataProvider } = renderEdit(record)
  const notice = await screen.findByRole('region', { name: 'Unsaved changes kept in this browser' })
  expect(notice).toHaveTextContent(/You left this form with unsaved changes on .+\. They are still here: Title\./)
  await loaded()
  await user.click(within(notice).getByRole('button', { name: 'Restore my changes' }))

  expect(firstEnglish('Title')).toHaveValue('Typed before the reload')
  await user.click(button('Save'))
  await waitFor(() => expect(dataProvider.update).toHaveBeenCalledTimes(1))
  expect(dataProvider.update.mock.calls[0]![1].data).toMatchObject({
    version: 3,
    title: text('Typed before the reload'),
  })
  await expect.poll(() => stored(), POLL).toBeNull()
})

test('leaving the form right after typing keeps what was typed and says so, without asking', async () => {
  const record = eventRecord({ id: 7, version: 3, title: text('RCGM Meeting') })
  /** The rest of the app: a link elsewhere, as the menu or Back would lead. */
  const Page = () => {
    const [open, setOpen] = useState(true)
    if (!open) return <p>Elsewhere</p>
    return (
      <>
        <button onClick={() => setOpen(false)}>Go elsewhere</button>
        <EventEdit id={record.id} />
      </>
    )
  }
  const user = setupUser()
  renderAdmin(<Page />, {
    dataProvider: fakeDataProvider({ events: [record] }),
    resource: 'events',
    authProvider: fakeAuthProvider('editor'),
  })
  await loaded()
  await fill(user, firstEnglish('Title'), 'Typed just before leaving')
  await user.click(screen.getByRole('button', { name: 'Go elsewhere' }))

  expect(await screen.findByText(/You left a form with unsaved changes: they are kept in this browser/)).toBeVisible()
  expect(stored()).toContain('Typed just before leaving')
})

test('Discard drops the kept copy and leaves the form as saved', async () => {
  const record = eventRecord({ id: 7, version: 3, title: text('RCGM Meeting') })
  const user = await typeAndLeave(record)

  renderEdit(record)
  const notice = await screen.findByRole('region', { name: 'Unsaved changes kept in this browser' })
  await user.click(within(notice).getByRole('button', { name: 'Discard them' }))

  expect(stored()).toBeNull()
  expect(screen.queryByRole('region', { name: 'Unsaved changes kept in this browser' })).toBeNull()
  expect(firstEnglish('Title')).toHaveValue('RCGM Meeting')
})

test('a copy made on an older version is restored through the merge dialog: each side keeps what only it changed', async () => {
  const user = setupUser()
  const base = eventRecord({ id: 7, version: 3, title: text('RCGM Meeting'), city: 'San José' })
  // Typed on version 3: a new title. Saved meanwhile by a colleague as version 4: another city.
  window.localStorage.setItem(
    KEY,
    JSON.stringify({
      savedAt: '2026-05-02T10:00:00.000Z',
      version: 3,
      base,
      values: { ...base, title: text('My title') },
    }),
  )
  const { dataProvider } = renderEdit(eventRecord({ ...base, version: 4, city: 'San Salvador' }))

  const notice = await screen.findByRole('region', { name: 'Unsaved changes kept in this browser' })
  expect(notice).toHaveTextContent(/made on version 3\. The record has been saved since \(version 4\)/)
  await waitFor(() => expect(control('City')).toHaveValue('San Salvador'))
  await user.click(within(notice).getByRole('button', { name: 'Restore my changes' }))

  const dialog = await screen.findByRole('dialog', { name: 'Someone else saved this event' })
  expect(within(dialog).getByText(/Nobody changed the same field/)).toBeInTheDocument()
  expect(within(dialog).getByText('Kept from your changes (only you changed them): Title.')).toBeInTheDocument()
  expect(
    within(dialog).getByText('Kept from the version saved meanwhile (you did not change them): City.'),
  ).toBeInTheDocument()
  await user.click(within(dialog).getByRole('button', { name: 'Keep these and save' }))

  await waitFor(() => expect(dataProvider.update).toHaveBeenCalledTimes(1))
  expect(dataProvider.update.mock.calls[0]![1].data).toMatchObject({
    version: 4,
    title: text('My title'),
    city: 'San Salvador',
  })
})

test('a new event, once saved, leaves no copy behind to be offered (and saved twice) on the next new event', async () => {
  const user = setupUser()
  const dataProvider = fakeDataProvider()
  const { unmount } = renderAdmin(<EventCreate />, {
    dataProvider,
    resource: 'events',
    authProvider: fakeAuthProvider('editor'),
  })
  await fill(user, await findEnglish('Title'), 'Regional Seminar')
  await expect.poll(() => window.localStorage.getItem(NEW_KEY), POLL).toContain('Regional Seminar')
  await user.click(button('Save'))
  await waitFor(() => expect(dataProvider.create).toHaveBeenCalledTimes(1))
  await expect.poll(() => window.localStorage.getItem(NEW_KEY), POLL).toBeNull()
  // The page goes away after the save (react-admin's redirect): what it leaves must not be kept.
  unmount()
  expect(window.localStorage.getItem(NEW_KEY)).toBeNull()
})

/** The app bar's language switch, as LocalesMenuButton sets it. */
const SwitchToSpanish = () => {
  const [, setLocale] = useLocaleState()
  return (
    <button type="button" onClick={() => setLocale('es')}>
      Español
    </button>
  )
}

test('switching the interface language while typing keeps what was typed in the form, without a restore to click', async () => {
  const user = setupUser()
  const record = eventRecord({ id: 7, version: 3, title: text('RCGM Meeting') })
  renderAdmin(
    <>
      <SwitchToSpanish />
      <EventEdit id={record.id} />
    </>,
    {
      dataProvider: fakeDataProvider({ events: [record] }),
      resource: 'events',
      authProvider: fakeAuthProvider('editor'),
    },
  )
  await loaded()
  await fill(user, firstEnglish('Title'), 'Typed before the switch')

  // react-admin re-mounts every page on a language switch: the form comes back in Spanish with the typing in it.
  await user.click(screen.getByRole('button', { name: 'Español' }))

  // In Spanish the Spanish tab opens first; the English one holds the typing.
  await user.click((await screen.findAllByRole('tab', { name: 'Inglés' }))[0]!)
  await waitFor(() =>
    expect(screen.getAllByRole('textbox', { name: 'Título' })[0]).toHaveValue('Typed before the switch'),
  )
  expect(screen.queryByRole('region', { name: 'Cambios sin guardar conservados en este navegador' })).toBeNull()
  expect(screen.queryByText(/Salió de un formulario con cambios sin guardar/)).toBeNull()
})
