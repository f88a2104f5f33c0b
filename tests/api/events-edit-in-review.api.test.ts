import type { Event, Revision } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { eventInState } from '../support/workflow'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const inReviewIds = async () =>
  (
    await api.dataProvider.getList<Event>('events', {
      filter: { status: 'in_review' },
      sort: { field: 'id', order: 'ASC' },
      pagination: { page: 1, perPage: 10 },
    })
  ).data.map((event) => event.id)

test('an edit to an event in review is saved and sends it back to draft, with an audit entry; an unchanged save does not', async () => {
  const event = eventInState(api, 'in_review')
  const editor = api.as('editor')
  const unchanged = await editor.send('PUT', `/api/events/${event.id}`, event)
  expect(await inReviewIds()).toEqual([event.id])

  const response = await editor.send('PUT', `/api/events/${event.id}`, { ...event, city: 'Tegucigalpa' })

  expect(unchanged.body).toEqual(event)
  expect(response).toMatchObject({
    status: 200,
    body: { city: 'Tegucigalpa', status: 'draft', version: event.version + 1 },
  })
  expect(await inReviewIds()).toEqual([])
  const audit = await api.request('/api/audit-log?filter={"action":"events.back-to-draft"}')
  expect(audit.body).toEqual([
    expect.objectContaining({
      userId: editor.user?.id,
      targetId: event.id,
      details: { from: 'in_review', to: 'draft', version: event.version + 1 },
    }),
  ])
})

test('an edit to a published event in review goes back to draft and keeps its public copy as it was', async () => {
  const event = eventInState(api, 'published_with_changes')
  const submitted = (await api.as('editor').send('POST', `/api/events/${event.id}/submit`, { version: event.version }))
    .body as Event

  const response = await api.as('editor').send('PUT', `/api/events/${event.id}`, { ...submitted, city: 'Managua' })

  expect(response.body).toMatchObject({ status: 'draft', hasUnpublishedChanges: true, publishedAt: event.publishedAt })
  const feed = (await api.anonymous().request('/api/public/events.json')).body as Array<{ id: number; city: string }>
  expect(feed).toEqual([expect.objectContaining({ id: event.id, city: event.city })])
})

test('restoring an older revision of an event in review sends it back to draft', async () => {
  const event = eventInState(api, 'in_review')
  const revisions = (
    await api.request(`/api/revisions?filter=${encodeURIComponent(JSON.stringify({ eventId: event.id }))}`)
  ).body as Revision[]
  const created = revisions.find((revision) => revision.action === 'create')
  const edited = (await api.as('editor').send('PUT', `/api/events/${event.id}`, { ...event, city: 'Belmopan' }))
    .body as Event
  await api.as('editor').send('POST', `/api/events/${event.id}/submit`, { version: edited.version })

  const response = await api
    .as('editor')
    .send('POST', `/api/events/${event.id}/restore`, { revisionId: created?.id, version: edited.version + 1 })

  expect(response).toMatchObject({ status: 200, body: { city: event.city, status: 'draft' } })
})
