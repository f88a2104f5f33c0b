import { screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { EventEdit } from '../../client/src/events/EventEdit'
import { EventShow } from '../../client/src/events/EventShow'
import { eventRecord, fakeDataProvider, venueRecord } from '../support/fake-data-provider'
import { button, control, fill, setupUser } from '../support/form-queries'
import { renderAdmin } from '../support/render-admin'

// The reader's zone is the browser's: New York is on daylight time (UTC-4) on 10 March 2026, El Salvador on UTC-6.
let previousZone: string | undefined
beforeEach(() => {
  previousZone = process.env.TZ
  process.env.TZ = 'America/New_York'
})
afterEach(() => {
  if (previousZone === undefined) delete process.env.TZ
  else process.env.TZ = previousZone
})

const timed = eventRecord({
  id: 7,
  startDate: '2026-03-10',
  endDate: null,
  startTime: '10:00',
  endTime: '12:30',
  timeZone: 'America/El_Salvador',
  modality: 'virtual',
  meetingUrl: 'https://meet.example.org/rcm',
})

function renderShow(locale: 'en' | 'es', record = timed) {
  renderAdmin(<EventShow id={record.id} />, {
    resource: 'events',
    dataProvider: fakeDataProvider({ events: [record] }),
    locale,
  })
}

test("shows the times in the event's zone and the reader's own time beside them", async () => {
  renderShow('en')
  expect(await screen.findByText('10:00–12:30 America/El_Salvador (12:00–14:30 your time)')).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'https://meet.example.org/rcm' })).toBeInTheDocument()
  expect(screen.getByText(/not shown to the public/)).toBeInTheDocument()
})

test("says the reader's time in Spanish", async () => {
  renderShow('es')
  expect(await screen.findByText('10:00–12:30 America/El_Salvador (12:00–14:30 su hora)')).toBeInTheDocument()
})

test("no local-time note when the reader's clock reads the same", async () => {
  process.env.TZ = 'America/Guatemala'
  renderShow('en')
  expect(await screen.findByText('10:00–12:30 America/El_Salvador')).toBeInTheDocument()
  expect(screen.queryByText(/your time/)).not.toBeInTheDocument()
})

test('entering a start time at a venue in El Salvador fills in its zone; the meeting link shows for a virtual event and is saved', async () => {
  const user = setupUser()
  const record = eventRecord({ id: 8, version: 2, startDate: '2026-03-10', venueId: 3, modality: 'in_person' })
  const dataProvider = fakeDataProvider({
    events: [record],
    venues: [venueRecord({ id: 3, country: 'SV' })],
  })
  renderAdmin(<EventEdit id={record.id} />, { dataProvider, resource: 'events' })

  await fill(user, await waitFor(() => control('Start time')), '09:30')
  await waitFor(() => expect(control('Time zone')).toHaveValue('America/El Salvador'))
  expect(screen.queryByLabelText('Meeting link')).not.toBeInTheDocument()
  await user.click(control(/^Modality/))
  await user.click(screen.getByText('Hybrid', { selector: 'li' }))
  await fill(user, control('Meeting link'), 'https://meet.example.org/rcm')
  await user.click(control('Show the link on the public calendar'))
  await user.click(button('Save'))

  await waitFor(() => expect(dataProvider.update).toHaveBeenCalledTimes(1))
  expect(dataProvider.update.mock.calls[0]![1].data).toMatchObject({
    startTime: '09:30',
    endTime: null,
    timeZone: 'America/El_Salvador',
    modality: 'hybrid',
    meetingUrl: 'https://meet.example.org/rcm',
    meetingUrlPublic: true,
  })
})
