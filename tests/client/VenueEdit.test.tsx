import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpError } from 'react-admin'
import { expect, test, vi } from 'vitest'
import { VenueEdit } from '../../client/src/venues/VenueEdit'
import { eventRecord, fakeDataProvider, venueRecord } from '../support/fake-data-provider'
import { POLL, renderAdmin } from '../support/render-admin'

const venue = venueRecord({
  id: 4,
  name: { en: 'Hotel Intercontinental', es: 'Hotel Intercontinental' },
  city: 'San Salvador',
  country: 'SV',
  address: null,
})

const englishTab = () => screen.findByRole('tabpanel', { name: 'English' })

test('saves the edited venue through the shared schema, names in both languages', async () => {
  const user = userEvent.setup({ pointerEventsCheck: 0 })
  const dataProvider = fakeDataProvider({ venues: [venue] })

  renderAdmin(<VenueEdit id={4} />, { resource: 'venues', dataProvider })

  const name = within(await englishTab()).getByRole('textbox', { name: 'Name' })
  await user.clear(name)
  await user.paste('Real Intercontinental Hotel ')
  const country = screen.getByRole('textbox', { name: 'Country' })
  await user.clear(country)
  await user.paste('sv')
  await user.click(screen.getByRole('button', { name: 'Save' }))

  await vi.waitFor(() => expect(dataProvider.update).toHaveBeenCalled(), POLL)
  expect(dataProvider.update).toHaveBeenCalledWith(
    'venues',
    expect.objectContaining({
      id: 4,
      // The schema's output: trimmed, country upper-cased, an empty address null.
      data: {
        name: { en: 'Real Intercontinental Hotel', es: 'Hotel Intercontinental' },
        city: 'San Salvador',
        country: 'SV',
        address: null,
      },
    }),
  )
  // The notice names what was saved.
  expect(await screen.findByText('Venue saved')).toBeInTheDocument()
})

/** react-admin logs every dataProvider error outside production; here that error is the point. */
const expectLoggedHttpError = (status: number) => {
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  return () => {
    expect(consoleError).toHaveBeenCalledWith(expect.objectContaining({ status }))
    consoleError.mockRestore()
  }
}

test('shows a server-side field error on its input', async () => {
  const checkLog = expectLoggedHttpError(400)
  const user = userEvent.setup({ pointerEventsCheck: 0 })
  const update = vi.fn(async () => {
    throw new HttpError('Invalid', 400, { message: 'Invalid input', errors: { 'name.en': 'Already taken' } })
  })
  const dataProvider = fakeDataProvider({ venues: [venue] }, { update })

  renderAdmin(<VenueEdit id={4} />, { resource: 'venues', dataProvider })

  const name = within(await englishTab()).getByRole('textbox', { name: 'Name' })
  await user.click(name)
  await user.paste(' Hotel')
  await user.click(screen.getByRole('button', { name: 'Save' }))

  expect(await within(await englishTab()).findByText('Already taken')).toBeInTheDocument()
  expect(name).toHaveAccessibleDescription('Already taken')
  expect(update).toHaveBeenCalledTimes(1)
  checkLog()
})

test('checks the form with the shared schema before sending anything', async () => {
  const user = userEvent.setup({ pointerEventsCheck: 0 })
  const dataProvider = fakeDataProvider({ venues: [venue] })

  renderAdmin(<VenueEdit id={4} />, { resource: 'venues', dataProvider })

  const country = await screen.findByRole('textbox', { name: 'Country' })
  await user.clear(country)
  await user.paste('Salvador')
  await user.click(screen.getByRole('button', { name: 'Save' }))

  expect(await screen.findByText('Use a two-letter ISO 3166 country code, e.g. SV')).toBeInTheDocument()
  expect(dataProvider.update).not.toHaveBeenCalled()
})

test('asks to reload when someone else saved first (409)', async () => {
  const checkLog = expectLoggedHttpError(409)
  const user = userEvent.setup({ pointerEventsCheck: 0 })
  const update = vi.fn(async () => {
    throw new HttpError('rcm.notification.conflict', 409, { message: 'The record changed' })
  })
  const dataProvider = fakeDataProvider({ venues: [venue] }, { update })

  renderAdmin(<VenueEdit id={4} />, { resource: 'venues', dataProvider })

  await user.click(await screen.findByRole('textbox', { name: 'City' }))
  await user.paste(' Centro')
  await user.click(screen.getByRole('button', { name: 'Save' }))

  expect(await screen.findByText(/Reload the page/)).toBeInTheDocument()
  checkLog()
})

test('lists the events held at the venue', async () => {
  const dataProvider = fakeDataProvider({
    venues: [venue],
    events: [
      eventRecord({ id: 1, title: { en: 'First Regional Forum on Communication', es: '' }, venueId: 4 }),
      eventRecord({ id: 2, title: { en: 'Elsewhere', es: '' }, venueId: 9 }),
    ],
  })

  renderAdmin(<VenueEdit id={4} />, { resource: 'venues', dataProvider })

  expect(await screen.findByText('First Regional Forum on Communication')).toBeInTheDocument()
  expect(screen.queryByText('Elsewhere')).toBeNull()
  expect(dataProvider.getManyReference).toHaveBeenCalledWith(
    'events',
    expect.objectContaining({ target: 'venueId', id: 4 }),
  )
})

test('Ctrl+S saves the form, as the Save button does', async () => {
  const user = userEvent.setup({ pointerEventsCheck: 0 })
  const dataProvider = fakeDataProvider({ venues: [venue] })
  renderAdmin(<VenueEdit id={4} />, { resource: 'venues', dataProvider })

  const city = await screen.findByRole('textbox', { name: 'City' })
  await user.clear(city)
  await user.paste('Santa Ana')
  await user.keyboard('{Control>}s{/Control}')

  await vi.waitFor(() => expect(dataProvider.update).toHaveBeenCalled(), POLL)
  expect(dataProvider.update).toHaveBeenCalledWith(
    'venues',
    expect.objectContaining({ id: 4, data: expect.objectContaining({ city: 'Santa Ana' }) }),
  )
})
