import type { Event, EventType, Network, Presidency, PublicEvent } from '@rcm/shared'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { listIds } from '../support/list-ids'
import { csvObjects, feedText, fetchFeed } from './public-helpers'

// Seeded by migrations/0017: El Salvador 2026 (id 1), six event types (Workshop is 3), RNCOM/RROCM (id 1).
const EL_SALVADOR_2026 = 1
const WORKSHOP = 3
const RNCOM = 1

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const presidency2027 = {
  countryCode: 'gt',
  startDate: '2027-01-01',
  endDate: '2027-12-31',
  theme: { en: 'Together', es: 'Juntos' },
}

describe('the resources', () => {
  test('presidencies: the whole data provider contract, the seeded one included', async () => {
    const { data: created } = await api.dataProvider.create<Presidency>('presidencies', { data: presidency2027 })
    expect(created).toMatchObject({ countryCode: 'GT', startDate: '2027-01-01', theme: { en: 'Together' } })
    expect(await listIds(api, 'presidencies', {}, { field: 'startDate', order: 'DESC' })).toEqual({
      ids: [created.id, EL_SALVADOR_2026],
      total: 2,
    })
    const { data: updated } = await api.dataProvider.update<Presidency>('presidencies', {
      id: created.id,
      data: { ...created, endDate: '2027-06-30' },
      previousData: created,
    })
    expect(updated.endDate).toBe('2027-06-30')
    await api.dataProvider.delete('presidencies', { id: created.id, previousData: updated })
    expect((await listIds(api, 'presidencies', {})).ids).toEqual([EL_SALVADOR_2026])
  })

  test('a presidency whose period overlaps another, or ends before it starts, or is not of a member state, is refused', async () => {
    const overlap = await api.send('POST', '/api/presidencies', { ...presidency2027, startDate: '2026-12-01' })
    expect(overlap.status).toBe(409)
    expect(overlap.body).toMatchObject({ message: expect.stringContaining('El Salvador (2026-01-01 to 2026-12-31)') })
    expect(
      (await api.send('POST', '/api/presidencies', { ...presidency2027, endDate: '2026-12-31' })).body,
    ).toMatchObject({
      errors: { endDate: 'The end date is before the start date' },
    })
    expect((await api.send('POST', '/api/presidencies', { ...presidency2027, countryCode: 'CO' })).status).toBe(400)
    const moved = await api.send('PUT', `/api/presidencies/${EL_SALVADOR_2026}`, {
      countryCode: 'SV',
      startDate: '2026-02-01',
      endDate: '2026-12-31',
    })
    expect(moved.status).toBe(200)
  })

  test('event types and networks: create, list, rename, delete; the seeds are there', async () => {
    const types = await api.dataProvider.getList<EventType>('event-types', {
      filter: { q: 'taller' },
      sort: { field: 'name', order: 'ASC' },
      pagination: { page: 1, perPage: 10 },
    })
    expect(types.data).toEqual([{ id: WORKSHOP, name: { en: 'Workshop', es: 'Taller' } }])
    const networks = await api.dataProvider.getList<Network>('networks', {
      filter: { q: 'rrocm' },
      sort: { field: 'name', order: 'ASC' },
      pagination: { page: 1, perPage: 10 },
    })
    expect(networks.data[0]).toMatchObject({ id: RNCOM, acronym: { en: 'RNCOM', es: 'RROCM' } })

    const { data: webinar } = await api.dataProvider.create<EventType>('event-types', {
      data: { name: { en: 'Webinar', es: 'Seminario web' } },
    })
    const renamed = await api.send('PUT', `/api/event-types/${webinar.id}`, { name: { en: 'Online seminar', es: '' } })
    expect(renamed.body).toEqual({ id: webinar.id, name: { en: 'Online seminar', es: '' } })
    expect((await api.send('DELETE', `/api/event-types/${webinar.id}`)).status).toBe(200)
    expect((await api.send('POST', '/api/networks', { name: { en: '', es: '' } })).status).toBe(400)
  })

  test('countries: the eleven member states, read-only, by code', async () => {
    const { ids, total } = await listIds(api, 'countries', {})
    expect(total).toBe(11)
    expect(ids).toHaveLength(11)
    expect((await api.send('GET', '/api/countries/SV')).body).toEqual({
      id: 'SV',
      name: { en: 'El Salvador', es: 'El Salvador' },
    })
    const mexico = await api.dataProvider.getList('countries', {
      filter: { q: 'mexico' },
      sort: { field: 'name', order: 'ASC' },
      pagination: { page: 1, perPage: 20 },
    })
    expect(mexico.data.map((country) => country.id)).toEqual(['MX'])
    expect((await api.send('GET', '/api/countries/CO')).status).toBe(404)
    expect((await api.send('POST', '/api/countries', { id: 'CO' })).status).toBe(405)
  })

  test('staff read; reviewers and admins write; editors may not', async () => {
    const editor = api.as('editor')
    const reviewer = api.as('reviewer')
    expect((await editor.send('GET', '/api/presidencies')).status).toBe(200)
    expect((await editor.send('GET', '/api/countries')).status).toBe(200)
    expect((await editor.send('POST', '/api/event-types', { name: { en: 'Panel', es: 'Panel' } })).status).toBe(403)
    expect((await editor.send('DELETE', `/api/networks/${RNCOM}`)).status).toBe(403)
    expect((await reviewer.send('POST', '/api/event-types', { name: { en: 'Panel', es: 'Panel' } })).status).toBe(201)
    expect((await api.anonymous().send('GET', '/api/event-types')).status).toBe(401)
  })

  test('a type, network or presidency an editor gave an event cannot be deleted, and the answer says why', async () => {
    const picked = { presidencyId: EL_SALVADOR_2026, typeId: WORKSHOP, networkIds: [RNCOM] }
    api.insertEvent({ startDate: '2026-05-12', endDate: null, ...picked })
    for (const path of [`event-types/${WORKSHOP}`, `networks/${RNCOM}`, `presidencies/${EL_SALVADOR_2026}`]) {
      const response = await api.send('DELETE', `/api/${path}`)
      expect(response.status, path).toBe(409)
      expect(response.body, path).toMatchObject({
        message: expect.stringMatching(/^Used by 1 event; .* before deleting it$/),
      })
    }
  })
})

