import { UNVERSIONED_STEPS_UNTIL, type BulkResult, type Event, type WorkflowStep } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { editTitle, eventInState, insertCompleteEvent, type WorkflowStateName } from '../support/workflow'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const getEvent = async (id: number) => (await api.dataProvider.getOne<Event>('events', { id })).data
const publicTitles = async () =>
  ((await api.anonymous().request('/api/public/events.json')).body as Array<{ title: { en: string } }>).map(
    (event) => event.title.en,
  )

/** Each step from a state that allows it. */
const STEPS: Array<{ step: WorkflowStep; from: WorkflowStateName }> = [
  { step: 'submit', from: 'draft' },
  { step: 'request-changes', from: 'in_review' },
  { step: 'publish', from: 'in_review' },
  { step: 'unpublish', from: 'published' },
  { step: 'archive', from: 'published' },
]

test.each(STEPS)('$step with the version the caller saw is taken', async ({ step, from }) => {
  const event = eventInState(api, from)

  const response = await api
    .as('reviewer')
    .send('POST', `/api/events/${event.id}/${step}`, { version: event.version, comment: 'Seen' })

  expect(response).toMatchObject({ status: 200, body: { id: event.id, version: event.version + 1 } })
  expect(response.headers.get('sunset')).toBeNull()
})

test.each(STEPS)(
  '$step on another version than the caller saw is a 409 with the event as it is now, and changes nothing',
  async ({ step, from }) => {
    const seen = eventInState(api, from)
    const edited = editTitle(api, seen, 'Changed meanwhile')

    const response = await api
      .as('reviewer')
      .send('POST', `/api/events/${seen.id}/${step}`, { version: seen.version, comment: 'Seen' })

    expect(response).toMatchObject({
      status: 409,
      body: { message: expect.stringContaining(`version ${edited.version}`), current: edited },
    })
    expect(await getEvent(seen.id)).toEqual(edited)
  },
)

test('a reviewer who saw version 2 cannot publish the version 4 an editor saved since (an editor gets 403 first); nothing goes public', async () => {
  const event = insertCompleteEvent(api, { title: { en: 'As reviewed', es: '' } }, 'in_review')
  const editor = api.as('editor')
  let latest = event
  for (const title of ['Edit one', 'Edit two']) {
    const response = await editor.send('PUT', `/api/events/${event.id}`, { ...latest, title: { en: title, es: '' } })
    latest = response.body as Event
  }

  const response = await api.as('reviewer').send('POST', `/api/events/${event.id}/publish`, { version: event.version })

  expect(response).toMatchObject({
    status: 409,
    body: { current: { version: latest.version, title: { en: 'Edit two' } } },
  })
  expect(await publicTitles()).toEqual([])
  expect((await editor.send('POST', `/api/events/${event.id}/publish`, { version: event.version })).status).toBe(403)
})

test('a step without a version is still taken for scripts, saying until when in a Sunset header; a malformed one is a 400', async () => {
  const event = eventInState(api, 'draft')
  const malformed = await api.as('editor').send('POST', `/api/events/${event.id}/submit`, { version: '1' })
  expect(malformed).toMatchObject({ status: 400, body: { errors: { version: expect.any(String) } } })

  const response = await api.as('editor').send('POST', `/api/events/${event.id}/submit`)

  expect(response).toMatchObject({ status: 200, body: { status: 'in_review' } })
  expect(new Date(response.headers.get('sunset') ?? '').toISOString().slice(0, 10)).toBe(UNVERSIONED_STEPS_UNTIL)
})

test('a bulk step checks each event against its own version: the stale one is refused with the event as it is now', async () => {
  const fresh = eventInState(api, 'draft')
  const stale = eventInState(api, 'draft')
  const edited = editTitle(api, stale, 'Changed meanwhile')
  const miscounted = await api
    .as('editor')
    .send('POST', '/api/events/bulk', { step: 'submit', ids: [fresh.id], versions: [fresh.version, 1] })
  expect(miscounted).toMatchObject({ status: 400, body: { errors: { versions: expect.any(String) } } })

  const response = await api.as('editor').send('POST', '/api/events/bulk', {
    step: 'submit',
    ids: [fresh.id, stale.id],
    versions: [fresh.version, stale.version],
  })

  expect((response.body as { results: BulkResult[] }).results).toEqual([
    expect.objectContaining({ id: fresh.id, status: 200, event: expect.objectContaining({ status: 'in_review' }) }),
    { id: stale.id, status: 409, message: expect.any(String), current: edited },
  ])
  expect((await getEvent(stale.id)).status).toBe('draft')
})
