import { type Event, InstitutionSchema } from '@rcm/shared'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { HttpError } from 'react-admin'
import { expect, test, vi } from 'vitest'
import { EventCreate } from '../../client/src/events/EventCreate'
import { EventEdit } from '../../client/src/events/EventEdit'
import { EventShow } from '../../client/src/events/EventShow'
import {
  eventRecord,
  fakeDataProvider,
  type FakeRecords,
  institutionRecord,
  venueRecord,
} from '../support/fake-data-provider'
import { button, control, fill, findEnglish, firstEnglish, setupUser } from '../support/form-queries'
import { renderAdmin } from '../support/render-admin'

const text = (en: string, es = '') => ({ en, es })

function renderCreate() {
  const dataProvider = fakeDataProvider()
  renderAdmin(<EventCreate />, { dataProvider, resource: 'events' })
  return dataProvider
}

function renderEdit(overrides: Partial<Event> = {}, records: FakeRecords = {}) {
  const record = eventRecord({ id: 7, version: 3, title: text('RCGM Meeting'), ...overrides })
  const dataProvider = fakeDataProvider({ ...records, events: [record] })
  renderAdmin(<EventEdit id={record.id} />, { dataProvider, resource: 'events' })
  return dataProvider
}

test('creates an event with its dates, modality, city and contacts; an empty end date is null', async () => {
  const user = setupUser()
  const { create } = renderCreate()
  await fill(user, await findEnglish('Title'), 'Regional Seminar')
  await fill(user, control('Start date'), '2026-05-12')
  await user.click(control(/^Modality/))
  await user.click(screen.getByText('Hybrid', { selector: 'li' }))
  await fill(user, control('City'), 'San Salvador')
  await user.click(button('Add email'))
  await fill(user, control('Email'), 'crmst@iom.int')
  await user.click(button('Add phone'))
  await fill(user, control('Phone'), '+506 88511009')
  await user.click(button('Save'))

  await waitFor(() => expect(create).toHaveBeenCalledTimes(1))
  expect(create.mock.calls[0]![0]).toBe('events')
  expect(create.mock.calls[0]![1].data).toEqual({
    title: text('Regional Seminar'),
    description: text(''),
    objectives: [],
    startDate: '2026-05-12',
    endDate: null,
    modality: 'hybrid',
    city: 'San Salvador',
    venueId: null,
    institutionIds: [],
    contactEmails: ['crmst@iom.int'],
    contactPhones: ['+506 88511009'],
    documents: [],
    imageFileId: null,
    startTime: null,
    endTime: null,
    timeZone: null,
    meetingUrl: null,
    meetingUrlPublic: false,
    presidencyId: null,
    typeId: null,
    countryCodes: [],
    networkIds: [],
  })
})

test('shows the format under a bad email and a bad phone, and submits nothing', async () => {
  const user = setupUser()
  const { create } = renderCreate()
  await fill(user, await findEnglish('Title'), 'Regional Seminar')
  await user.click(button('Add email'))
  await fill(user, control('Email'), 'crmst(at)iom.int')
  await user.click(button('Add phone'))
  expect(control('Phone')).toHaveAccessibleDescription(
    'International form: + country code, then the number, e.g. +506 88511009',
  )
  await fill(user, control('Phone'), '8851 1009')
  await user.click(button('Save'))

  await waitFor(() => expect(control('Email')).toHaveAccessibleDescription('Not a valid email address'))
  expect(control('Phone')).toHaveAccessibleDescription('Use the international form, e.g. +506 88511009')
  expect(create).not.toHaveBeenCalled()
})

test('refuses an end date before the start date, and submits nothing', async () => {
  const user = setupUser()
  const { create } = renderCreate()
  await fill(user, await findEnglish('Title'), 'Regional Seminar')
  await fill(user, control('Start date'), '2026-05-12')
  await fill(user, control('End date'), '2026-05-10')
  await user.click(button('Save'))

  await waitFor(() => expect(control('End date')).toHaveAccessibleDescription('The end date is before the start date'))
  expect(create).not.toHaveBeenCalled()
})

