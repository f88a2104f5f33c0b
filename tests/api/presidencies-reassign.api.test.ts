import type { AuditEntry, Event, Presidency, PublicEvent, Revision } from '@rcm/shared'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { runDueSchedules } from '../../server/src/schedules/schedules.service'
import { startTestApi, type TestApi } from '../support/api'
import { insertCompleteEvent } from '../support/workflow'
import { feedText, fetchFeed } from './public-helpers'

// Seeded by migrations/0017: El Salvador 2026 (id 1).
const EL_SALVADOR_2026 = 1

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const guatemala2027 = {
  countryCode: 'GT',
  startDate: '2027-01-01',
  endDate: '2027-12-31',
  theme: { en: 'Together', es: 'Juntos' },
}

/** The presidency as the public JSON names it. */
const publicGuatemala = (period: { startDate: string; endDate: string }) => ({
  country: { code: 'GT', name: { en: 'Guatemala', es: 'Guatemala' } },
  ...period,
  theme: { en: 'Together', es: 'Juntos' },
})

const getEvent = async (id: number) => (await api.send('GET', `/api/events/${id}`)).body as Event
const createEvent = async (body: Partial<Event>) =>
  (await api.send('POST', '/api/events', { title: { en: 'Meeting', es: '' }, endDate: null, ...body })).body as Event
const publicEvents = async (query = '') => JSON.parse(await feedText(api, `events.json${query}`)) as PublicEvent[]
const publicEvent = async (id: number) => (await publicEvents()).find((event) => event.id === id)

