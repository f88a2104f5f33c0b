import type { Event } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { eventInState } from '../support/workflow'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const ids = async (filter: object) =>
  (
    await api.dataProvider.getList<Event>('events', {
      filter,
      sort: { field: 'id', order: 'ASC' },
      pagination: { page: 1, perPage: 50 },
    })
  ).data.map((event) => event.id)

test('lists what awaits review, what had changes requested, and what is scheduled', async () => {
  const draft = eventInState(api, 'draft')
  const inReview = eventInState(api, 'in_review')
  const sentBack = eventInState(api, 'in_review')
  await api.as('reviewer').send('POST', `/api/events/${sentBack.id}/request-changes`, { comment: 'Add a venue' })
  await api.as('reviewer').send('POST', `/api/events/${draft.id}/schedule`, { publishAt: '2030-01-01T00:00:00Z' })

  expect(await ids({ status: 'in_review' })).toEqual([inReview.id])
  expect(await ids({ changesRequested: true })).toEqual([sentBack.id])
  expect(await ids({ changesRequested: false })).toEqual([draft.id, inReview.id])
  expect(await ids({ scheduled: true })).toEqual([draft.id])
})

test('filters by who created or last saved an event', async () => {
  const editor = api.as('editor')
  const { data: mine } = await editor.dataProvider.create<Event>('events', { data: { title: { en: 'Mine', es: '' } } })
  api.insertEvent()

  expect(await ids({ createdBy: editor.user?.id })).toEqual([mine.id])
  expect(await ids({ updatedBy: editor.user?.id })).toEqual([mine.id])
})

test('a bulk step is checked event by event: each gets its own answer, refusals do not stop the rest', async () => {
  const draft = eventInState(api, 'draft')
  const archived = eventInState(api, 'archived')
  const editor = api.as('editor')

  const submitted = await editor.send('POST', '/api/events/bulk', { step: 'submit', ids: [draft.id, archived.id, 999] })
  const archive = await editor.send('POST', '/api/events/bulk', { step: 'archive', ids: [draft.id] })

  expect(submitted).toMatchObject({
    status: 200,
    body: {
      results: [
        { id: draft.id, status: 200, event: { status: 'in_review' } },
        { id: archived.id, status: 409 },
        { id: 999, status: 404 },
      ],
    },
  })
  expect(archive.body).toMatchObject({ results: [{ id: draft.id, status: 403 }] })
  expect((await api.send('POST', '/api/events/bulk', { step: 'jump', ids: [] })).status).toBe(400)
})