describe('events', () => {
  test('take the presidency of their start date when left empty, keep one the editor picks, and follow a date change', async () => {
    const guatemala = (await api.send('POST', '/api/presidencies', presidency2027)).body as Presidency
    const created = (
      await api.send('POST', '/api/events', { title: { en: 'Forum', es: '' }, startDate: '2026-05-12', endDate: null })
    ).body as Event
    expect(created).toMatchObject({ presidencyId: EL_SALVADOR_2026, typeId: null, countryCodes: [], networkIds: [] })

    // Sent back as read, with a new date: still the server's choice, so it follows the date.
    const moved = (
      await api.send('PUT', `/api/events/${created.id}`, { ...created, startDate: '2027-03-01', endDate: null })
    ).body as Event
    expect(moved.presidencyId).toBe(guatemala.id)

    const picked = (await api.send('PUT', `/api/events/${created.id}`, { ...moved, presidencyId: EL_SALVADOR_2026 }))
      .body as Event
    expect(picked.presidencyId).toBe(EL_SALVADOR_2026)
    const later = (
      await api.send('PUT', `/api/events/${created.id}`, { ...picked, startDate: '2027-04-01', endDate: null })
    ).body as Event
    expect(later.presidencyId).toBe(EL_SALVADOR_2026)

    const undated = (await api.send('POST', '/api/events', { title: { en: 'Someday', es: '' } })).body as Event
    expect(undated.presidencyId).toBe(EL_SALVADOR_2026) // the test clock's today is in 2026
  })

  test('save and read type, countries and networks; unknown ones are 400 at their field', async () => {
    const body = {
      title: { en: 'Workshop', es: '' },
      typeId: WORKSHOP,
      countryCodes: ['sv', 'GT'],
      networkIds: [RNCOM],
    }
    const created = (await api.send('POST', '/api/events', body)).body as Event
    expect(created).toMatchObject({ typeId: WORKSHOP, countryCodes: ['SV', 'GT'], networkIds: [RNCOM] })
    expect((await api.send('GET', `/api/events/${created.id}`)).body).toEqual(created)

    const wrong = await api.send('POST', '/api/events', {
      ...body,
      typeId: 999,
      networkIds: [RNCOM, 999],
      countryCodes: ['CO'],
    })
    expect(wrong.status).toBe(400)
    expect(Object.keys((wrong.body as { errors: object }).errors)).toEqual(['countryCodes.0'])
    const missing = await api.send('POST', '/api/events', { ...body, typeId: 999, networkIds: [RNCOM, 999] })
    expect((missing.body as { errors: object }).errors).toEqual({
      typeId: 'No such event type',
      'networkIds.1': 'No such network',
    })
  })

  test('the list filters by presidency, type, country and network, one or many, and sorts by presidency and type', async () => {
    const guatemala = (await api.send('POST', '/api/presidencies', presidency2027)).body as Presidency
    const a = api.insertEvent({ startDate: '2026-05-12', endDate: null, typeId: WORKSHOP, countryCodes: ['SV'] })
    const b = api.insertEvent({
      startDate: '2027-05-12',
      endDate: null,
      typeId: 5,
      countryCodes: ['GT', 'HN'],
      networkIds: [RNCOM],
    })
    const c = api.insertEvent({ startDate: '2027-06-12', endDate: null })

    expect((await listIds(api, 'events', { presidencyId: EL_SALVADOR_2026 })).ids).toEqual([a.id])
    expect((await listIds(api, 'events', { presidencyId: [EL_SALVADOR_2026, guatemala.id] })).ids).toEqual([
      a.id,
      b.id,
      c.id,
    ])
    expect((await listIds(api, 'events', { typeId: [WORKSHOP, 5] })).ids).toEqual([a.id, b.id])
    expect((await listIds(api, 'events', { countryCode: 'hn' })).ids).toEqual([b.id])
    expect((await listIds(api, 'events', { countryCode: ['SV', 'GT'] })).ids).toEqual([a.id, b.id])
    expect((await listIds(api, 'events', { networkId: RNCOM })).ids).toEqual([b.id])
    expect((await listIds(api, 'events', { presidencyId: guatemala.id, countryCode: 'GT' })).ids).toEqual([b.id])
    expect((await listIds(api, 'events', {}, { field: 'presidencyId', order: 'DESC' })).ids).toEqual([c.id, b.id, a.id])
    expect((await listIds(api, 'events', {}, { field: 'typeId', order: 'DESC' })).ids).toEqual([b.id, a.id, c.id])
    expect((await api.send('GET', `/api/events?filter=${encodeURIComponent('{"countryCode":"CO"}')}`)).status).toBe(400)
  })
})

