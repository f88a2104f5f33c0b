import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { EventList } from '../../client/src/events/EventList'
import { eventRecord, fakeDataProvider, institutionRecord, venueRecord } from '../support/fake-data-provider'
import { POLL, renderAdmin } from '../support/render-admin'

const downloads: Blob[] = []
beforeEach(() => {
  downloads.length = 0
  // jsdom has no object URLs; the exporters' download goes through here.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    downloads.push(blob)
    return 'blob:export'
  })
})
afterEach(() => vi.restoreAllMocks())

const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.readAsText(blob)
  })

function renderList(locale: 'en' | 'es' = 'en') {
  const dataProvider = fakeDataProvider({
    events: [
      eventRecord({
        id: 3,
        title: { en: 'Regional forum', es: 'Foro regional' },
        venueId: 5,
        institutionIds: [1],
        status: 'published',
      }),
    ],
    venues: [venueRecord({ id: 5, name: { en: 'Hotel Real', es: 'Hotel Real' } })],
    institutions: [institutionRecord({ id: 1, acronym: { en: 'IOM', es: 'OIM' } })],
  })
  const filter = encodeURIComponent(JSON.stringify({ status: 'published' }))
  renderAdmin(<EventList />, {
    resource: 'events',
    dataProvider,
    locale,
    path: `/?filter=${filter}&order=ASC&sort=title`,
  })
  return { dataProvider, user: userEvent.setup() }
}

test('exports the list as filtered and sorted now, as JSON with venues and institutions in place', async () => {
  const { dataProvider, user } = renderList()
  await screen.findByText('Regional forum')

  await user.click(screen.getByRole('button', { name: 'Export' }))
  await user.click(screen.getByRole('menuitem', { name: 'This list as JSON' }))

  await expect.poll(() => downloads.length, POLL).toBe(1)
  expect(dataProvider.getList).toHaveBeenLastCalledWith(
    'events',
    expect.objectContaining({
      filter: { status: 'published' },
      sort: { field: 'title', order: 'ASC' },
      pagination: { page: 1, perPage: 1000 },
    }),
  )
  const [record] = JSON.parse(await readBlob(downloads[0] as Blob)) as Array<Record<string, unknown>>
  expect(record).toMatchObject({
    id: 3,
    title: { en: 'Regional forum', es: 'Foro regional' },
    status: 'published',
    venue: { id: 5, name: { en: 'Hotel Real' } },
    institutions: [{ id: 1 }],
  })
})

test('exports the list as CSV, one column per language', async () => {
  const { user } = renderList()
  await screen.findByText('Regional forum')

  await user.click(screen.getByRole('button', { name: 'Export' }))
  await user.click(screen.getByRole('menuitem', { name: 'This list as CSV' }))

  await expect.poll(() => downloads.length, POLL).toBe(1)
  const csv = await readBlob(downloads[0] as Blob)
  expect(csv.split('\n')[0]).toContain('title_en,title_es')
  expect(csv).toContain('Regional forum,Foro regional')
})

test('links to the public feeds in the interface language, and to the Import page', async () => {
  const { user } = renderList('es')
  await screen.findByText('Foro regional')
  expect(screen.getByRole('link', { name: 'Importar' })).toHaveAttribute('href', '/import')

  await user.click(screen.getByRole('button', { name: 'Exportar' }))

  expect(screen.getByRole('menuitem', { name: 'Fuente pública: JSON' })).toHaveAttribute(
    'href',
    '/api/public/events.json?lang=es',
  )
  expect(screen.getByRole('menuitem', { name: 'Fuente pública: CSV' })).toHaveAttribute(
    'href',
    '/api/public/events.csv?lang=es',
  )
  // The one file Import does not take says so.
  expect(
    screen.getByRole('menuitem', {
      name: 'Fuente pública: iCalendar Para aplicaciones de calendario; Importar no lo admite',
    }),
  ).toHaveAttribute('href', '/api/public/events.ics?lang=es')
})

test('an empty calendar still offers Import, and no list to export', async () => {
  renderAdmin(<EventList />, { resource: 'events', dataProvider: fakeDataProvider({ events: [] }) })
  const user = userEvent.setup()

  expect(await screen.findByRole('link', { name: 'Import' })).toHaveAttribute('href', '/import')
  await user.click(screen.getByRole('button', { name: 'Export' }))
  expect(screen.getByRole('menuitem', { name: 'This list as CSV' })).toHaveAttribute('aria-disabled', 'true')
})