test('sends the version back; on a 409 it keeps the edits and lets the editor choose per field, then saves on the current version', async () => {
  const user = setupUser()
  const { update } = renderEdit({ city: 'San José' })
  // Meanwhile someone else saved version 4 with another city: the 409 carries it.
  const current = eventRecord({ id: 7, version: 4, title: text('RCGM Meeting'), city: 'San Salvador' })
  const conflict = new HttpError('This event was changed by someone else', 409, {
    message: 'This event was changed by someone else',
    current,
  })
  update.mockRejectedValueOnce(conflict)
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  await waitFor(() => expect(firstEnglish('Title')).toHaveValue('RCGM Meeting'))

  await fill(user, firstEnglish('Title'), 'RCGM Meeting and XXVII Vice-Ministerial Meeting')
  await fill(user, control('City'), 'Panamá')
  await user.click(button('Save'))

  expect(await screen.findByText(/Someone else changed this event after you opened it/)).toBeInTheDocument()
  expect(update).toHaveBeenCalledWith(
    'events',
    expect.objectContaining({
      id: 7,
      data: expect.objectContaining({ version: 3, title: text('RCGM Meeting and XXVII Vice-Ministerial Meeting') }),
    }),
  )
  expect(firstEnglish('Title')).toHaveValue('RCGM Meeting and XXVII Vice-Ministerial Meeting')
  expect(consoleError).toHaveBeenCalledWith(conflict)

  const dialog = await screen.findByRole('dialog', { name: 'Someone else saved this event' })
  expect(within(dialog).getByText('San Salvador')).toBeInTheDocument()
  await user.click(within(dialog).getByLabelText('City: Saved meanwhile'))
  await user.click(within(dialog).getByRole('button', { name: 'Keep these and save' }))

  await waitFor(() => expect(update).toHaveBeenCalledTimes(2))
  expect(update.mock.calls[1]![1].data).toMatchObject({
    version: 4,
    title: text('RCGM Meeting and XXVII Vice-Ministerial Meeting'),
    city: 'San Salvador',
  })
  consoleError.mockRestore()
})

test("the other language's description editor starts when its tab is opened, with that language's text, and saving keeps both", async () => {
  const user = setupUser()
  const { update } = renderEdit({
    description: text('<p>An English description</p>', '<p>Una descripción en español</p>'),
  })
  await waitFor(() => expect(firstEnglish('Title')).toHaveValue('RCGM Meeting'))
  const english = await screen.findByRole('textbox', { name: 'About the event' })
  expect(english).toHaveTextContent('An English description')
  expect(screen.getAllByRole('textbox', { name: 'About the event', hidden: true })).toHaveLength(1)

  await user.click(screen.getAllByRole('tab', { name: 'Spanish' })[0]!)

  const editors = await screen.findAllByRole('textbox', { name: 'About the event', hidden: true })
  await waitFor(() => expect(editors.at(-1)).toHaveTextContent('Una descripción en español'))
  await fill(user, control('City'), 'Panamá')
  await user.click(button('Save'))
  await waitFor(() => expect(update).toHaveBeenCalled())
  expect(update.mock.calls[0]![1].data).toMatchObject({
    city: 'Panamá',
    description: text('<p>An English description</p>', '<p>Una descripción en español</p>'),
  })
})

test('the edit form does not call an event with no Spanish "ready": it names the missing Spanish texts, and follows typing', async () => {
  const user = setupUser()
  renderEdit(
    {
      title: text('Regional forum'),
      city: 'San Salvador',
      institutionIds: [1],
      contactEmails: ['crmst@iom.int'],
    },
    { institutions: [InstitutionSchema.parse({ id: 1, name: text('IOM', 'OIM'), acronym: text('IOM', 'OIM') })] },
  )
  expect(
    await screen.findByText('Ready to publish, but ES is incomplete: see what is missing below.'),
  ).toBeInTheDocument()
  expect(screen.queryByText('Ready to publish')).not.toBeInTheDocument()
  expect(screen.getByText(/ES: 1 text missing/)).toHaveTextContent('ES: 1 text missing: Title')

  await user.click(screen.getAllByRole('tab', { name: 'Spanish' })[0]!)
  await fill(user, screen.getAllByRole('textbox', { name: 'Title' }).at(-1)!, 'Foro regional')

  expect(await screen.findByText('Ready to publish')).toBeInTheDocument()
  expect(screen.queryByText(/text missing/)).not.toBeInTheDocument()
})