describe('creating a presidency', () => {
  test('gives it the events of its period whose presidency the server chose, working and public copies alike', async () => {
    const draft = await createEvent({ startDate: '2027-03-01' })
    const published = insertCompleteEvent(api, { startDate: '2027-05-01', endDate: null }, 'published')
    const picked = await createEvent({ startDate: '2027-06-01', presidencyId: EL_SALVADOR_2026 })
    const outside = await createEvent({ startDate: '2026-05-01' })
    expect([draft.presidencyId, published.presidencyId]).toEqual([null, null])
    const etagBefore = (await fetchFeed(api, 'events.json')).headers.get('etag')

    const created = await api.send('POST', '/api/presidencies', guatemala2027)

    expect(created.status).toBe(201)
    const guatemala = created.body as Presidency
    expect(await getEvent(draft.id)).toMatchObject({ presidencyId: guatemala.id, version: draft.version + 1 })
    expect(await getEvent(published.id)).toMatchObject({
      presidencyId: guatemala.id,
      version: published.version + 1,
      status: 'published',
      hasUnpublishedChanges: false,
    })
    expect(await getEvent(picked.id)).toEqual(picked)
    expect(await getEvent(outside.id)).toEqual(outside)
    // The public copy follows: its JSON, the public filter, the report and the feeds' ETag.
    expect((await publicEvent(published.id))?.presidency).toEqual(
      publicGuatemala({ startDate: '2027-01-01', endDate: '2027-12-31' }),
    )
    expect((await publicEvents(`?presidency=${guatemala.id}`)).map((event) => event.id)).toEqual([published.id])
    const report = await api.request(`/api/presidencies/${guatemala.id}/report`)
    expect(String(report.body)).toContain(published.title.en)
    expect((await fetchFeed(api, 'events.json')).headers.get('etag')).not.toBe(etagBefore)
  })

  test('writes the same public presidency as publishing again would', async () => {
    const event = insertCompleteEvent(api, { startDate: '2027-05-01', endDate: null }, 'published')
    await api.send('POST', '/api/presidencies', guatemala2027)
    const reassigned = await publicEvent(event.id)

    const current = await getEvent(event.id)
    await api.send('POST', `/api/events/${event.id}/unpublish`, { version: current.version })
    const after = await getEvent(event.id)
    await api.send('POST', `/api/events/${event.id}/publish`, { version: after.version })

    expect((await publicEvent(event.id))?.presidency).toEqual(reassigned?.presidency)
  })

  test('an editor whose form holds the version before gets a 409, and the merged save keeps following the date', async () => {
    const event = await createEvent({ startDate: '2027-03-01' })
    const guatemala = (await api.send('POST', '/api/presidencies', guatemala2027)).body as Presidency

    const stale = await api.send('PUT', `/api/events/${event.id}`, { ...event, city: 'Antigua' })

    expect(stale.status).toBe(409)
    const current = (stale.body as { current: Event }).current
    expect(current).toMatchObject({ presidencyId: guatemala.id, version: event.version + 1 })
    // The merge dialog takes the presidency from the server (only it changed that field) with the typed city.
    const merged = (await api.send('PUT', `/api/events/${event.id}`, { ...current, city: 'Antigua' })).body as Event
    expect(merged).toMatchObject({ presidencyId: guatemala.id, city: 'Antigua' })
    const moved = await api.send('PUT', `/api/events/${event.id}`, { ...merged, startDate: '2026-05-01' })
    expect(moved.body).toMatchObject({ presidencyId: EL_SALVADOR_2026 })
  })

  test('records the change in the event history as the system, and in the audit log as the admin', async () => {
    const event = await createEvent({ startDate: '2027-03-01' })
    const guatemala = (await api.send('POST', '/api/presidencies', guatemala2027)).body as Presidency

    const { data: revisions } = await api.dataProvider.getManyReference<Revision>('revisions', {
      target: 'eventId',
      id: event.id,
      filter: {},
      sort: { field: 'id', order: 'DESC' },
      pagination: { page: 1, perPage: 10 },
    })
    expect(revisions[0]).toMatchObject({
      action: 'update',
      version: event.version + 1,
      userId: null,
      comment: 'Presidency chosen again by date: GT 2027-01-01 – 2027-12-31 was created',
      data: await getEvent(event.id),
    })
    const filter = encodeURIComponent(JSON.stringify({ action: 'presidencies.reassign-events' }))
    expect((await api.request(`/api/audit-log?filter=${filter}`)).body).toEqual([
      expect.objectContaining<Partial<AuditEntry>>({
        targetId: guatemala.id,
        userId: api.user?.id,
        details: { cause: 'created', events: 1, publicCopies: 0 },
      }),
    ])
  })

  test('a publish scheduled before still releases the event with its new presidency', async () => {
    const event = insertCompleteEvent(api, { startDate: '2027-05-01', endDate: null }, 'in_review')
    const publishAt = new Date(Date.now() + 60_000).toISOString()
    await api.as('reviewer').send('POST', `/api/events/${event.id}/schedule`, { version: event.version, publishAt })
    const guatemala = (await api.send('POST', '/api/presidencies', guatemala2027)).body as Presidency

    expect(runDueSchedules(api.db, new Date(Date.now() + 120_000))).toEqual([
      { eventId: event.id, step: 'publish', outcome: 'done' },
    ])
    expect((await publicEvents(`?presidency=${guatemala.id}`)).map((found) => found.id)).toEqual([event.id])
  })
})

