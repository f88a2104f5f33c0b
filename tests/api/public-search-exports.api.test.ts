import type { PublicEvent } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { editTitle, insertCompleteEvent } from '../support/workflow'
import { csvObjects, feedText, fetchFeed, vevents } from './public-helpers'

// Seeded by migrations/0017: Workshop is type 3, Forum 5.
const [WORKSHOP, FORUM] = [3, 5]

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
  api.clock.now = new Date('2026-06-01T12:00:00Z')
})
afterEach(() => api.close())

function published(title: { en: string; es: string }, overrides: Parameters<typeof insertCompleteEvent>[1] = {}) {
  return insertCompleteEvent(api, { title, startDate: '2026-07-01', endDate: null, ...overrides }, 'published')
}

/** The ids each export gives for `query`, sorted, checked to be the same in JSON, CSV, ICS (dated events) and Atom. */
async function idsOf(query: string): Promise<number[]> {
  const events = JSON.parse(await feedText(api, `events.json?${query}`)) as PublicEvent[]
  const json = events.map((event) => event.id)
  const dated = events.filter((event) => event.startDate !== null).map((event) => event.id)
  const csv = csvObjects(await feedText(api, `events.csv?${query}`)).map((row) => Number(row.id))
  const ics = vevents(await feedText(api, `events.ics?${query}`)).map((vevent) =>
    Number(/^event-(\d+)@/.exec(String(vevent.getFirstPropertyValue('uid')))?.[1]),
  )
  const atom = [...(await feedText(api, `events.atom?${query}`)).matchAll(/<id>[^<]*\/calendar\/events\/(\d+)<\/id>/g)]
  expect(csv, `CSV ${query}`).toEqual(json)
  expect(ics, `ICS ${query}`).toEqual(dated)
  // Atom lists the latest publications first, not the feed's order.
  expect(atom.map((match) => Number(match[1])).sort(), `Atom ${query}`).toEqual([...json].sort())
  return [...json].sort((a, b) => a - b)
}

test('q narrows every export to the events whose public copy has the words, accents and case ignored', async () => {
  const meeting = published(
    { en: 'Vice-ministerial meeting', es: 'Reunión viceministerial' },
    { typeId: FORUM, description: { en: '<p>On labour <strong>migración</strong></p>', es: '' } },
  )
  const workshop = published({ en: 'Technical workshop', es: 'Taller técnico' }, { typeId: WORKSHOP })
  const undated = published({ en: 'Reunión técnica', es: 'Reunión técnica' }, { startDate: null, typeId: WORKSHOP })
  insertCompleteEvent(api, { title: { en: 'Reunión secreta (draft)', es: '' } })

  expect(await idsOf('q=reunion')).toEqual([meeting.id, undated.id])
  expect(await idsOf('q=REUNI%C3%93N')).toEqual([meeting.id, undated.id])
  expect(await idsOf('q=tecnic')).toEqual([workshop.id, undated.id])
  expect(await idsOf('q=migracion%20labour')).toEqual([meeting.id])
  expect(await idsOf('q=nothing%20like%20it')).toEqual([])
  // Combined with the other filters: every one must match.
  expect(await idsOf(`q=tecnic&type=${WORKSHOP}`)).toEqual([workshop.id, undated.id])
  expect(await idsOf(`q=reunion&type=${WORKSHOP}`)).toEqual([undated.id])
  expect(await idsOf('q=reunion&from=2026-06-01')).toEqual([meeting.id])
  expect(await idsOf('q=reunion&lang=es')).toEqual([meeting.id, undated.id])
  // No word to search for leaves the export whole.
  expect(await idsOf('q=')).toEqual([meeting.id, workshop.id, undated.id])
  expect(await idsOf('q=%20-%20')).toEqual([meeting.id, workshop.id, undated.id])
  // The iCalendar feed says how many undated events the search found and it left out.
  expect((await fetchFeed(api, 'events.ics?q=reunion')).headers.get('x-undated-events-omitted')).toBe('1')
  expect((await fetchFeed(api, 'events.ics?q=viceministerial')).headers.get('x-undated-events-omitted')).toBe('0')
})

