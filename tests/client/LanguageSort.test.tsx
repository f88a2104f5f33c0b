import { MEMBER_STATES, type Country } from '@rcm/shared'
import { screen, waitFor, within } from '@testing-library/react'
import { LocalesMenuButton, type GetListParams } from 'react-admin'
import { expect, test } from 'vitest'
import { EventEdit } from '../../client/src/events/EventEdit'
import { CountryList } from '../../client/src/taxonomy/LookupTaxonomy'
import { PresidencyList } from '../../client/src/taxonomy/PresidencyViews'
import { eventRecord, fakeDataProvider, type FakeRecords } from '../support/fake-data-provider'
import { control, setupUser } from '../support/form-queries'
import { renderAdmin } from '../support/render-admin'

const COUNTRIES: Country[] = MEMBER_STATES.map((state) => ({ id: state.id, name: { ...state.name } }))

const SPANISH_ORDER = [
  'Belice',
  'Canadá',
  'Costa Rica',
  'El Salvador',
  'Estados Unidos',
  'Guatemala',
  'Honduras',
  'México',
  'Nicaragua',
  'Panamá',
  'República Dominicana',
]

/** A fake API that sorts lists by a bilingual field's language (`name.es`), as the server does. */
function sortingDataProvider(records: FakeRecords) {
  const dataProvider = fakeDataProvider(records)
  const table = (resource: string) => (records as Record<string, Array<Record<string, unknown>> | undefined>)[resource]
  dataProvider.getList.mockImplementation(async (resource: string, params: GetListParams) => {
    const [field = '', language] = params.sort?.field.split('.') ?? []
    const text = (record: Record<string, unknown>) => {
      const value = record[field]
      return language && typeof value === 'object' && value !== null
        ? String(Reflect.get(value, language))
        : String(value)
    }
    const collator = new Intl.Collator(language ?? 'en')
    const data = [...(table(resource) ?? [])].sort((a, b) => collator.compare(text(a), text(b)))
    return { data: data as never[], total: data.length }
  })
  return dataProvider
}

const rowNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').at(-1)?.textContent)

test("in Spanish, the event form's country picker offers the member states in Spanish order", async () => {
  const user = setupUser()
  const dataProvider = sortingDataProvider({ events: [eventRecord({ id: 7 })], countries: COUNTRIES })
  renderAdmin(<EventEdit id={7} />, { dataProvider, resource: 'events', locale: 'es' })

  await user.click(await waitFor(() => control('Países')))
  const listbox = await screen.findByRole('listbox')

  await waitFor(() =>
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(SPANISH_ORDER),
  )
})

test('the countries list sorts by the name in the interface language, and follows a switch of language', async () => {
  const user = setupUser()
  const dataProvider = sortingDataProvider({ countries: COUNTRIES })
  renderAdmin(
    <>
      <LocalesMenuButton />
      <CountryList />
    </>,
    { dataProvider, resource: 'countries' },
  )

  await screen.findByText('Belize')
  await user.click(screen.getByRole('combobox', { name: /Rows per page/ }))
  await user.click(await screen.findByRole('option', { name: '25' }))
  await waitFor(() => expect(rowNames()).toHaveLength(11))
  expect(rowNames().slice(0, 5)).toEqual(['Belize', 'Canada', 'Costa Rica', 'Dominican Republic', 'El Salvador'])

  await user.click(screen.getByRole('button', { name: 'English' }))
  await user.click(await screen.findByRole('menuitem', { name: 'Español' }))

  await waitFor(() => expect(rowNames()).toEqual(SPANISH_ORDER))
  expect(dataProvider.getList).toHaveBeenLastCalledWith(
    'countries',
    expect.objectContaining({ sort: { field: 'name.es', order: 'ASC' } }),
  )
})

test("the presidencies list sorts by the member state's name in the interface language", async () => {
  const user = setupUser()
  const dataProvider = fakeDataProvider({
    presidencies: [
      { id: 1, countryCode: 'SV', startDate: '2026-01-01', endDate: '2026-12-31', theme: { en: '', es: '' } },
    ],
    countries: COUNTRIES,
  })
  renderAdmin(<PresidencyList />, { dataProvider, resource: 'presidencies', locale: 'es' })

  expect(await screen.findByText('1 ene 2026')).toBeInTheDocument()
  await user.click(within(screen.getByRole('columnheader', { name: /País miembro/ })).getByRole('button'))

  await waitFor(() =>
    expect(dataProvider.getList).toHaveBeenLastCalledWith(
      'presidencies',
      expect.objectContaining({ sort: { field: 'countryName.es', order: 'ASC' } }),
    ),
  )
})
