import {
  eventListCsv,
  eventListJson,
  type Event,
  type EventType,
  type ImportReportBody,
  type Institution,
  type Network,
  type Presidency,
  type Venue,
} from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { SYSTEM_ACTOR } from '../../server/src/actor'
import { createEventType } from '../../server/src/event-types/event-types.service'
import { eventTypesRepository } from '../../server/src/event-types/event-types.repository'
import { eventsRepository } from '../../server/src/events/events.repository'
import { createNetwork } from '../../server/src/networks/networks.service'
import { networksRepository } from '../../server/src/networks/networks.repository'
import { startTestApi, type TestApi } from '../support/api'
import { fillSourceCalendar, SITE_URL } from './import-roundtrip-helpers'
import { feedText } from './public-helpers'

/*
 * Every file the events list's Export menu gives, made by the real server
 * from seeded data, imported back unchanged through `POST /api/import`.
 */

let api: TestApi
beforeEach(async () => {
  api = await startTestApi({ publicSiteUrl: SITE_URL })
  fillSourceCalendar(api)
})
afterEach(() => api.close())

async function allOf<T extends { id: number }>(resource: string): Promise<T[]> {
  const response = await api.as('admin').send('GET', `/api/${resource}?range=${encodeURIComponent('[0,999]')}`)
  expect(response.status).toBe(200)
  return response.body as T[]
}

const byId = <T extends { id: number }>(records: T[]): Record<number, T> =>
  Object.fromEntries(records.map((record) => [record.id, record]))

/** The list as the admin app exports it: every event, with the venues, institutions, presidencies, … it names. */
async function listReferences() {
  const [events, venues, institutions, presidencies, eventTypes, networks] = await Promise.all([
    allOf<Event>('events'),
    allOf<Venue>('venues'),
    allOf<Institution>('institutions'),
    allOf<Presidency>('presidencies'),
    allOf<EventType>('event-types'),
    allOf<Network>('networks'),
  ])
  const references = {
    venues: byId(venues),
    institutions: byId(institutions),
    presidencies: byId(presidencies),
    eventTypes: byId(eventTypes),
    networks: byId(networks),
  }
  return { events, references }
}

type MenuFile = { format: 'json' | 'csv'; content: string; events: number }

const MENU_FILES: Record<string, () => Promise<MenuFile>> = {
  'this list as CSV': async () => {
    const { events, references } = await listReferences()
    return { format: 'csv', content: eventListCsv(events, references), events: events.length }
  },
  'this list as JSON': async () => {
    const { events, references } = await listReferences()
    return { format: 'json', content: eventListJson(events, references), events: events.length }
  },
  ...Object.fromEntries(
    ['', '?lang=en', '?lang=es'].flatMap((query) =>
      (['json', 'csv'] as const).map((format) => [
        `the public ${format.toUpperCase()} feed${query}`,
        async (): Promise<MenuFile> => ({
          format,
          content: await feedText(api, `events.${format}${query}`),
          events: 11,
        }),
      ]),
    ),
  ),
}

async function importFile(file: { format: 'json' | 'csv'; content: string }, language = 'en') {
  const response = await api.as('reviewer').request('/api/import', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
    body: JSON.stringify({ format: file.format, content: file.content, dryRun: false }),
  })
  expect(response.status, JSON.stringify(response.body).slice(0, 500)).toBe(200)
  return response.body as ImportReportBody
}

test.each(Object.keys(MENU_FILES))('%s imports back as it is: every event unchanged, nothing written', async (name) => {
  const file = await MENU_FILES[name]!()
  const before = await allOf<Event>('events')

  const report = await importFile(file)

  expect(report.events.filter((event) => event.action !== 'unchanged')).toEqual([])
  expect(report.events).toHaveLength(file.events)
  expect(await allOf<Event>('events')).toEqual(before)
})

test('the iCalendar feed is for calendar apps: importing it is refused with a message that says so', async () => {
  const ics = await feedText(api, 'events.ics?lang=es')

  const response = await api.as('reviewer').request('/api/import', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': 'es' },
    body: JSON.stringify({ format: 'csv', content: ics }),
  })

  expect(response.status).toBe(400)
  expect((response.body as { message: string }).message).toMatch(/calendario/)
})

/** The published event of fillSourceCalendar with formatted text in its description. */
const richEvent = async () => (await allOf<Event>('events')).find((event) => event.description.en.includes('<strong>'))!

test('a CSV round trip keeps the stored formatted description; an edited text in the CSV is taken as a real edit', async () => {
  const rich = await richEvent()
  const csv = await feedText(api, 'events.csv')
  expect(csv).toContain('First & bold <tag> Second')

  await importFile({ format: 'csv', content: csv })
  expect((await richEvent()).description).toEqual(rich.description)

  const edited = csv.replace('First & bold <tag> Second', 'First & bold and now edited')
  const report = await importFile({ format: 'csv', content: edited })

  expect(report.events.filter((event) => event.action === 'updated')).toEqual([
    expect.objectContaining({ id: rich.id, action: 'updated' }),
  ])
  const after = (await allOf<Event>('events')).find((event) => event.id === rich.id)!
  expect(after.description).toEqual({ en: '<p>First &amp; bold and now edited</p>', es: rich.description.es })
  expect(after.title).toEqual(rich.title)
})