test('q finds what was published, never the words of an unpublished edit', async () => {
  const event = published({ en: 'Regional seminar', es: 'Seminario regional' })
  editTitle(api, event, 'Renamed seminar')

  expect(await idsOf('q=renamed')).toEqual([])
  expect(await idsOf('q=regional')).toEqual([event.id])
  await api.as('reviewer').send('POST', `/api/events/${event.id}/publish`)
  expect(await idsOf('q=renamed')).toEqual([event.id])
})

test('each q has its own ETag: a conditional request for another search is answered in full, never a stale 304', async () => {
  published({ en: 'Regional forum', es: 'Foro regional' })
  published({ en: 'Workshop', es: 'Taller' })
  for (const feed of ['events.json', 'events.csv', 'events.ics', 'events.atom']) {
    const first = await fetchFeed(api, `${feed}?q=forum`)
    const etag = first.headers.get('etag') ?? ''
    expect(etag, feed).not.toBe('')
    expect((await fetchFeed(api, `${feed}?q=forum`, { 'If-None-Match': etag })).status, feed).toBe(304)
    expect((await fetchFeed(api, `${feed}?q=taller`)).headers.get('etag'), feed).not.toBe(etag)
    const other = await fetchFeed(api, `${feed}?q=taller`, { 'If-None-Match': etag })
    expect(other.status, feed).toBe(200)
    expect(other.text, feed).toContain('Workshop')
    const none = await fetchFeed(api, feed, { 'If-None-Match': etag })
    expect(none.status, feed).toBe(200)
  }
})

test('a search longer than 200 characters, or given twice, is refused with 400 in every export', async () => {
  for (const feed of ['events.json', 'events.csv', 'events.ics', 'events.atom']) {
    for (const query of [`q=${'a'.repeat(201)}`, 'q=a&q=b']) {
      const response = await fetchFeed(api, `${feed}?${query}`)
      expect(response.status, `${feed}?${query.slice(0, 20)}`).toBe(400)
      expect(JSON.parse(response.text)).toMatchObject({ errors: { q: expect.any(String) } })
    }
  }
})

test('the Atom feed takes the exports filters: presidency, type, country, network and the day range', async () => {
  const workshop = published({ en: 'Workshop', es: 'Taller' }, { typeId: WORKSHOP, countryCodes: ['SV'] })
  const forum = published({ en: 'Forum', es: 'Foro' }, { typeId: FORUM, countryCodes: ['GT'], startDate: '2026-09-01' })
  expect(await idsOf(`type=${WORKSHOP}`)).toEqual([workshop.id])
  expect(await idsOf('country=GT')).toEqual([forum.id])
  expect(await idsOf('from=2026-08-01')).toEqual([forum.id])
  expect((await fetchFeed(api, 'events.atom?country=CO')).status).toBe(400)
  expect((await fetchFeed(api, 'events.atom?lang=fr')).status).toBe(400)
})

test('a search that finds thousands of events streams them all, in the feed order, page after page', async () => {
  const common = { en: 'Meeting on migración', es: 'Reunión sobre migración' }
  api.db.transaction(() => {
    for (let index = 0; index < 2_200; index++) {
      const day = `2026-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`
      api.insertEvent(
        {
          title: index % 20 === 7 ? { en: `Workshop ${index}`, es: `Taller ${index}` } : common,
          startDate: index % 50 === 3 ? null : day,
          endDate: null,
        },
        'published',
      )
    }
  })()
  const all = JSON.parse(await feedText(api, 'events.json')) as PublicEvent[]
  const expected = all.filter((event) => event.title.en === common.en).map((event) => event.id)
  // More hits than db/paged-query.ts hands to SQL as ids: the feed checks them on the rows as it reads them.
  expect(expected.length).toBeGreaterThan(2_000)

  const found = (JSON.parse(await feedText(api, 'events.json?q=migracion')) as PublicEvent[]).map((event) => event.id)
  expect(found).toEqual(expected)
  const csv = csvObjects(await feedText(api, 'events.csv?q=migracion')).map((row) => Number(row.id))
  expect(csv).toEqual(expected)
  const undated = all.filter((event) => event.startDate === null && event.title.en === common.en).length
  expect((await fetchFeed(api, 'events.ics?q=migracion')).headers.get('x-undated-events-omitted')).toBe(String(undated))
}, 60_000)
