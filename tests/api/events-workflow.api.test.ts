import { WORKFLOW_STEPS, type Event, type WorkflowStep } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import {
  editTitle,
  eventInState,
  insertCompleteEvent,
  WORKFLOW_STATES,
  type WorkflowStateName,
} from '../support/workflow'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

/** The workflow table of docs/contract.md, "Workflow": the status after the step, or 409 where the state forbids it. */
const EXPECTED: Record<WorkflowStateName, Record<WorkflowStep, Event['status'] | 409>> = {
  draft: { submit: 'in_review', 'request-changes': 409, publish: 'published', unpublish: 409, archive: 'archived' },
  in_review: { submit: 409, 'request-changes': 'draft', publish: 'published', unpublish: 409, archive: 'archived' },
  published: { submit: 409, 'request-changes': 409, publish: 409, unpublish: 'draft', archive: 'archived' },
  published_with_changes: {
    submit: 'in_review',
    'request-changes': 409,
    publish: 'published',
    unpublish: 'draft',
    archive: 'archived',
  },
  draft_with_public_copy: {
    submit: 'in_review',
    'request-changes': 409,
    publish: 'published',
    unpublish: 'draft',
    archive: 'archived',
  },
  archived: { submit: 409, 'request-changes': 409, publish: 409, unpublish: 409, archive: 409 },
}

const cases = WORKFLOW_STATES.flatMap((state) =>
  WORKFLOW_STEPS.map((step) => ({ state, step, expected: EXPECTED[state][step] })),
)

test.each(cases)('a reviewer taking "$step" on an event $state gets $expected', async ({ state, step, expected }) => {
  const event = eventInState(api, state)

  const response = await api.as('reviewer').send('POST', `/api/events/${event.id}/${step}`, { comment: 'Checked' })

  if (expected === 409) {
    expect(response).toMatchObject({ status: 409, body: { message: expect.any(String) } })
    const { data: after } = await api.dataProvider.getOne<Event>('events', { id: event.id })
    expect(after).toEqual(event)
  } else {
    expect(response).toMatchObject({
      status: 200,
      body: { id: event.id, status: expected, version: event.version + 1 },
    })
  }
})

test('an editor may submit but gets 403 for every reviewer step, even where the state would refuse it (403 before 409)', async () => {
  const editor = api.as('editor')
  const draft = eventInState(api, 'draft')
  const archived = eventInState(api, 'archived')

  expect((await editor.send('POST', `/api/events/${draft.id}/submit`)).body).toMatchObject({ status: 'in_review' })
  for (const step of ['request-changes', 'publish', 'unpublish', 'archive'] as const) {
    expect((await editor.send('POST', `/api/events/${draft.id}/${step}`, { comment: 'x' })).status, step).toBe(403)
    expect((await editor.send('POST', `/api/events/${archived.id}/${step}`, { comment: 'x' })).status, step).toBe(403)
  }
})

test('request changes needs a comment: 400 without one, and the event stays in review', async () => {
  const event = eventInState(api, 'in_review')

  const missing = await api.as('reviewer').send('POST', `/api/events/${event.id}/request-changes`)
  const blank = await api.as('reviewer').send('POST', `/api/events/${event.id}/request-changes`, { comment: '   ' })

  for (const response of [missing, blank])
    expect(response).toMatchObject({ status: 400, body: { errors: { comment: expect.any(String) } } })
  expect((await api.dataProvider.getOne<Event>('events', { id: event.id })).data.status).toBe('in_review')
})

test('publishing an incomplete event is a 409 listing what is missing, and the publish check shows the same list', async () => {
  const event = api.insertEvent({ city: '', modality: 'in_person', institutionIds: [], contactEmails: [] }, 'in_review')

  const check = await api.as('editor').request(`/api/events/${event.id}/publish-check`)
  const response = await api.as('reviewer').send('POST', `/api/events/${event.id}/publish`)

  const missing = ['city', 'institutionIds', 'contactEmails']
  expect(check.body).toMatchObject({ isComplete: false, missing })
  expect(response).toMatchObject({
    status: 409,
    body: { message: expect.any(String), missing, errors: { city: expect.any(String) } },
  })
  expect((await api.dataProvider.getOne<Event>('events', { id: event.id })).data.status).toBe('in_review')
})