test("saving an event in review says that it is now a draft, out of the reviewers' queue", async () => {
  const user = setupUser()
  const { update } = renderEdit({ status: 'in_review', city: 'San José' })
  // The server sends an event in review back to draft on any save.
  update.mockImplementationOnce(async (_resource: string, params: { data: Partial<Event> }) => ({
    data: { ...params.data, status: 'draft', version: 4 } as Event,
  }))
  await waitFor(() => expect(firstEnglish('Title')).toHaveValue('RCGM Meeting'))

  await fill(user, control('City'), 'Panamá')
  await user.click(button('Save'))

  expect(
    await screen.findByText('Event saved. It was in review and is now a draft: submit it for review again.'),
  ).toBeInTheDocument()
})

test('a virtual event has no venue: choosing "Virtual" clears it', async () => {
  const user = setupUser()
  const venue = venueRecord({ id: 4 })
  const { update } = renderEdit({ venueId: venue.id }, { venues: [venue] })
  await waitFor(() => expect(control(/^Venue/)).toHaveValue('Ministry of Foreign Affairs'))

  await user.click(control(/^Modality/))
  await user.click(screen.getByText('Virtual', { selector: 'li' }))
  expect(screen.queryByText(/^Venue/, { selector: 'label *' })).not.toBeInTheDocument()
  await user.click(button('Save'))

  await waitFor(() => expect(update).toHaveBeenCalledTimes(1))
  expect(update.mock.calls[0]![1].data).toMatchObject({ modality: 'virtual', venueId: null })
})

test("adds a venue that is not listed yet, in the event's city, and selects it", async () => {
  const user = setupUser()
  const dataProvider = renderEdit({ city: 'San Salvador' })
  await waitFor(() => expect(firstEnglish('Title')).toHaveValue('RCGM Meeting'))

  await user.click(control(/^Venue/))
  await user.paste('Hotel Sheraton Presidente')
  await user.click(await screen.findByText('Create Hotel Sheraton Presidente'))
  const dialog = (await screen.findByText('New venue')).closest<HTMLElement>('[role=dialog]')!
  expect(control('Name in English', dialog)).toHaveValue('Hotel Sheraton Presidente')
  expect(control('City', dialog)).toHaveValue('San Salvador')
  // Its country, which gives the event's time zone.
  await fill(user, control('Country', dialog), 'sv')
  await user.click(within(dialog).getByText('Save'))

  await waitFor(() => expect(control(/^Venue/)).toHaveValue('Hotel Sheraton Presidente'))
  expect(dataProvider.create).toHaveBeenCalledWith('venues', {
    data: { name: text('Hotel Sheraton Presidente'), city: 'San Salvador', country: 'SV', address: null },
  })
  await user.click(button('Save'))
  await waitFor(() => expect(dataProvider.update).toHaveBeenCalledTimes(1))
  expect(dataProvider.update.mock.calls[0]![1].data).toMatchObject({ venueId: 1000 })
})

