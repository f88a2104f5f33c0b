import type { Revision } from '@rcm/shared'
import { screen, waitFor, within } from '@testing-library/react'
import { RecordContextProvider } from 'react-admin'
import { afterEach, expect, test, vi } from 'vitest'
import { RevisionsTab } from '../../client/src/revisions/RevisionsTab'
import { fakeAuthProvider } from '../support/fake-auth-provider'
import { eventRecord, fakeDataProvider, institutionRecord, venueRecord } from '../support/fake-data-provider'
import { setupUser } from '../support/form-queries'
import { POLL, renderAdmin } from '../support/render-admin'
import { emulateScreenWidth } from '../support/screen-width'

afterEach(() => vi.unstubAllGlobals())

const revision = (id: number, version: number, city: string, action: Revision['action']): Revision => ({
  id,
  eventId: 7,
  version,
  action,
  userId: 1,
  userName: 'Ana Editor',
  createdAt: `2026-03-0${id}T10:00:00.000Z`,
  comment: null,
  data: eventRecord({ id: 7, version, city }),
})

test('compares the two latest versions field by field, and restores an older one after confirming', async () => {
  const user = setupUser()
  const event = eventRecord({ id: 7, version: 3, city: 'Panamá' })
  const restoreRevision = vi.fn(async () => ({ data: event }))
  const dataProvider = fakeDataProvider(
    {
      events: [event],
      revisions: [
        revision(3, 3, 'Panamá', 'update'),
        revision(2, 2, 'San José', 'update'),
        revision(1, 1, 'San José', 'create'),
      ],
    },
    { restoreRevision },
  )
  renderAdmin(
    <RecordContextProvider value={event}>
      <RevisionsTab />
    </RecordContextProvider>,
    { resource: 'events', dataProvider, authProvider: fakeAuthProvider('editor') },
  )

  const table = await screen.findByRole('table', { name: 'Compare' })
  expect(within(table).getByText('City')).toBeInTheDocument()
  expect(within(table).getByText('San José')).toBeInTheDocument()
  expect(within(table).getByText('Panamá')).toBeInTheDocument()
  expect(screen.getAllByRole('cell', { name: 'Ana Editor' })).toHaveLength(3)

  await waitFor(() => expect(document.querySelector('button[aria-label="Restore: Version 1"]')).not.toBeNull())
  await user.click(document.querySelector<HTMLElement>('button[aria-label="Restore: Version 1"]')!)
  const dialog = await screen.findByRole('dialog')
  await user.click(within(dialog).getByRole('button', { name: 'Confirm' }))

  await expect.poll(() => restoreRevision.mock.calls[0], POLL).toEqual([7, { revisionId: 1, version: 3 }])
})

test('shows the compared values as the app does, in the interface language: never codes, ids or ISO dates', async () => {
  const older = eventRecord({
    id: 7,
    version: 1,
    status: 'in_review',
    startDate: '2026-12-08',
    modality: 'in_person',
    venueId: null,
    institutionIds: [1],
    startTime: null,
    timeZone: null,
    meetingUrlPublic: false,
    description: { en: '', es: '<p>Taller de <strong>datos</strong></p>' },
  })
  const newer = eventRecord({
    id: 7,
    version: 2,
    status: 'draft',
    startDate: '2026-12-15',
    modality: 'hybrid',
    venueId: 4,
    institutionIds: [1, 2],
    startTime: '09:00',
    timeZone: 'America/El_Salvador',
    meetingUrlPublic: true,
    description: { en: '', es: '<p>Taller de <strong>datos</strong></p><ul><li>Día 1</li></ul>' },
  })
  const dataProvider = fakeDataProvider({
    events: [newer],
    revisions: [
      { ...revision(2, 2, 'Panamá', 'update'), data: newer },
      { ...revision(1, 1, 'Panamá', 'submit'), data: older },
    ],
    venues: [venueRecord({ id: 4, name: { en: 'Sheraton Hotel', es: 'Hotel Sheraton' } })],
    institutions: [
      institutionRecord({ id: 1 }),
      institutionRecord({ id: 2, name: { en: 'UNHCR', es: 'ACNUR' }, acronym: { en: 'UNHCR', es: 'ACNUR' } }),
    ],
  })
  renderAdmin(
    <RecordContextProvider value={newer}>
      <RevisionsTab />
    </RecordContextProvider>,
    { resource: 'events', dataProvider, authProvider: fakeAuthProvider('editor'), locale: 'es' },
  )

  const table = await screen.findByRole('table', { name: 'Comparar' })
  const row = (field: string) => within(table).getByRole('rowheader', { name: field }).closest('tr')!
  const values = (field: string) =>
    within(row(field))
      .getAllByRole('cell')
      .map((cell) => cell.textContent)
  expect(values('Estado')).toEqual(['En revisión', 'Borrador'])
  expect(values('Fecha de inicio')).toEqual(['8 dic 2026', '15 dic 2026'])
  expect(values('Modalidad')).toEqual(['Presencial', 'Híbrida'])
  expect(values('Hora de inicio')).toEqual(['—', '09:00'])
  expect(values('Zona horaria')).toEqual(['—', 'America/El Salvador'])
  expect(values('Enlace visible al público')).toEqual(['No', 'Sí'])
  expect(values('Acerca del evento (ES)')).toEqual(['Taller de datos', 'Taller de datos\nDía 1'])
  await waitFor(() => expect(values('Lugar')).toEqual(['—', 'Hotel Sheraton']))
  await waitFor(() => expect(values('Instituciones coordinadoras')).toEqual(['OIM', 'OIM y ACNUR']))
})

test('on a phone, the versions fit in three columns and each one can still be picked', async () => {
  emulateScreenWidth(390)
  const user = setupUser()
  const event = eventRecord({ id: 7, version: 3, city: 'Panamá' })
  const dataProvider = fakeDataProvider({
    events: [event],
    revisions: [
      revision(3, 3, 'Panamá', 'update'),
      revision(2, 2, 'San José', 'update'),
      revision(1, 1, 'Tegucigalpa', 'create'),
    ],
  })
  renderAdmin(
    <RecordContextProvider value={event}>
      <RevisionsTab />
    </RecordContextProvider>,
    { resource: 'events', dataProvider, authProvider: fakeAuthProvider('editor'), locale: 'es' },
  )

  const versions = await screen.findByRole('table', { name: 'Versiones' })
  expect(
    within(versions)
      .getAllByRole('columnheader')
      .map((header) => header.textContent),
  ).toEqual(['Anterior', 'Posterior', 'Versión'])
  // The action, the time and the author are still there, in the version's cell.
  const first = await within(versions).findByRole('cell', { name: /^Versión 1 · Creado/ })
  expect(first).toHaveTextContent('Ana Editor')
  expect(first).toHaveTextContent('1 mar 2026')

  await user.click(within(versions).getByRole('radio', { name: 'Anterior: Versión 1' }))
  const table = screen.getByRole('table', { name: 'Comparar' })
  // Each field heads its two values, which then have half the width each.
  const city = within(table).getByRole('rowheader', { name: 'Ciudad' })
  expect(city).toHaveAttribute('colspan', '2')
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent),
  ).toEqual(['Versión 1', 'Versión 3'])
  expect(within(table).getByText('Tegucigalpa')).toBeInTheDocument()
  expect(within(table).getByText('Panamá')).toBeInTheDocument()
})
