import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { PresidencyEdit, PresidencyList } from '../../client/src/taxonomy/PresidencyViews'
import { fakeDataProvider } from '../support/fake-data-provider'
import { renderAdmin } from '../support/render-admin'

const RECORDS = {
  presidencies: [
    {
      id: 1,
      countryCode: 'SV',
      startDate: '2026-07-01',
      endDate: '2027-06-30',
      theme: { en: 'Dignity', es: 'Dignidad' },
    },
  ],
  countries: [{ id: 'SV', name: { en: 'El Salvador', es: 'El Salvador' } }],
  events: [],
}

test("a presidency's page is titled by its member state and years, in the interface language", async () => {
  renderAdmin(
    <>
      {/* Where the app bar shows the page's title. */}
      <h1 id="react-admin-title" />
      <PresidencyEdit id={1} />
    </>,
    { dataProvider: fakeDataProvider(RECORDS), resource: 'presidencies', locale: 'es' },
  )

  expect(
    await screen.findByRole('heading', { level: 1, name: 'Presidencia El Salvador 2026–2027' }),
  ).toBeInTheDocument()
})

test('the presidencies list writes its dates as the interface language does', async () => {
  renderAdmin(<PresidencyList />, { dataProvider: fakeDataProvider(RECORDS), resource: 'presidencies', locale: 'es' })

  expect(await screen.findByText('1 jul 2026')).toBeInTheDocument()
  expect(screen.getByText('30 jun 2027')).toBeInTheDocument()
  expect(screen.getByText('Dignidad')).toBeInTheDocument()
})