test('a Spanish feed edited in Spanish changes the Spanish text only, and keeps the English', async () => {
  const [first] = JSON.parse(await feedText(api, 'events.json?lang=es')) as Array<{ id: number; title: string }>
  const before = (await allOf<Event>('events')).find((event) => event.id === first!.id)!
  const feed = JSON.parse(await feedText(api, 'events.json?lang=es')) as Array<Record<string, unknown>>
  feed[0] = { ...feed[0], title: 'Título corregido' }

  const report = await importFile({ format: 'json', content: JSON.stringify(feed) })

  expect(report.events.map((event) => event.action)).toEqual(['updated', ...Array(10).fill('unchanged')])
  const after = (await allOf<Event>('events')).find((event) => event.id === first!.id)!
  expect(after.title).toEqual({ en: before.title.en, es: 'Título corregido' })
  expect(after.description).toEqual(before.description)
})

test.each([
  ['en', 'the end date is before the start date', 'the field “notes” is not something an import can set'],
  ['es', 'la fecha de fin es anterior a la de inicio', 'el campo «notes» no es algo que una importación pueda fijar'],
])(
  'errors speak the user’s language (%s), in words rather than field paths',
  async (language, endBeforeStart, unknown) => {
    const csv = await feedText(api, 'events.csv')
    expect(csv).toContain(',2026-05-12,2026-05-13,')
    const feed = JSON.parse(await feedText(api, 'events.json')) as Array<Record<string, unknown>>
    feed[1] = { ...feed[1], notes: 'Bring a laptop' }

    const swapped = csv.replace(',2026-05-12,2026-05-13,', ',2026-05-13,2026-05-12,')
    const fromCsv = await importFile({ format: 'csv', content: swapped }, language)
    const fromJson = await importFile({ format: 'json', content: JSON.stringify(feed) }, language)

    expect(fromCsv.events.filter((event) => event.action === 'error')).toEqual([
      expect.objectContaining({ line: expect.any(Number), sourceId: 12, message: endBeforeStart }),
    ])
    expect(fromJson.events.filter((event) => event.action === 'error')).toEqual([
      expect.objectContaining({ line: null, index: 2, message: unknown }),
    ])
  },
)

test.each(['this list as CSV', 'this list as JSON'])(
  '%s imported into another calendar creates its events; importing it again leaves them unchanged',
  async (name) => {
    const file = await MENU_FILES[name]!()
    const target = await startTestApi({ publicSiteUrl: SITE_URL })
    try {
      const post = async () => {
        const response = await target
          .as('reviewer')
          .send('POST', '/api/import', { format: file.format, content: file.content, dryRun: false })
        expect(response.status).toBe(200)
        return (response.body as ImportReportBody).events.map((event) => event.action)
      }

      expect(await post()).toEqual(Array(file.events).fill('created'))
      expect(await post()).toEqual(Array(file.events).fill('unchanged'))
    } finally {
      await target.close()
    }
  },
)

test.each(['this list as CSV', 'this list as JSON', 'the public JSON feed', 'the public CSV feed'])(
  '%s carries times, a public meeting link, presidency, type, countries and networks to another calendar and back unchanged',
  async (name) => {
    const type = createEventType(api.db, SYSTEM_ACTOR, { name: { en: 'Site visit', es: 'Visita de campo' } })
    const network = createNetwork(api.db, SYSTEM_ACTOR, {
      name: { en: 'Observers; Network', es: 'Red de observadores' },
      acronym: { en: 'ON', es: 'RO' },
    })
    api.insertEvent(
      {
        title: { en: 'Border visit', es: 'Visita a la frontera' },
        startDate: '2026-07-01',
        endDate: '2026-07-01',
        startTime: '09:30',
        endTime: '11:00',
        timeZone: 'America/Mexico_City',
        modality: 'hybrid',
        meetingUrl: 'https://meet.example.org/border',
        meetingUrlPublic: true,
        presidencyId: 1,
        typeId: type.id,
        countryCodes: ['MX', 'SV'],
        networkIds: [network.id, 1],
      },
      'published',
    )
    const file = await MENU_FILES[name]!()
    const target = await startTestApi({ publicSiteUrl: SITE_URL })
    try {
      const post = async () => {
        const response = await target
          .as('reviewer')
          .send('POST', '/api/import', { format: file.format, content: file.content, dryRun: false })
        expect(response.status, JSON.stringify(response.body).slice(0, 500)).toBe(200)
        return [...new Set((response.body as ImportReportBody).events.map((event) => event.action))]
      }

      expect(await post()).toEqual(['created'])
      expect(await post()).toEqual(['unchanged'])
      const copy = eventsRepository.findAll(target.db).find((event) => event.title.en === 'Border visit')!
      expect(copy).toMatchObject({
        startTime: '09:30',
        endTime: '11:00',
        timeZone: 'America/Mexico_City',
        presidencyId: 1,
        countryCodes: ['MX', 'SV'],
      })
      // The public CSV has no meeting link column.
      if (name !== 'the public CSV feed')
        expect(copy).toMatchObject({ meetingUrl: 'https://meet.example.org/border', meetingUrlPublic: true })
      expect(eventTypesRepository.findById(target.db, copy.typeId!)?.name).toEqual(type.name)
      expect(copy.networkIds.map((id) => networksRepository.findById(target.db, id)?.name)).toEqual([
        network.name,
        { en: 'Regional Network for Civil Organizations on Migration', es: expect.any(String) },
      ])
    } finally {
      await target.close()
    }
  },
)
