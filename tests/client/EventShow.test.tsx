import type { ObjectiveSection } from '@rcm/shared'
import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { EventShow } from '../../client/src/events/EventShow'
import { eventRecord, fakeDataProvider, institutionRecord, venueRecord } from '../support/fake-data-provider'
import { renderAdmin } from '../support/render-admin'

const text = (en: string, es = '') => ({ en, es })

const objectives: ObjectiveSection[] = [
  {
    heading: text('General objective', 'Objetivo general'),
    intro: null,
    style: 'paragraph',
    items: [{ text: text('Promote the exchange of information.'), items: [] }],
  },
  {
    heading: text('Specific objectives', 'Objetivos específicos'),
    intro: text('Based on the outcomes of the I Forum, the meeting seeks to:'),
    style: 'numbered',
    items: [
      { text: text('Review the implementation of the Regional Recommendations.'), items: [] },
      {
        text: text('Strengthen regional cooperation.'),
        items: [{ text: text('Among States.') }, { text: text('With other stakeholders.') }],
      },
    ],
  },
  {
    heading: text('Objectives of the Vice-Ministerial Meeting'),
    intro: null,
    style: 'bullets',
    items: [
      { text: text('To approve the Strategic Plan.'), items: [] },
      { text: text('To approve the budget.'), items: [] },
    ],
  },
]

const institutions = [
  institutionRecord({ id: 11, acronym: text('ICRC', 'CICR') }),
  institutionRecord({ id: 12, acronym: text('OHCHR', 'ACNUDH') }),
  institutionRecord({ id: 13, acronym: text('IOM', 'OIM') }),
  institutionRecord({
    id: 14,
    name: text(
      'Regional Network of Civil Organizations for Migration',
      'Red Regional de Organizaciones Civiles para las Migraciones',
    ),
    acronym: text('RNCOM', 'RROCM'),
  }),
]

const forum = eventRecord({
  id: 7,
  title: text('Forum-Workshop on Missing Persons', 'Foro-Taller sobre Personas Desaparecidas'),
  description: text('<p>A <strong>regional</strong> forum.</p>', '<p>Un foro <strong>regional</strong>.</p>'),
  objectives,
  startDate: '2026-03-03',
  endDate: '2026-03-04',
  city: 'San Salvador',
  venueId: 3,
  institutionIds: [11, 12, 13, 14],
  contactEmails: ['crmst@iom.int'],
  contactPhones: ['+506 88511009'],
  status: 'published',
  hasUnpublishedChanges: true,
})

function renderShow(locale: 'en' | 'es' = 'en') {
  const dataProvider = fakeDataProvider({
    events: [forum],
    venues: [venueRecord({ id: 3, name: text('Hotel Sheraton Presidente') })],
    // The API answers getMany in its own order.
    institutions: [...institutions].reverse(),
  })
  return renderAdmin(<EventShow id={7} />, { resource: 'events', dataProvider, locale })
}

test('reads like the public page: title, city, venue, dates and the description', async () => {
  renderShow()

  expect(
    await screen.findByRole('heading', { level: 1, name: 'Forum-Workshop on Missing Persons' }),
  ).toBeInTheDocument()
  expect(screen.getByText('San Salvador')).toBeInTheDocument()
  expect(await screen.findByText('Hotel Sheraton Presidente')).toBeInTheDocument()
  expect(screen.getByText('3 – 4 March 2026')).toBeInTheDocument()
  expect(screen.getByRole('heading', { level: 2, name: 'About the event' })).toBeInTheDocument()
  expect(screen.getByText('regional', { selector: 'strong' })).toBeInTheDocument()
  expect(screen.getByText('Published, with unpublished changes')).toBeInTheDocument()
})

