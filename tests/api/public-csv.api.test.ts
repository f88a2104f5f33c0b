import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { insertCompleteEvent } from '../support/workflow'
import { csvObjects, fetchFeed, parseCsv } from './public-helpers'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const CONTRACT_COLUMNS = [
  'id',
  'title',
  'startDate',
  'endDate',
  'modality',
  'city',
  'venue',
  'institutions',
  'contactEmails',
  'contactPhones',
  'description',
  'objectives',
  'url',
  'publishedAt',
  'startTime',
  'endTime',
  'timeZone',
  'presidency',
  'type',
  'countries',
  'networks',
  'documents',
]

function insertTrickyEvent() {
  const venue = api.insertVenue({
    name: { en: 'Hotel "Real", Tower B', es: 'Hotel "Real", Torre B' },
    city: 'San Salvador',
    country: 'SV',
    address: null,
  })
  const second = api.insertInstitution({
    name: { en: 'International Organization for Migration', es: 'Organización Internacional para las Migraciones' },
    acronym: { en: 'IOM', es: 'OIM' },
  })
  return insertCompleteEvent(
    api,
    {
      title: { en: '=HYPERLINK("http://evil.example")', es: 'Foro, "regional"' },
      description: { en: '<p>First &amp; <strong>bold</strong></p><p>Second</p>', es: '<p>Primero</p>' },
      objectives: [
        {
          heading: { en: 'Goals', es: 'Metas' },
          intro: null,
          style: 'numbered',
          items: [
            { text: { en: 'Share', es: 'Compartir' }, items: [] },
            { text: { en: 'Agree', es: 'Acordar' }, items: [] },
          ],
        },
      ],
      venueId: venue.id,
      institutionIds: [
        api.insertInstitution({ name: { en: 'Ministry', es: 'Ministerio' }, acronym: { en: 'MFA', es: 'MRE' } }).id,
        second.id,
      ],
      contactEmails: ['crmst@iom.int', 'info@example.org'],
      contactPhones: ['+506 88511009', '+1 2025550123'],
    },
    'published',
  )
}

test('UTF-8 with a byte-order mark, CRLF records, a header row, served as a CSV attachment', async () => {
  insertTrickyEvent()
  const response = await fetchFeed(api, 'events.csv?lang=en')

  expect(response.status).toBe(200)
  expect([...response.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
  expect(response.headers.get('content-disposition')).toBe('attachment; filename="rcm-events.csv"')
  expect(response.text.endsWith('\r\n')).toBe(true)
  expect(response.text.slice(1).split('\r\n')[0]).toBe(CONTRACT_COLUMNS.join(','))
  // Outside quoted cells every line break is CRLF.
  expect(response.text.replace(/"(?:[^"]|"")*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
})

test('one language: the CONTRACT columns, quoting, formula neutralising, plain text, values joined by "; "', async () => {
  const event = insertTrickyEvent()
  const [row] = csvObjects((await fetchFeed(api, 'events.csv?lang=en')).text)

  expect(row).toMatchObject({
    id: String(event.id),
    title: `'=HYPERLINK("http://evil.example")`,
    startDate: '2026-05-12',
    endDate: '2026-05-13',
    modality: 'in_person',
    city: 'San Salvador',
    venue: 'Hotel "Real", Tower B\n\nSan Salvador\nSV',
    institutions: 'Ministry (MFA); International Organization for Migration (IOM)',
    contactEmails: 'crmst@iom.int; info@example.org',
    contactPhones: "'+506 88511009; +1 2025550123",
    description: 'First & bold Second',
    objectives: 'Goals\n1. Share\n2. Agree',
    url: `${api.url}/calendar/events/${event.id}?lang=en`,
  })
  expect(row?.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/)
  const raw = (await fetchFeed(api, 'events.csv?lang=es')).text
  expect(raw).toContain('"Foro, ""regional"""')
  expect(csvObjects(raw)[0]?.title).toBe('Foro, "regional"')
})

test('without lang, each translated column comes twice, _en and _es', async () => {
  insertTrickyEvent()
  const rows = parseCsv((await fetchFeed(api, 'events.csv')).text)

  expect(rows[0]).toEqual(
    CONTRACT_COLUMNS.flatMap((column) =>
      [
        'title',
        'venue',
        'institutions',
        'description',
        'objectives',
        'presidency',
        'type',
        'countries',
        'networks',
      ].includes(column)
        ? [`${column}_en`, `${column}_es`]
        : [column],
    ),
  )
  const [row] = csvObjects((await fetchFeed(api, 'events.csv')).text)
  expect(row).toMatchObject({
    title_es: 'Foro, "regional"',
    description_es: 'Primero',
    objectives_es: 'Metas\n1. Compartir\n2. Acordar',
    institutions_es: 'Ministerio (MRE); Organización Internacional para las Migraciones (OIM)',
  })
  expect(row?.url).toBe(`${api.url}/calendar/events/${row?.id}`)
})