describe('public exports', () => {
  async function publishThree() {
    await api.send('POST', '/api/presidencies', presidency2027)
    const a = api.insertEvent(
      { startDate: '2026-05-12', endDate: null, typeId: WORKSHOP, countryCodes: ['SV'], networkIds: [RNCOM] },
      'published',
    )
    const b = api.insertEvent(
      { startDate: '2026-06-12', endDate: null, typeId: 5, countryCodes: ['GT', 'HN'] },
      'published',
    )
    const c = api.insertEvent({ startDate: '2026-07-12', endDate: null }, 'published')
    return { a, b, c }
  }

  test('JSON carries presidency, type, countries and networks, in both languages or in one', async () => {
    const { a } = await publishThree()
    const [event] = JSON.parse(await feedText(api, `events.json?type=${WORKSHOP}`)) as PublicEvent[]
    expect(event).toMatchObject({
      id: a.id,
      presidency: {
        country: { code: 'SV', name: { en: 'El Salvador', es: 'El Salvador' } },
        startDate: '2026-01-01',
        endDate: '2026-12-31',
      },
      type: { en: 'Workshop', es: 'Taller' },
      countries: [{ code: 'SV', name: { en: 'El Salvador', es: 'El Salvador' } }],
      networks: [
        {
          name: { en: 'Regional Network for Civil Organizations on Migration' },
          acronym: { en: 'RNCOM', es: 'RROCM' },
        },
      ],
    })
    const [spanish] = JSON.parse(await feedText(api, `events.json?lang=es&type=${WORKSHOP}`)) as Array<
      Record<string, unknown>
    >
    expect(spanish).toMatchObject({ type: 'Taller', networks: [{ acronym: 'RROCM' }] })
  })

  test('every export takes presidency, type, country (a code) and network, repeated or comma-separated', async () => {
    const { a, b, c } = await publishThree()
    const ids = async (query: string) => {
      const json = (JSON.parse(await feedText(api, `events.json?${query}`)) as PublicEvent[]).map((event) => event.id)
      const csv = csvObjects(await feedText(api, `events.csv?${query}`)).map((row) => Number(row.id))
      const ics =
        (await feedText(api, `events.ics?${query}`)).match(/UID:event-\d+/g)?.map((uid) => Number(uid.slice(10))) ?? []
      expect(csv, query).toEqual(json)
      expect(ics, query).toEqual(json)
      // In the feeds' order (past events latest first); compared here as sets.
      return json.sort((x, y) => x - y)
    }
    expect(await ids(`presidency=${EL_SALVADOR_2026}`)).toEqual([a.id, b.id, c.id])
    expect(await ids(`type=${WORKSHOP}`)).toEqual([a.id])
    expect(await ids(`type=${WORKSHOP},5`)).toEqual([a.id, b.id])
    expect(await ids('country=hn')).toEqual([b.id])
    expect(await ids('country=SV&country=GT')).toEqual([a.id, b.id])
    expect(await ids(`network=${RNCOM}`)).toEqual([a.id])
    expect(await ids(`country=GT&type=${WORKSHOP}`)).toEqual([])
    expect((await fetchFeed(api, 'events.json?country=CO')).status).toBe(400)
    expect((await fetchFeed(api, 'events.csv?presidency=abc')).status).toBe(400)
  })

  test('CSV appends presidency, type, countries and networks; ICS names the type in CATEGORIES', async () => {
    await publishThree()
    const [row] = csvObjects(await feedText(api, `events.csv?type=${WORKSHOP}`))
    expect(row).toMatchObject({
      presidency_en: 'El Salvador, 2026-01-01 – 2026-12-31',
      type_en: 'Workshop',
      type_es: 'Taller',
      countries_es: 'El Salvador',
      networks_en: 'Regional Network for Civil Organizations on Migration (RNCOM)',
    })
    expect(await feedText(api, `events.ics?lang=es&type=${WORKSHOP}`)).toContain('CATEGORIES:Taller\r\n')
  })
})

