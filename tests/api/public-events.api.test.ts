import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { editTitle, eventInState, insertCompleteEvent, WORKFLOW_STATES } from '../support/workflow'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

interface PublicEvent {
  id: number
  title: { en: string; es: string }
  [key: string]: unknown
}

const publicEvents = async (query = '') => {
  const response = await api.anonymous().request(`/api/public/events.json${query}`)
  expect(response.status).toBe(200)
  return response.body as PublicEvent[]
}

test('serves published events without sign-in, in the public shape and nothing else', async () => {
  const venue = api.insertVenue({ name: { en: 'Hotel Real', es: 'Hotel Real' }, city: 'San Salvador' })
  const event = insertCompleteEvent(api, { venueId: venue.id }, 'published')

  const [served] = await publicEvents()

  expect(Object.keys(served ?? {}).sort()).toEqual(
    [
      'id',
      'title',
      'description',
      'objectives',
      'startDate',
      'endDate',
      'modality',
      'city',
      'venue',
      'institutions',
      'contactEmails',
      'contactPhones',
      'publishedAt',
      'url',
      'startTime',
      'endTime',
      'timeZone',
      'meetingUrl',
      'presidency',
      'type',
      'countries',
      'networks',
      'documents',
      'image',
    ].sort(),
  )
  expect(served).toMatchObject({
    id: event.id,
    title: event.title,
    venue: { name: venue.name, city: 'San Salvador' },
    institutions: [expect.objectContaining({ name: expect.any(Object) })],
  })
})

test('no draft, event in review, unpublished edit or archived event ever appears', async () => {
  const states = Object.fromEntries(WORKFLOW_STATES.map((state) => [state, eventInState(api, state)]))

  const served = await publicEvents()
  const byId = new Map(served.map((event) => [event.id, event]))

  expect([...byId.keys()].sort()).toEqual(
    [states.published!.id, states.published_with_changes!.id, states.draft_with_public_copy!.id].sort(),
  )
  // The edits stay out: the public copy is the one published before them.
  expect(byId.get(states.published_with_changes!.id)?.title.en).not.toBe('Edited after publishing')
  expect(byId.get(states.draft_with_public_copy!.id)?.title.en).not.toBe('Edited after publishing')
  for (const language of ['en', 'es']) {
    const text = JSON.stringify(await publicEvents(`?lang=${language}`))
    expect(text).not.toContain('Edited after publishing')
    expect(text).not.toContain(states.draft!.title.en)
  }
})

test('publishing again replaces the public copy; unpublishing, archiving and deleting remove it', async () => {
  const republished = editTitle(api, insertCompleteEvent(api, {}, 'published'), 'Second edition')
  const unpublished = insertCompleteEvent(api, {}, 'published')
  const archived = insertCompleteEvent(api, {}, 'published')
  const deleted = insertCompleteEvent(api, {}, 'published')
  const reviewer = api.as('reviewer')

  await reviewer.send('POST', `/api/events/${republished.id}/publish`)
  await reviewer.send('POST', `/api/events/${unpublished.id}/unpublish`)
  await reviewer.send('POST', `/api/events/${archived.id}/archive`)
  await reviewer.request(`/api/events/${deleted.id}`, { method: 'DELETE' })

  const served = await publicEvents()
  expect(served.map((event) => [event.id, event.title.en])).toEqual([[republished.id, 'Second edition']])
})

test('translates into one language with lang, keeps to the days of from/to, and refuses an unknown language with 400', async () => {
  const may = insertCompleteEvent(
    api,
    { title: { en: 'May forum', es: '' }, startDate: '2026-05-12', endDate: '2026-05-14' },
    'published',
  )
  insertCompleteEvent(
    api,
    { title: { en: 'June forum', es: 'Foro de junio' }, startDate: '2026-06-20', endDate: null },
    'published',
  )
  insertCompleteEvent(api, { startDate: null, endDate: null }, 'published')

  const spanish = await publicEvents('?lang=es&from=2026-05-14&to=2026-05-31')

  expect(spanish).toHaveLength(1)
  expect(spanish[0]).toMatchObject({ id: may.id, title: 'May forum' })
  expect((await api.anonymous().request('/api/public/events.json?lang=xx')).status).toBe(400)
})

test('the demo seed and a published import are public at once', async () => {
  const { seedDemo } = await import('../../server/src/db/seed')
  seedDemo(api.db)

  expect(await publicEvents()).toHaveLength(10)
})
