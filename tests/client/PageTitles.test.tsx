import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { EventCreate } from '../../client/src/events/EventCreate'
import { VenueCreate } from '../../client/src/venues/VenueCreate'
import { VenueList } from '../../client/src/venues/VenueList'
import { fakeDataProvider } from '../support/fake-data-provider'
import { renderAdmin } from '../support/render-admin'

/** The app bar's title slot, where react-admin puts each page's title. */
const AppBarTitle = () => (
  <header aria-label="App bar">
    <span id="react-admin-title" />
  </header>
)

test('in Spanish a create page is titled in sentence case: "Crear evento", "Crear lugar"', async () => {
  const view = renderAdmin(
    <>
      <AppBarTitle />
      <EventCreate />
    </>,
    { resource: 'events', locale: 'es' },
  )
  expect(await within(screen.getByRole('banner', { name: 'App bar' })).findByText('Crear evento')).toBeInTheDocument()
  view.unmount()

  renderAdmin(
    <>
      <AppBarTitle />
      <VenueCreate />
    </>,
    { resource: 'venues', locale: 'es' },
  )
  expect(await within(screen.getByRole('banner', { name: 'App bar' })).findByText('Crear lugar')).toBeInTheDocument()
})

test('in English too the name is lower-case inside the title: "Create venue"', async () => {
  renderAdmin(
    <>
      <AppBarTitle />
      <VenueCreate />
    </>,
    { resource: 'venues' },
  )
  expect(await within(screen.getByRole('banner', { name: 'App bar' })).findByText('Create venue')).toBeInTheDocument()
})

test('an empty list says so with the name in lower case: "Todavía no hay lugares."', async () => {
  renderAdmin(<VenueList />, { resource: 'venues', dataProvider: fakeDataProvider({ venues: [] }), locale: 'es' })
  expect(await screen.findByText('Todavía no hay lugares.')).toBeInTheDocument()
})
