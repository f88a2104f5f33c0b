import { screen } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { VenueList } from '../../client/src/venues/VenueList'
import { fakeDataProvider, venueRecord } from '../support/fake-data-provider'
import { renderAdmin } from '../support/render-admin'
import { emulateScreenWidth } from '../support/screen-width'

afterEach(() => vi.unstubAllGlobals())

const venues = [
  venueRecord({
    id: 4,
    name: { en: 'Intercontinental Hotel', es: 'Hotel Intercontinental' },
    city: 'San Salvador',
    country: 'SV',
    address: 'Boulevard de Los Héroes',
  }),
  venueRecord({
    id: 7,
    name: { en: 'Foreign Ministry', es: 'Cancillería' },
    city: 'Tegucigalpa',
    country: null,
    address: null,
  }),
]

test('on a phone the venues are a simple list (name, then address, city and country), each opening its form', async () => {
  emulateScreenWidth(390)
  renderAdmin(<VenueList />, { resource: 'venues', dataProvider: fakeDataProvider({ venues }), locale: 'es' })

  const hotel = await screen.findByRole('link', { name: /Hotel Intercontinental/ })
  expect(hotel).toHaveAttribute('href', '/venues/4')
  expect(hotel).toHaveTextContent('Boulevard de Los Héroes · San Salvador · El Salvador')
  expect(screen.getByRole('link', { name: /Cancillería/ })).toHaveTextContent(/Tegucigalpa$/)
  expect(screen.queryByRole('table')).not.toBeInTheDocument()
})

test('on a wide screen the venues are a table with their columns', async () => {
  emulateScreenWidth(1366)
  renderAdmin(<VenueList />, { resource: 'venues', dataProvider: fakeDataProvider({ venues }), locale: 'es' })

  const table = await screen.findByRole('table')
  for (const name of ['Nombre', 'Ciudad', 'País', 'Dirección'])
    expect(screen.getByRole('columnheader', { name: new RegExp(name) })).toBeInTheDocument()
  expect(await screen.findByRole('cell', { name: 'El Salvador' })).toBeInTheDocument()
  expect(table).toBeInTheDocument()
})
