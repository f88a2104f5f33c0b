import type { Event } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'

// The list keeps totals and search hits between writes, and pages a search
// matching thousands of events in the sort's order: these pin that the answers
// stay those of a fresh query.

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

/** A list URL as ra-data-simple-rest writes it: each parameter JSON, URI-encoded. */
const listUrl = (sort: [string, 'ASC' | 'DESC'], range: [number, number], filter: Record<string, unknown>) =>
  `/api/events?sort=${encodeURIComponent(JSON.stringify(sort))}&range=${encodeURIComponent(JSON.stringify(range))}` +
  `&filter=${encodeURIComponent(JSON.stringify(filter))}`

async function page(filter: Record<string, unknown>, range: [number, number]) {
  const response = await api.request(listUrl(['startDate', 'ASC'], range, filter))
  expect(response.status).toBe(200)
  return {
    ids: (response.body as Event[]).map((event) => event.id),
    contentRange: response.headers.get('content-range'),
  }
}

const dateOf = (n: number) => `2027-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`

test(
  'a search matching thousands of events sorts, pages and counts like a fresh query',
  { timeout: 60_000 },
  async () => {
    const expected: Array<{ id: number; startDate: string | null }> = []
    api.db.transaction(() => {
      for (let n = 0; n < 2_400; n++) {
        // Most events mention the forum; every third is published; some are undated.
        const title =
          n % 10 === 0
            ? { en: `Consular workshop ${n}`, es: `Taller consular ${n}` }
            : { en: `Regional forum ${n}`, es: `Foro regional ${n}` }
        const startDate = n % 50 === 0 ? null : dateOf(n * 7)
        const event = api.insertEvent({ title, startDate, endDate: null }, n % 3 === 0 ? 'published' : undefined)
        if (n % 3 === 0 && n % 10 !== 0) expected.push({ id: event.id, startDate })
      }
    })()
    // startDate ASC, undated last, ties by id.
    expected.sort((a, b) => (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999') || a.id - b.id)
    const ids = expected.map((event) => event.id)

    const first = await page({ q: 'forum', status: 'published' }, [0, 24])
    expect(first.ids).toEqual(ids.slice(0, 25))
    expect(first.contentRange).toBe(`events 0-24/${ids.length}`)
    const deep = await page({ q: 'Forum', status: 'published' }, [700, 724])
    expect(deep.ids).toEqual(ids.slice(700, 720))
    expect(deep.contentRange).toBe(`events 700-719/${ids.length}`)
    expect((await page({ q: 'foro', status: 'published' }, [800, 809])).contentRange).toBe(`events */${ids.length}`)
  },
)

test('a search matching a few hundred events pages alike in either direction', { timeout: 60_000 }, async () => {
  const expected: Array<{ id: number; startDate: string | null }> = []
  api.db.transaction(() => {
    for (let n = 0; n < 600; n++) {
      const title = n % 10 === 0 ? { en: `Consular workshop ${n}`, es: '' } : { en: `Regional forum ${n}`, es: '' }
      const startDate = n % 50 === 0 ? null : dateOf(n * 7)
      const event = api.insertEvent({ title, startDate, endDate: null }, n % 3 === 0 ? 'published' : undefined)
      if (n % 3 === 0 && n % 10 !== 0) expected.push({ id: event.id, startDate })
    }
  })()
  const ascending = [...expected]
    .sort((a, b) => (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999') || a.id - b.id)
    .map((event) => event.id)
  // Undated events come last in either direction (events-list.repository.ts).
  const descending = [...expected]
    .sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? '') || b.id - a.id)
    .map((event) => event.id)

  expect(await page({ q: 'forum', status: 'published' }, [0, 24])).toEqual({
    ids: ascending.slice(0, 25),
    contentRange: `events 0-24/${ascending.length}`,
  })
  expect((await page({ q: 'forum', status: 'published' }, [150, 174])).ids).toEqual(ascending.slice(150, 175))
  const query = listUrl(['startDate', 'DESC'], [0, 24], { q: 'forum', status: 'published' })
  expect(((await api.request(query)).body as Event[]).map((event) => event.id)).toEqual(descending.slice(0, 25))
  expect((await page({ q: 'forum', status: 'published' }, [500, 509])).contentRange).toBe(
    `events */${ascending.length}`,
  )
})

test('totals and search results follow every write at once', async () => {
  const events = Array.from({ length: 4 }, (_, n) =>
    api.insertEvent({ title: { en: `Regional forum ${n}`, es: '' } }, 'published'),
  )
  expect((await page({ status: 'published' }, [0, 9])).contentRange).toBe('events 0-3/4')
  expect((await page({ q: 'forum' }, [0, 9])).ids).toHaveLength(4)

  const added = api.insertEvent({ title: { en: 'Regional forum 5', es: '' } }, 'published')
  expect((await page({ status: 'published' }, [0, 9])).contentRange).toBe('events 0-4/5')
  expect((await page({ q: 'forum' }, [0, 9])).contentRange).toBe('events 0-4/5')

  const renamed = events[0] as Event
  const put = await api.send('PUT', `/api/events/${renamed.id}`, {
    ...renamed,
    title: { en: 'Consular workshop', es: '' },
  })
  expect(put.status).toBe(200)
  expect((await page({ q: 'forum' }, [0, 9])).ids).not.toContain(renamed.id)
  expect((await page({ q: 'forum' }, [0, 9])).contentRange).toBe('events 0-3/4')

  expect((await api.send('DELETE', `/api/events/${added.id}`)).status).toBe(200)
  expect((await page({ status: 'published' }, [0, 9])).contentRange).toBe('events 0-3/4')
  expect((await page({ q: 'forum' }, [0, 9])).contentRange).toBe('events 0-2/3')
})
