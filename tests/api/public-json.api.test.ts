import { LocalizedPublicEventSchema, PublicEventSchema } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { insertCompleteEvent } from '../support/workflow'
import { fetchFeed, feedText } from './public-helpers'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
  api.clock.now = new Date('2026-06-01T12:00:00Z')
})
afterEach(() => api.close())

const json = async (query = '') => JSON.parse(await feedText(api, `events.json${query}`)) as unknown[]

test('every event is exactly the public shape, {en, es} without lang and strings with it, linking to the public page', async () => {
  const venue = api.insertVenue({
    name: { en: 'Hotel Real', es: 'Hotel Real' },
    city: 'San Salvador',
    country: 'SV',
    address: '1st Street',
  })
  const objectives = [
    {
      heading: { en: 'Goals', es: 'Metas' },
      intro: null,
      style: 'numbered' as const,
      items: [{ text: { en: 'Share', es: '' }, items: [] }],
    },
  ]
  const event = insertCompleteEvent(api, { venueId: venue.id, objectives, title: { en: 'Forum', es: '' } }, 'published')

  const [both] = await json()
  const [spanish] = await json('?lang=es')

  expect(PublicEventSchema.parse(both)).toMatchObject({
    id: event.id,
    title: { en: 'Forum', es: '' },
    venue: { name: { en: 'Hotel Real' }, address: '1st Street' },
  })
  expect(both).toMatchObject({
    url: `${api.url}/calendar/events/${event.id}`,
    startDate: '2026-05-12',
    endDate: '2026-05-13',
    contactPhones: ['+506 88511009'],
  })
  expect(LocalizedPublicEventSchema.parse(spanish)).toMatchObject({
    title: 'Forum',
    venue: { name: 'Hotel Real' },
    objectives: [{ heading: 'Metas', items: [{ text: 'Share' }] }],
    url: `${api.url}/calendar/events/${event.id}?lang=es`,
  })
})

test('upcoming events first by start date (one under way included), then undated, then past ones latest first', async () => {
  const ids = [
    { startDate: '2026-03-10', endDate: '2026-03-11' },
    { startDate: '2026-09-01', endDate: null },
    { startDate: null, endDate: null },
    { startDate: '2025-11-01', endDate: null },
    { startDate: '2026-05-30', endDate: '2026-06-02' },
  ].map((dates) => insertCompleteEvent(api, dates, 'published').id)
  const [march, september, undated, november, underWay] = ids

  expect((await json()).map((event) => (event as { id: number }).id)).toEqual([
    underWay,
    september,
    undated,
    march,
    november,
  ])
})

test('streams more events than a page holds, each once and in order, across pages and groups', async () => {
  const institution = api.insertInstitution()
  const days = Array.from({ length: 450 }, (_, index) =>
    new Date(Date.UTC(2025, 5, 1) + index * 86_400_000).toISOString().slice(0, 10),
  )
  const ids = days.map(
    (day) =>
      api.insertEvent(
        { city: 'San José', institutionIds: [institution.id], startDate: day, endDate: null },
        'published',
      ).id,
  )

  // 2025-06-01 to 2026-08-24: 365 past days (shown latest first) and 85 to come (shown first, earliest first).
  const served = (await json()).map((event) => (event as { id: number }).id)
  expect(served).toEqual([...ids.slice(365), ...ids.slice(0, 365).reverse()])
  const csv = (await feedText(api, 'events.csv')).split('\r\n').filter((line) => line !== '')
  expect(csv).toHaveLength(451)
  expect((await feedText(api, 'events.ics')).match(/BEGIN:VEVENT/g)).toHaveLength(450)
}, 30_000)

test('serves the JSON Schema of the public event, without lang and with it', async () => {
  const response = await fetchFeed(api, 'events.schema.json')
  const schema = JSON.parse(response.text) as {
    type: string
    items: { properties: Record<string, { type?: unknown }>; additionalProperties: boolean; required: string[] }
  }

  expect(response.status).toBe(200)
  expect(schema.type).toBe('array')
  expect(Object.keys(schema.items.properties).sort()).toEqual(
    [
      'id',
      'title',
      'description',
      'objectives',
      'startDate',
      'endDate',
      'modality',
      'city',
      'venue',
      'institutions',
      'contactEmails',
      'contactPhones',
      'publishedAt',
      'url',
      'startTime',
      'endTime',
      'timeZone',
      'meetingUrl',
      'presidency',
      'type',
      'countries',
      'networks',
      'documents',
      'image',
    ].sort(),
  )
  expect(schema.items.additionalProperties).toBe(false)
  expect(schema.items.properties.title?.type).toBe('object')
  const localized = JSON.parse((await fetchFeed(api, 'events.schema.json?lang=en')).text) as typeof schema
  expect(localized.items.properties.title?.type).toBe('string')
})