test('renders objectives as sections: paragraphs, a numbered list with nested sub-items, a bulleted list', async () => {
  renderShow()

  await screen.findByRole('heading', { level: 3, name: 'General objective' })
  expect(screen.getByText('Promote the exchange of information.').tagName).toBe('P')

  const specific = screen.getByRole('heading', { level: 3, name: 'Specific objectives' }).closest('section')
  if (!specific) throw new Error('no section')
  expect(within(specific).getByText('Based on the outcomes of the I Forum, the meeting seeks to:').tagName).toBe('P')
  const [numbered, subItems] = within(specific).getAllByRole('list')
  expect(numbered?.tagName).toBe('OL')
  const items = within(numbered as HTMLElement)
    .getAllByRole('listitem')
    .filter((item) => item.parentElement === numbered)
  expect(items).toHaveLength(2)
  expect(items[1]).toContainElement(subItems as HTMLElement)
  expect(
    within(subItems as HTMLElement)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(['Among States.', 'With other stakeholders.'])

  const bullets = screen
    .getByRole('heading', { level: 3, name: 'Objectives of the Vice-Ministerial Meeting' })
    .closest('section')
  if (!bullets) throw new Error('no section')
  const list = within(bullets).getByRole('list')
  expect(list.tagName).toBe('UL')
  expect(within(list).getAllByRole('listitem')).toHaveLength(2)
})

test('links the contacts: mailto for emails, tel without spaces for phones', async () => {
  renderShow()

  expect(await screen.findByRole('link', { name: 'crmst@iom.int' })).toHaveAttribute('href', 'mailto:crmst@iom.int')
  expect(screen.getByRole('link', { name: '+506 88511009' })).toHaveAttribute('href', 'tel:+50688511009')
})

test('joins the coordinating institutions in order with the English conjunction', async () => {
  renderShow('en')

  expect(await screen.findByText('ICRC, OHCHR, IOM and RNCOM')).toBeInTheDocument()
})

test('in Spanish, shows the Spanish texts and joins the Spanish acronyms with "y"', async () => {
  renderShow('es')

  expect(await screen.findByText('CICR, ACNUDH, OIM y RROCM')).toBeInTheDocument()
  expect(
    screen.getByRole('heading', { level: 1, name: 'Foro-Taller sobre Personas Desaparecidas' }),
  ).toBeInTheDocument()
  expect(screen.getByRole('heading', { level: 2, name: 'Acerca del evento' })).toBeInTheDocument()
  expect(screen.getByRole('heading', { level: 3, name: 'Objetivos específicos' })).toBeInTheDocument()
  // An item with no Spanish text falls back to the English one.
  expect(screen.getByText('Among States.')).toBeInTheDocument()
  expect(screen.getByText('3–4 de marzo de 2026')).toBeInTheDocument()
  expect(screen.getByText('Publicado, con cambios sin publicar')).toBeInTheDocument()
})

test('an undated event is to be confirmed', async () => {
  const dataProvider = fakeDataProvider({ events: [eventRecord({ id: 8, startDate: null, endDate: null })] })

  renderAdmin(<EventShow id={8} />, { resource: 'events', dataProvider, locale: 'es' })

  expect(await screen.findByText('por confirmar')).toBeInTheDocument()
})

function renderFiledEvent(locale: 'en' | 'es') {
  const event = eventRecord({
    id: 9,
    presidencyId: 2,
    typeId: 3,
    countryCodes: ['GT', 'HN', 'SV'],
    networkIds: [1],
    documents: [
      {
        id: 1,
        fileId: 21,
        title: text('Agenda of the meeting', 'Agenda de la reunión'),
        kind: 'agenda',
        language: 'es',
        file: { name: 'agenda.pdf', mediaType: 'application/pdf', bytes: 1_250_000 },
      },
      {
        id: 2,
        fileId: 22,
        title: text('Final report', 'Informe final'),
        kind: 'report',
        language: 'both',
        file: {
          name: 'report.docx',
          mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          bytes: 48_000,
        },
      },
      {
        id: 3,
        fileId: 24,
        title: text('', ''),
        kind: 'other',
        language: 'en',
        file: { name: 'final_report.pdf', mediaType: 'application/pdf', bytes: 2_000 },
      },
    ],
    imageFileId: 23,
  })
  const dataProvider = fakeDataProvider({
    events: [event],
    presidencies: [{ id: 2, countryCode: 'SV', startDate: '2026-01-01', endDate: '2026-12-31', theme: text('') }],
    'event-types': [{ id: 3, name: text('Workshop', 'Taller') }],
    countries: [
      { id: 'SV', name: text('El Salvador', 'El Salvador') },
      { id: 'GT', name: text('Guatemala', 'Guatemala') },
      { id: 'HN', name: text('Honduras', 'Honduras') },
    ],
    networks: [{ id: 1, name: text('Regional Network', 'Red Regional'), acronym: text('RNCOM', 'RROCM') }],
  })
  return renderAdmin(<EventShow id={9} />, { resource: 'events', dataProvider, locale })
}

/** The description of the page's term `label`. */
const detail = (label: string) => {
  const term = screen.getByText(label, { selector: 'dt' })
  const description = term.nextElementSibling
  if (description?.tagName !== 'DD') throw new Error(`no description for ${label}`)
  return description as HTMLElement
}

test('lists the presidency, type, countries and networks, and the documents with their kind, format, size and language', async () => {
  renderFiledEvent('en')

  await screen.findByRole('heading', { level: 1, name: 'Technical workshop' })
  await waitFor(() => expect(detail('Presidency')).toHaveTextContent('El Salvador'))
  expect(detail('Presidency')).toHaveTextContent('1 Jan – 31 Dec 2026')
  await waitFor(() => expect(detail('Type')).toHaveTextContent('Workshop'))
  await waitFor(() => expect(detail('Countries')).toHaveTextContent('Guatemala, Honduras and El Salvador'))
  await waitFor(() => expect(detail('Networks')).toHaveTextContent('RNCOM'))

  const documents = screen.getByRole('heading', { level: 2, name: 'Documents' }).nextElementSibling as HTMLElement
  const [agenda, report, other] = within(documents).getAllByRole('listitem')
  expect(within(agenda!).getByRole('link', { name: 'Agenda of the meeting' })).toHaveAttribute('href', '/api/files/21')
  // The event's read gives each file's format and size: written as the public page writes them.
  expect(agenda).toHaveTextContent('(Agenda, PDF, 1.2 MB, Spanish)')
  expect(within(report!).getByRole('link', { name: 'Final report' })).toHaveAttribute('href', '/api/files/22')
  expect(report).toHaveTextContent('(Report, Word, 47 KB, English and Spanish)')
  // A document without a title is named by its file's name, without its extension.
  expect(within(other!).getByRole('link', { name: 'final report' })).toHaveAttribute('href', '/api/files/24')
  expect(other).toHaveTextContent('(Other, PDF, 2 KB, English)')
  expect(screen.getByRole('img', { name: 'Cover image' })).toHaveAttribute('src', '/api/files/23?size=1200')
})

test('in Spanish, names the taxonomy and the documents in Spanish', async () => {
  renderFiledEvent('es')

  await screen.findByRole('heading', { level: 1, name: 'Taller técnico' })
  await waitFor(() => expect(detail('Presidencia')).toHaveTextContent('El Salvador'))
  await waitFor(() => expect(detail('Tipo')).toHaveTextContent('Taller'))
  await waitFor(() => expect(detail('Países')).toHaveTextContent('Guatemala, Honduras y El Salvador'))
  await waitFor(() => expect(detail('Redes')).toHaveTextContent('RROCM'))

  const documents = screen.getByRole('heading', { level: 2, name: 'Documentos' }).nextElementSibling as HTMLElement
  const [agenda, report, other] = within(documents).getAllByRole('listitem')
  expect(within(agenda!).getByRole('link', { name: 'Agenda de la reunión' })).toBeInTheDocument()
  expect(agenda).toHaveTextContent('(Agenda, PDF, 1,2 MB, español)')
  expect(within(report!).getByRole('link', { name: 'Informe final' })).toBeInTheDocument()
  expect(report).toHaveTextContent('(Informe, Word, 47 KB, español e inglés)')
  expect(other).toHaveTextContent('(Otro, PDF, 2 KB, inglés)')
  expect(screen.getByRole('img', { name: 'Imagen de portada' })).toBeInTheDocument()
})
