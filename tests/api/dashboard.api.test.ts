import type { Dashboard, Event } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { insertCompleteEvent } from '../support/workflow'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
  api.clock.now = new Date('2026-05-01T12:00:00Z')
})
afterEach(() => api.close())

const dashboardOf = async (role: 'editor' | 'reviewer') => {
  const response = await api.as(role).request('/api/dashboard')
  expect(response.status).toBe(200)
  return response.body as Dashboard
}

const ids = async (filter: object) =>
  (
    await api.dataProvider.getList<Event>('events', {
      filter,
      sort: { field: 'id', order: 'ASC' },
      pagination: { page: 1, perPage: 50 },
    })
  ).data.map((event) => event.id)

test("a reviewer sees what awaits them, oldest first, with who submitted it; an editor doesn't get that panel", async () => {
  const editor = api.as('editor')
  const first = insertCompleteEvent(api)
  const second = insertCompleteEvent(api)
  await editor.send('POST', `/api/events/${first.id}/submit`, { version: first.version })
  api.clock.now = new Date('2026-05-01T12:30:00Z')
  await editor.send('POST', `/api/events/${second.id}/submit`, { version: second.version })

  const { awaitingReview } = await dashboardOf('reviewer')
  expect(awaitingReview?.total).toBe(2)
  expect(awaitingReview?.items.map((item) => item.event.id)).toEqual([first.id, second.id])
  expect(awaitingReview?.items[1]?.step).toMatchObject({
    action: 'submit',
    by: editor.user?.fullName,
    at: '2026-05-01T12:30:00.000Z',
  })
  expect((await dashboardOf('editor')).awaitingReview).toBeNull()
})

test("an event sent back carries the reviewer's comment; the editor's own drafts are listed apart", async () => {
  const editor = api.as('editor')
  const { data: mine } = await editor.dataProvider.create<Event>('events', { data: { title: { en: 'Mine', es: '' } } })
  const sentBack = insertCompleteEvent(api, {}, 'in_review')
  await api.as('reviewer').send('POST', `/api/events/${sentBack.id}/request-changes`, {
    version: sentBack.version,
    comment: 'Add the venue, please',
  })

  const dashboard = await dashboardOf('editor')
  expect(dashboard.changesRequested.items).toEqual([
    expect.objectContaining({
      event: expect.objectContaining({ id: sentBack.id }),
      step: expect.objectContaining({ comment: 'Add the venue, please', by: api.as('reviewer').user?.fullName }),
    }),
  ])
  expect(dashboard.myDrafts.items.map((event) => event.id)).toEqual([mine.id])
})

test('upcoming covers the next 60 days and events under way, soonest first; archived events are left out', async () => {
  const under = api.insertEvent({ startDate: '2026-04-28', endDate: '2026-05-03' })
  const soon = api.insertEvent({ startDate: '2026-06-20', endDate: null })
  api.insertEvent({ startDate: '2026-07-01', endDate: null }) // day 61
  api.insertEvent({ startDate: '2026-04-01', endDate: '2026-04-02' }) // over
  api.insertEvent({ startDate: '2026-05-10', endDate: null }, 'archived')

  const { upcoming } = await dashboardOf('editor')
  expect(upcoming.items.map((event) => event.id)).toEqual([under.id, soon.id])
  expect(upcoming.total).toBe(2)
})

test('counts events missing a date, a contact, a venue or a language, each the same set as its list filter', async () => {
  const venue = api.insertVenue()
  const complete = {
    venueId: venue.id,
    objectives: [
      {
        heading: { en: 'General objective', es: 'Objetivo general' },
        intro: null,
        style: 'bullets' as const,
        items: [{ text: { en: 'Share practices', es: 'Compartir prácticas' }, items: [] }],
      },
    ],
  }
  api.insertEvent(complete)
  const undated = api.insertEvent({ ...complete, startDate: null, endDate: null })
  const noContact = api.insertEvent({ ...complete, contactEmails: [] })
  const noVenue = api.insertEvent({ ...complete, venueId: null })
  api.insertEvent({ ...complete, venueId: null, modality: 'virtual' })
  const spanishMissing = api.insertEvent({
    ...complete,
    objectives: [{ ...complete.objectives[0]!, items: [{ text: { en: 'Share practices', es: '' }, items: [] }] }],
  })
  const englishMissing = api.insertEvent({ ...complete, description: { en: '<p></p>', es: '<p>Un taller.</p>' } })

  const { missing } = await dashboardOf('editor')
  expect(missing).toEqual({ date: 1, contact: 1, venue: 1, en: 1, es: 1 })
  expect(await ids({ missing: 'date' })).toEqual([undated.id])
  expect(await ids({ missing: 'contact' })).toEqual([noContact.id])
  expect(await ids({ missing: 'venue' })).toEqual([noVenue.id])
  expect(await ids({ incompleteLanguage: 'es' })).toEqual([spanishMissing.id])
  expect(await ids({ incompleteLanguage: 'en' })).toEqual([englishMissing.id])
})

test('a translation written later takes the event off the incomplete list', async () => {
  const event = api.insertEvent({ title: { en: 'Regional forum', es: '' } })
  expect(await ids({ incompleteLanguage: 'es' })).toEqual([event.id])

  await api.dataProvider.update('events', {
    id: event.id,
    data: { ...event, title: { en: 'Regional forum', es: 'Foro regional' } },
    previousData: event,
  })
  expect(await ids({ incompleteLanguage: 'es' })).toEqual([])
})

test("recent activity shows other users' saves and steps, newest first, and not one's own", async () => {
  const editor = api.as('editor')
  const reviewer = api.as('reviewer')
  const event = insertCompleteEvent(api)
  await editor.send('POST', `/api/events/${event.id}/submit`, { version: event.version })
  const { data: own } = await reviewer.dataProvider.create<Event>('events', { data: { title: { en: 'Own', es: '' } } })

  const { recentActivity } = await dashboardOf('reviewer')
  expect(recentActivity[0]).toMatchObject({
    event: { id: event.id },
    step: { action: 'submit', by: editor.user?.fullName },
  })
  expect(recentActivity.some((entry) => entry.event.id === own.id)).toBe(false)
})

test('scheduled publications are listed soonest first', async () => {
  const later = insertCompleteEvent(api, {}, 'in_review')
  const sooner = insertCompleteEvent(api, {}, 'in_review')
  const reviewer = api.as('reviewer')
  await reviewer.send('POST', `/api/events/${later.id}/schedule`, {
    version: later.version,
    publishAt: '2026-06-02T10:00:00Z',
  })
  await reviewer.send('POST', `/api/events/${sooner.id}/schedule`, {
    version: sooner.version,
    publishAt: '2026-05-20T10:00:00Z',
  })

  const { scheduled } = await dashboardOf('editor')
  expect(scheduled.total).toBe(2)
  expect(scheduled.items.map((item) => [item.event.id, item.publishAt])).toEqual([
    [sooner.id, '2026-05-20T10:00:00.000Z'],
    [later.id, '2026-06-02T10:00:00.000Z'],
  ])
})

test('anonymous callers get 401', async () => {
  expect((await api.anonymous().request('/api/dashboard')).status).toBe(401)
})
