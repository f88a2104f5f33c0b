import type { Event, Language } from '@rcm/shared'
import { screen, within } from '@testing-library/react'
import { HttpError, RefreshButton } from 'react-admin'
import { afterEach, expect, test, vi } from 'vitest'
import { EventShow } from '../../client/src/events/EventShow'
import { fakeAuthProvider } from '../support/fake-auth-provider'
import { eventRecord, fakeDataProvider } from '../support/fake-data-provider'
import { control, fill, setupUser } from '../support/form-queries'
import { POLL, renderAdmin } from '../support/render-admin'

afterEach(() => vi.restoreAllMocks())

/** The event's show page for a reviewer; replacing `records.events[0]` is another version saved meanwhile. */
function renderShow(event: Event, overrides = {}, locale: Language = 'en') {
  const records = { events: [event] }
  const dataProvider = fakeDataProvider(records, overrides)
  renderAdmin(
    <>
      <EventShow id={event.id} />
      <RefreshButton />
    </>,
    { resource: 'events', dataProvider, authProvider: fakeAuthProvider('reviewer'), locale },
  )
  return { records, dataProvider }
}

/** The dialog's confirm button, whose text is the step's name, as the page's button is. */
function confirmIn(dialog: HTMLElement, name: string) {
  const found = within(dialog)
    .getAllByRole('button')
    .find((candidate) => candidate.textContent === name)
  if (!found) throw new Error(`no button "${name}" in the dialog`)
  return found
}

test('a step acts on the version shown when its dialog opened, even after the page reads the event again', async () => {
  const user = setupUser()
  const publishEvent = vi.fn(async (id: number) => ({ data: eventRecord({ id, status: 'published' }) }))
  const { records } = renderShow(eventRecord({ id: 7, version: 2, status: 'in_review' }), { publishEvent })
  await user.click(await screen.findByRole('button', { name: 'Publish' }))
  const dialog = await screen.findByRole('dialog')
  expect(within(dialog).getByText('Acts on version 2 of the event, as you saw it.')).toBeInTheDocument()

  records.events[0] = eventRecord({ ...records.events[0], version: 4, city: 'Tegucigalpa' })
  await user.click(screen.getByRole('button', { name: 'Refresh', hidden: true }))
  expect(await screen.findByText('Tegucigalpa')).toBeInTheDocument()
  await user.click(confirmIn(screen.getByRole('dialog'), 'Publish'))

  await expect.poll(() => publishEvent.mock.calls[0], POLL).toEqual([7, { version: 2, comment: undefined }])
})

test.each([
  ['en', 'This event changed after you opened it, so nothing was done.'],
  ['es', 'Este evento cambió después de que usted lo abriera, así que no se hizo nada.'],
] as const)(
  'a step refused for a stale version says so (%s), closes its dialog and shows the event as it is now',
  async (locale, message) => {
    // react-admin logs a rejected dataProvider call; expected here.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const user = setupUser()
    const current = eventRecord({ id: 7, version: 4, status: 'draft', city: 'Tegucigalpa' })
    const publishEvent = vi.fn(async () => {
      throw new HttpError('stale', 409, { message: 'Version 4 now', current })
    })
    const { records } = renderShow(eventRecord({ id: 7, version: 2, status: 'in_review' }), { publishEvent }, locale)
    const label = locale === 'en' ? 'Publish' : 'Publicar'
    await user.click(await screen.findByRole('button', { name: label }))
    const dialog = await screen.findByRole('dialog')
    records.events[0] = current

    await user.click(confirmIn(dialog, label))

    expect(await screen.findByText(new RegExp(message))).toBeInTheDocument()
    expect(await screen.findByText('Tegucigalpa')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(consoleError).toHaveBeenCalledWith(expect.objectContaining({ status: 409 }))
    consoleError.mockRestore()
  },
)

test('scheduling a publication sends the version it is to publish', async () => {
  const user = setupUser()
  const scheduleEvent = vi.fn(async (id: number) => ({
    data: { id, eventId: id, publishAt: '2026-06-01T10:00:00.000Z', unpublishAt: null, version: 5 },
  }))
  renderShow(eventRecord({ id: 7, version: 5, status: 'in_review' }), { scheduleEvent })
  await user.click(await screen.findByRole('button', { name: 'Publish' }))
  const dialog = await screen.findByRole('dialog')

  await fill(user, control(/Publish at/, dialog), '2026-06-01T10:00')
  await user.click(confirmIn(dialog, 'Publish'))

  await expect
    .poll(() => scheduleEvent.mock.calls[0], POLL)
    .toEqual([7, { version: 5, publishAt: new Date('2026-06-01T10:00').toISOString(), unpublishAt: null }])
})