test('a virtual event needs no city to be published', async () => {
  const event = insertCompleteEvent(api, { city: '', modality: 'virtual' }, 'in_review')

  const check = await api.request(`/api/events/${event.id}/publish-check`)
  const response = await api.as('reviewer').send('POST', `/api/events/${event.id}/publish`)

  expect(check.body).toEqual({ isComplete: true, missing: [], errors: {} })
  expect(response).toMatchObject({ status: 200, body: { status: 'published', publishedAt: expect.any(String) } })
})

test('an edit that brings a published event back to what is published (a move and its undo) leaves nothing unpublished', async () => {
  const published = insertCompleteEvent(api, { startDate: '2026-06-10', endDate: '2026-06-11' }, 'published')

  const moved = await api.send('PUT', `/api/events/${published.id}`, {
    ...published,
    startDate: '2026-06-17',
    endDate: '2026-06-18',
  })
  expect(moved.body).toMatchObject({ startDate: '2026-06-17', hasUnpublishedChanges: true })
  const undone = await api.send('PUT', `/api/events/${published.id}`, {
    ...(moved.body as Event),
    startDate: '2026-06-10',
    endDate: '2026-06-11',
  })

  expect(undone).toMatchObject({
    status: 200,
    body: { status: 'published', startDate: '2026-06-10', hasUnpublishedChanges: false },
  })
  const unpublishedEdits = await api.dataProvider.getList<Event>('events', {
    filter: { hasUnpublishedChanges: true },
    sort: { field: 'id', order: 'ASC' },
    pagination: { page: 1, perPage: 10 },
  })
  expect(unpublishedEdits.data.map((event) => event.id)).not.toContain(published.id)
})

test('editing a published event keeps it published with unpublished changes until a reviewer publishes again', async () => {
  const event = editTitle(api, insertCompleteEvent(api, {}, 'published'), 'New title')
  expect(event).toMatchObject({ status: 'published', hasUnpublishedChanges: true })

  const list = await api.dataProvider.getList<Event>('events', {
    filter: { hasUnpublishedChanges: true },
    sort: { field: 'id', order: 'ASC' },
    pagination: { page: 1, perPage: 10 },
  })
  const published = await api.as('reviewer').send('POST', `/api/events/${event.id}/publish`)

  expect(list.data.map((item) => item.id)).toEqual([event.id])
  expect(published.body).toMatchObject({ status: 'published', hasUnpublishedChanges: false })
})

test('unpublish and archive clear publishedAt and the unpublished-changes flag', async () => {
  const first = eventInState(api, 'published_with_changes')
  const second = eventInState(api, 'published')

  const unpublished = await api.as('reviewer').send('POST', `/api/events/${first.id}/unpublish`)
  const archived = await api.as('admin').send('POST', `/api/events/${second.id}/archive`, { comment: 'Cancelled' })

  expect(unpublished.body).toMatchObject({ status: 'draft', publishedAt: null, hasUnpublishedChanges: false })
  expect(archived.body).toMatchObject({ status: 'archived', publishedAt: null, hasUnpublishedChanges: false })
})

test('each step is recorded as a revision with who, when and the comment, and in the audit log', async () => {
  const event = eventInState(api, 'in_review')
  const reviewer = api.as('reviewer')

  await reviewer.send('POST', `/api/events/${event.id}/request-changes`, { comment: 'Add the venue' })

  const revisions = await api.request(
    `/api/revisions?filter=${encodeURIComponent(JSON.stringify({ eventId: event.id }))}&sort=["id","DESC"]`,
  )
  expect((revisions.body as unknown[])[0]).toMatchObject({
    action: 'request-changes',
    userId: reviewer.user?.id,
    comment: 'Add the venue',
    data: { status: 'draft' },
    createdAt: expect.any(String),
  })
  const audit = await api.request(
    `/api/audit-log?filter=${encodeURIComponent(JSON.stringify({ action: 'events.request-changes' }))}`,
  )
  expect(audit.body).toEqual([
    expect.objectContaining({
      userId: reviewer.user?.id,
      targetId: event.id,
      details: { from: 'in_review', to: 'draft', comment: 'Add the venue' },
    }),
  ])
})

test('a workflow step on an event that does not exist is a 404', async () => {
  expect((await api.as('reviewer').send('POST', '/api/events/999/publish')).status).toBe(404)
})
