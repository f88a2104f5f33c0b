import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { EventList } from '../../client/src/events/EventList'
import { eventRecord, fakeDataProvider, institutionRecord, venueRecord } from '../support/fake-data-provider'
import { POLL, renderAdmin } from '../support/render-admin'

const institutions = [
  institutionRecord({ id: 1, acronym: { en: 'IOM', es: 'OIM' } }),
  institutionRecord({
    id: 2,
    name: { en: 'International Committee of the Red Cross', es: 'Comité Internacional de la Cruz Roja' },
    acronym: { en: 'ICRC', es: 'CICR' },
  }),
]
const venues = [venueRecord({ id: 5, name: { en: 'Hotel Sheraton Presidente', es: '' } })]

function rowOf(title: string) {
  const row = screen.getByText(title).closest('tr')
  if (!row) throw new Error(`no row for ${title}`)
  return row
}

test('lists events with their dates, venue, modality and status; undated ones are to be confirmed', async () => {
  const dataProvider = fakeDataProvider({
    events: [
      eventRecord({
        id: 1,
        title: { en: 'II Workshop on Search Mechanisms', es: '' },
        startDate: '2026-03-03',
        endDate: '2026-03-05',
        venueId: 5,
        institutionIds: [2, 1],
        status: 'published',
      }),
      eventRecord({ id: 2, title: { en: '', es: 'Foro regional' }, startDate: null, modality: 'virtual' }),
    ],
    venues,
    institutions,
  })

  renderAdmin(<EventList />, { resource: 'events', dataProvider })

  const dated = rowOf(
    await screen.findByText('II Workshop on Search Mechanisms').then((cell) => cell.textContent ?? ''),
  )
  expect(within(dated).getByText('3 – 5 Mar 2026')).toBeInTheDocument()
  expect(await within(dated).findByText('Hotel Sheraton Presidente')).toBeInTheDocument()
  expect(within(dated).getByText('In person')).toBeInTheDocument()
  expect(within(dated).getByText('Published')).toBeInTheDocument()

  // No English title: the Spanish one stands in.
  const undated = rowOf('Foro regional')
  expect(within(undated).getByText('to be confirmed')).toBeInTheDocument()
  expect(within(undated).getByText('Virtual')).toBeInTheDocument()
  expect(within(undated).getByText('Draft')).toBeInTheDocument()
})

test("shows the institutions as acronym chips, in the event's order", async () => {
  const dataProvider = fakeDataProvider({
    events: [eventRecord({ id: 1, title: { en: 'Forum', es: 'Foro' }, institutionIds: [2, 1] })],
    institutions,
  })

  renderAdmin(<EventList />, { resource: 'events', dataProvider })

  const icrc = await screen.findByText('ICRC')
  const iom = screen.getByText('IOM')
  expect(icrc.closest('.MuiChip-root')).not.toBeNull()
  expect(iom.closest('.MuiChip-root')).not.toBeNull()
  expect(icrc.compareDocumentPosition(iom) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  expect(dataProvider.getMany).toHaveBeenCalledWith(
    'institutions',
    expect.objectContaining({ ids: expect.arrayContaining([1, 2]) }),
  )
})

test("asks the API for the newest events first, and sorts by the contract's field names", async () => {
  const dataProvider = fakeDataProvider({ events: [eventRecord({ id: 1, title: { en: 'Forum', es: 'Foro' } })] })
  const user = userEvent.setup()

  renderAdmin(<EventList />, { resource: 'events', dataProvider })

  await screen.findByText('Forum')
  // The filters' own lists (countries, types…) are read too: only the events' requests matter here.
  const lastEventsQuery = () =>
    dataProvider.getList.mock.calls.filter(([resource]) => resource === 'events').at(-1)?.[1]
  expect(lastEventsQuery()).toMatchObject({
    sort: { field: 'startDate', order: 'DESC' },
    pagination: { page: 1, perPage: 25 },
  })
  await user.click(within(screen.getByRole('columnheader', { name: /Title/ })).getByRole('button'))
  await expect.poll(() => lastEventsQuery()?.sort, POLL).toEqual({ field: 'title', order: 'ASC' })
  await user.click(within(screen.getByRole('columnheader', { name: /Dates/ })).getByRole('button'))
  await expect.poll(() => lastEventsQuery()?.sort, POLL).toEqual({ field: 'startDate', order: 'ASC' })
  // Venue and institutions have no sort field in the API: their headers are not buttons.
  expect(within(screen.getByRole('columnheader', { name: 'Venue' })).queryByRole('button')).toBeNull()
  expect(
    within(screen.getByRole('columnheader', { name: 'Coordinating institutions' })).queryByRole('button'),
  ).toBeNull()
})

test("filters by status with the contract's filter name", async () => {
  const dataProvider = fakeDataProvider({ events: [eventRecord({ id: 1, title: { en: 'Forum', es: 'Foro' } })] })
  const user = userEvent.setup()

  renderAdmin(<EventList />, { resource: 'events', dataProvider })

  await screen.findByText('Forum')
  await user.click(screen.getByRole('combobox', { name: 'Status' }))
  await user.click(await screen.findByRole('option', { name: 'In review' }))
  await expect.poll(() => dataProvider.getList.mock.lastCall?.[1].filter, POLL).toEqual({ status: 'in_review' })
})

test('filters by institution with `institutionId`, picked by acronym and name in the interface language', async () => {
  const dataProvider = fakeDataProvider({
    events: [eventRecord({ id: 1, title: { en: 'Forum', es: 'Foro' } })],
    institutions,
  })
  const user = userEvent.setup({ pointerEventsCheck: 0 })

  renderAdmin(<EventList />, { resource: 'events', dataProvider, locale: 'es' })

  await screen.findByText('Foro')
  await user.click(screen.getByRole('button', { name: 'Agregar filtro' }))
  const menu = await screen.findByRole('menu')
  expect(
    within(menu)
      .getAllByRole('menuitemcheckbox')
      .map((item) => item.textContent),
  ).toEqual([
    'Inicio desde',
    'Inicio hasta',
    'Ciudad',
    'Lugar',
    'Institución',
    'Modalidad',
    'Cambios solicitados',
    'Idioma incompleto',
    'Falta',
    'Presidencia',
    'Tipo',
    'País',
    'Red',
  ])
  await user.click(within(menu).getByRole('menuitemcheckbox', { name: 'Institución' }))
  await user.click(await screen.findByRole('combobox', { name: 'Institución' }))
  await user.click(await screen.findByRole('option', { name: 'CICR – Comité Internacional de la Cruz Roja' }))

  await expect
    .poll(() => dataProvider.getList.mock.calls.filter(([resource]) => resource === 'events').at(-1)?.[1].filter, POLL)
    .toEqual({
      institutionId: 2,
    })
})
