import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Event, PublicEvent } from '@rcm/shared'
import { JSDOM } from 'jsdom'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { openDatabase } from '../../server/src/db/connection'
import { startTestApi, type TestApi } from '../support/api'
import { insertCompleteEvent } from '../support/workflow'
import { feedText } from './public-helpers'

// Seeded by migrations/0017: networks RNCOM (1) and the Liaison Officer Network (2).
const [RNCOM, LIAISON] = [1, 2]

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
  api.clock.now = new Date('2026-06-01T12:00:00Z')
})
afterEach(() => api.close())

/** The values a select of the public calendar offers, in its order (by English name), without the first ("any") one. */
async function offered(target: TestApi, name: 'country' | 'network') {
  const text = await (await fetch(`${target.url}/calendar`)).text()
  const select = new JSDOM(text).window.document.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!
  return [...select.options].map((option) => option.value).filter((value) => value !== '')
}

/** The titles the public calendar lists and the ids the JSON export gives for a query. */
async function found(target: TestApi, query: string) {
  const text = await (await fetch(`${target.url}/calendar?${query}`)).text()
  const titles = [...new JSDOM(text).window.document.querySelectorAll('article h3')].map((h3) => h3.textContent)
  const exported = JSON.parse(await feedText(target, `events.json?${query}`)) as PublicEvent[]
  return { titles: titles.sort(), ids: exported.map((event) => event.id).sort() }
}

const getEvent = async (id: number) => (await api.send('GET', `/api/events/${id}`)).body as Event

test('the country and network choices and filters follow each publish, republish, unpublish and delete', async () => {
  const reviewer = api.as('reviewer')
  const forum = insertCompleteEvent(api, {
    title: { en: 'Forum', es: 'Foro' },
    startDate: '2026-07-01',
    endDate: null,
    countryCodes: ['SV', 'PA'],
    networkIds: [RNCOM],
  })
  expect((await api.as('editor').send('POST', `/api/events/${forum.id}/submit`)).status).toBe(200)
  const other = insertCompleteEvent(
    api,
    {
      title: { en: 'Other', es: 'Otro' },
      startDate: '2026-08-01',
      endDate: null,
      countryCodes: ['MX'],
      networkIds: [],
    },
    'published',
  )
  expect(await offered(api, 'country')).toEqual(['MX'])
  expect(await offered(api, 'network')).toEqual([])

  expect((await reviewer.send('POST', `/api/events/${forum.id}/publish`)).status).toBe(200)
  expect(await offered(api, 'country')).toEqual(['SV', 'MX', 'PA'])
  expect(await offered(api, 'network')).toEqual([String(RNCOM)])
  expect(await found(api, 'country=PA')).toEqual({ titles: ['Forum'], ids: [forum.id] })
  expect(await found(api, `network=${RNCOM}`)).toEqual({ titles: ['Forum'], ids: [forum.id] })

  // Other countries and networks, published again: the old ones find it no more.
  const edited = await api.send('PUT', `/api/events/${forum.id}`, {
    ...(await getEvent(forum.id)),
    countryCodes: ['GT', 'MX'],
    networkIds: [LIAISON],
  })
  expect(edited.status).toBe(200)
  // An unpublished edit changes nothing public.
  expect(await offered(api, 'country')).toEqual(['SV', 'MX', 'PA'])
  expect((await reviewer.send('POST', `/api/events/${forum.id}/publish`)).status).toBe(200)
  expect(await offered(api, 'country')).toEqual(['GT', 'MX'])
  expect(await offered(api, 'network')).toEqual([String(LIAISON)])
  expect(await found(api, 'country=PA,SV')).toEqual({ titles: [], ids: [] })
  expect(await found(api, 'country=MX')).toEqual({ titles: ['Forum', 'Other'], ids: [forum.id, other.id].sort() })
  expect(await found(api, `network=${RNCOM}`)).toEqual({ titles: [], ids: [] })
  expect(await found(api, `network=${LIAISON},${RNCOM}`)).toEqual({ titles: ['Forum'], ids: [forum.id] })

  expect((await reviewer.send('POST', `/api/events/${forum.id}/unpublish`)).status).toBe(200)
  expect(await offered(api, 'country')).toEqual(['MX'])
  expect(await offered(api, 'network')).toEqual([])
  expect(await found(api, 'country=GT')).toEqual({ titles: [], ids: [] })

  expect((await reviewer.send('POST', `/api/events/${forum.id}/publish`)).status).toBe(200)
  expect(await found(api, 'country=GT')).toEqual({ titles: ['Forum'], ids: [forum.id] })
  expect((await reviewer.send('POST', `/api/events/${other.id}/archive`)).status).toBe(200)
  expect(await offered(api, 'country')).toEqual(['GT', 'MX'])
  expect(await found(api, 'country=MX')).toEqual({ titles: ['Forum'], ids: [forum.id] })

  expect((await reviewer.request(`/api/events/${forum.id}`, { method: 'DELETE' })).status).toBe(200)
  expect(await offered(api, 'country')).toEqual([])
  expect(await offered(api, 'network')).toEqual([])
  expect(await found(api, 'country=GT,MX')).toEqual({ titles: [], ids: [] })
  expect(await found(api, `network=${LIAISON}`)).toEqual({ titles: [], ids: [] })
})

test('published events imported from an export are offered and found by their countries and networks', async () => {
  insertCompleteEvent(
    api,
    {
      title: { en: 'Forum', es: 'Foro' },
      startDate: '2026-07-01',
      endDate: null,
      countryCodes: ['CR'],
      networkIds: [LIAISON],
    },
    'published',
  )
  const target = await startTestApi()
  try {
    target.clock.now = api.clock.now
    const imported = await target.as('reviewer').send('POST', '/api/import', {
      format: 'json',
      content: await feedText(api, 'events.json'),
      status: 'published',
      dryRun: false,
    })
    expect(imported.status).toBe(200)

    expect(await offered(target, 'country')).toEqual(['CR'])
    expect(await offered(target, 'network')).toEqual([String(LIAISON)])
    expect((await found(target, `country=CR&network=${LIAISON}`)).titles).toEqual(['Forum'])
  } finally {
    await target.close()
  }
})

test('a database from before the link tables (an older backup restored) offers and finds what its copies were published with', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rcm-facets-'))
  try {
    const databasePath = join(dir, 'calendar.sqlite')
    const older = await startTestApi({ databasePath })
    insertCompleteEvent(
      older,
      {
        title: { en: 'Forum', es: 'Foro' },
        startDate: '2026-07-01',
        endDate: null,
        countryCodes: ['HN', 'NI'],
        networkIds: [RNCOM],
      },
      'published',
    )
    await older.close()
    // The schema as it was before migration 0024: the copies keep their countries and networks in JSON only.
    const db = openDatabase(databasePath)
    const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'public_copy_%'")
    for (const name of triggers.pluck().all()) db.exec(`DROP TRIGGER ${String(name)}`)
    db.exec(`DROP TABLE public_copy_countries; DROP TABLE public_copy_networks;
      DELETE FROM schema_migrations WHERE name LIKE '0024_%'`)
    db.close()

    const restarted = await startTestApi({ databasePath })
    try {
      restarted.clock.now = api.clock.now
      expect(await offered(restarted, 'country')).toEqual(['HN', 'NI'])
      expect(await offered(restarted, 'network')).toEqual([String(RNCOM)])
      expect((await found(restarted, 'country=NI')).titles).toEqual(['Forum'])
      expect((await found(restarted, `network=${RNCOM}`)).titles).toEqual(['Forum'])
    } finally {
      await restarted.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