describe('the presidency report', () => {
  test("lists the presidency's published events with dates, places and objectives, in English or Spanish", async () => {
    api.insertEvent(
      {
        title: { en: 'Regional workshop', es: 'Taller regional' },
        startDate: '2026-05-12',
        endDate: null,
        city: 'San Salvador',
        typeId: WORKSHOP,
        objectives: [
          {
            heading: { en: 'General objective', es: 'Objetivo general' },
            intro: null,
            style: 'bullets',
            items: [{ text: { en: 'Share practices', es: 'Compartir prácticas' }, items: [] }],
          },
        ],
      },
      'published',
    )
    api.insertEvent({ title: { en: 'Draft <b>only</b>', es: '' }, startDate: '2026-05-13', endDate: null })

    const english = await api.request(`/api/presidencies/${EL_SALVADOR_2026}/report`)
    expect(english.status).toBe(200)
    expect(english.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(english.headers.get('content-security-policy')).toMatch(/default-src 'none'.*style-src 'sha256-/)
    const page = String(english.body)
    expect(page).toContain('<h1>Pro tempore presidency of El Salvador</h1>')
    expect(page).toContain('1 published event')
    expect(page).toContain('<h2>Regional workshop</h2>')
    expect(page).toContain('<dt>Place</dt><dd>San Salvador</dd>')
    expect(page).toContain('<li>Share practices</li>')
    expect(page).toContain('@media print')
    expect(page).not.toContain('Draft')

    const spanish = String((await api.request(`/api/presidencies/${EL_SALVADOR_2026}/report?lang=es`)).body)
    expect(spanish).toContain('<html lang="es">')
    expect(spanish).toContain('<h1>Presidencia pro tempore de El Salvador</h1>')
    expect(spanish).toContain('<h2>Taller regional</h2>')
    expect(spanish).toContain('<dt>Tipo</dt><dd>Taller</dd>')
    expect(spanish).toContain('<li>Compartir prácticas</li>')
    expect((await api.request('/api/presidencies/999/report')).status).toBe(404)
  })
})