describe('changing a presidency', () => {
  test('moves the events whose presidency the server chose in and out of its period, and updates what the public sees of it', async () => {
    const guatemala = (await api.send('POST', '/api/presidencies', guatemala2027)).body as Presidency
    const leaving = insertCompleteEvent(api, { startDate: '2027-02-01', endDate: null }, 'published')
    const staying = insertCompleteEvent(api, { startDate: '2027-11-15', endDate: null }, 'published')
    const joining = insertCompleteEvent(api, { startDate: '2028-01-10', endDate: null }, 'published')
    expect([leaving.presidencyId, staying.presidencyId, joining.presidencyId]).toEqual([
      guatemala.id,
      guatemala.id,
      null,
    ])
    const period = { startDate: '2027-03-01', endDate: '2028-02-29' }

    expect((await api.send('PUT', `/api/presidencies/${guatemala.id}`, { ...guatemala2027, ...period })).status).toBe(
      200,
    )

    expect(await getEvent(leaving.id)).toMatchObject({ presidencyId: null, hasUnpublishedChanges: false })
    expect(await getEvent(staying.id)).toMatchObject({ presidencyId: guatemala.id, version: staying.version })
    expect(await getEvent(joining.id)).toMatchObject({ presidencyId: guatemala.id, hasUnpublishedChanges: false })
    expect((await publicEvent(leaving.id))?.presidency).toBeNull()
    expect((await publicEvent(staying.id))?.presidency).toEqual(publicGuatemala(period))
    expect((await publicEvent(joining.id))?.presidency).toEqual(publicGuatemala(period))
    const ids = (await publicEvents(`?presidency=${guatemala.id}`)).map((event) => event.id)
    expect(ids.sort((a, b) => a - b)).toEqual([staying.id, joining.id])
  })

  test('leaves the events alone when only its theme changes', async () => {
    const guatemala = (await api.send('POST', '/api/presidencies', guatemala2027)).body as Presidency
    const event = insertCompleteEvent(api, { startDate: '2027-02-01', endDate: null }, 'published')

    const theme = { en: 'Onwards', es: 'Adelante' }
    await api.send('PUT', `/api/presidencies/${guatemala.id}`, { ...guatemala2027, theme })

    expect(await getEvent(event.id)).toEqual(event)
    expect((await publicEvent(event.id))?.presidency).toMatchObject({ theme })
  })
})

describe('deleting a presidency', () => {
  test('leaves the events whose presidency the server chose without one', async () => {
    const guatemala = (await api.send('POST', '/api/presidencies', guatemala2027)).body as Presidency
    const draft = await createEvent({ startDate: '2027-03-01' })
    const published = insertCompleteEvent(api, { startDate: '2027-05-01', endDate: null }, 'published')

    expect((await api.send('DELETE', `/api/presidencies/${guatemala.id}`)).status).toBe(200)

    expect(await getEvent(draft.id)).toMatchObject({ presidencyId: null, version: draft.version + 1 })
    expect(await getEvent(published.id)).toMatchObject({ presidencyId: null, hasUnpublishedChanges: false })
    expect((await publicEvent(published.id))?.presidency).toBeNull()
  })

  test('is refused while an editor picked it for an event, and then moves nothing', async () => {
    const guatemala = (await api.send('POST', '/api/presidencies', guatemala2027)).body as Presidency
    const automatic = await createEvent({ startDate: '2027-03-01' })
    await createEvent({ startDate: '2026-03-01', presidencyId: guatemala.id })

    const response = await api.send('DELETE', `/api/presidencies/${guatemala.id}`)

    expect(response.status).toBe(409)
    expect(response.body).toMatchObject({ message: expect.stringMatching(/^Used by 1 event; /) })
    expect(await getEvent(automatic.id)).toEqual(automatic)
  })
})

describe('undated events', () => {
  test('take the presidency that holds today when one holding today is created or deleted, and only then', async () => {
    const undated = await createEvent({ startDate: null })
    api.clock.now = new Date('2030-06-01T12:00:00Z')
    const admin = api.as('admin', { fresh: true }) // signed in on the new day
    const read = async () => (await admin.send('GET', `/api/events/${undated.id}`)).body as Event

    const next = { ...guatemala2027, startDate: '2031-01-01', endDate: '2031-12-31' }
    expect((await admin.send('POST', '/api/presidencies', next)).status).toBe(201)
    expect((await read()).version).toBe(undated.version)
    const holdingToday = { ...guatemala2027, startDate: '2030-01-01', endDate: '2030-12-31' }
    const current = (await admin.send('POST', '/api/presidencies', holdingToday)).body as Presidency
    expect(await read()).toMatchObject({ presidencyId: current.id, version: undated.version + 1 })

    expect((await admin.send('DELETE', `/api/presidencies/${current.id}`)).status).toBe(200)
    expect((await read()).presidencyId).toBeNull()
  })
})