test('keeps the institutions in the order chosen, one of them added on the spot', async () => {
  const user = setupUser()
  const iom = institutionRecord({ id: 1 })
  const icrc = institutionRecord({
    id: 2,
    name: text('International Committee of the Red Cross'),
    acronym: text('ICRC', 'CICR'),
  })
  const institutions = [iom, icrc]
  const dataProvider = renderEdit({}, { institutions })
  // A create persists, as on the server: the input reads the new institution back with getMany.
  dataProvider.create.mockImplementation(async (_resource, params) => {
    const institution = InstitutionSchema.parse({ ...params.data, id: 1000 })
    institutions.push(institution)
    return { data: institution }
  })
  await waitFor(() => expect(firstEnglish('Title')).toHaveValue('RCGM Meeting'))

  await user.click(control(/^Coordinating institutions/))
  await user.click(await screen.findByText('ICRC – International Committee of the Red Cross', { selector: 'li' }))
  await user.paste('RNCOM')
  await user.click(await screen.findByText('Create RNCOM'))
  const dialog = (await screen.findByText('New institution')).closest<HTMLElement>('[role=dialog]')!
  expect(control('Acronym in English', dialog)).toHaveValue('RNCOM')
  await fill(user, control('Name in English', dialog), 'Regional Network of Civil Organizations for Migration')
  await user.click(within(dialog).getByText('Save'))
  await screen.findByText(/^RNCOM – /)
  await user.click(control(/^Coordinating institutions/))
  await user.click(await screen.findByText('IOM – International Organization for Migration', { selector: 'li' }))
  await user.click(button('Save'))

  await waitFor(() => expect(dataProvider.update).toHaveBeenCalledTimes(1))
  expect(dataProvider.create).toHaveBeenCalledWith('institutions', {
    data: { name: text('Regional Network of Civil Organizations for Migration'), acronym: text('RNCOM') },
  })
  expect(dataProvider.update.mock.calls[0]![1].data).toMatchObject({ institutionIds: [2, 1000, 1] })
})

test("speaks Spanish when the interface does, the schema's messages included", async () => {
  const user = setupUser()
  const dataProvider = fakeDataProvider()
  renderAdmin(<EventCreate />, { dataProvider, resource: 'events', locale: 'es' })
  await findEnglish('Título')
  expect(button('Agregar sección')).toBeInTheDocument()
  await user.click(button('Agregar correo'))
  await fill(user, control('Correo electrónico'), 'crmst(at)iom.int')
  await user.click(button('Guardar'))

  await waitFor(() =>
    expect(control('Correo electrónico')).toHaveAccessibleDescription('No es una dirección de correo válida'),
  )
  expect(firstEnglish('Título')).toHaveAccessibleDescription('Complete al menos un idioma')
  expect(dataProvider.create).not.toHaveBeenCalled()
})

test.each([
  ['en', /Saving your changes sends it back to draft/],
  ['es', /Al guardar sus cambios vuelve a borrador/],
] as const)(
  'the edit form of an event in review warns before saving that it goes back to draft (%s)',
  async (locale, text) => {
    const dataProvider = fakeDataProvider({ events: [eventRecord({ id: 7, status: 'in_review' })] })
    renderAdmin(<EventEdit id={7} />, { dataProvider, resource: 'events', locale })

    expect(await screen.findByText(text)).toBeInTheDocument()
  },
)

test('a long title counts its characters against the limit, and one over it is refused in Spanish before saving', async () => {
  const user = setupUser()
  const dataProvider = fakeDataProvider()
  renderAdmin(<EventCreate />, { dataProvider, resource: 'events', locale: 'es' })
  const title = await findEnglish('Título')

  fireEvent.change(title, { target: { value: 'A'.repeat(250) } })
  await waitFor(() => expect(title).toHaveAccessibleDescription('250 caracteres, de 20.000 como máximo'))

  fireEvent.change(title, { target: { value: 'A'.repeat(20_001) } })
  await user.click(button('Guardar'))
  await waitFor(() => expect(title).toHaveAccessibleDescription('Use como máximo 20.000 caracteres'))
  expect(dataProvider.create).not.toHaveBeenCalled()
})

test.each([
  ['edit', <EventEdit key="edit" id={99999} />],
  ['show', <EventShow key="show" id={99999} />],
] as const)('an event that does not exist says so in Spanish on its %s page, naming the event', async (_page, ui) => {
  // The data layer logs the 404 it got.
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  renderAdmin(ui, { dataProvider: fakeDataProvider({ events: [] }), resource: 'events', locale: 'es' })

  expect(await screen.findByText('Este evento no existe (o se eliminó).')).toBeInTheDocument()
  expect(consoleError).toHaveBeenCalledWith(expect.objectContaining({ status: 404 }))
  consoleError.mockRestore()
})
