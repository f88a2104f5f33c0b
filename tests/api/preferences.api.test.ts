import { MAX_PREFERENCES_PER_USER } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi, type TestClient } from '../support/api'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const LIST_PARAMS = {
  sort: 'startDate',
  order: 'DESC',
  filter: { status: 'in_review', q: 'migración' },
  displayedFilters: { status: true },
  perPage: 25,
}
const SAVED_QUERIES = [
  {
    label: 'Awaiting review',
    value: { filter: { status: 'in_review' }, sort: { field: 'startDate', order: 'ASC' }, perPage: 10 },
  },
]

const preferencesOf = async (client: TestClient) => {
  const response = await client.request('/api/preferences')
  expect(response.status).toBe(200)
  return response.body
}

/** A PUT in `lang`, to read the message the user would see. */
const put = (client: TestClient, key: string, value: unknown, lang = 'en') =>
  client.request(`/api/preferences/${key}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': lang },
    body: JSON.stringify(value),
  })

test("a user keeps a list's params and saved queries, reads them back, replaces and forgets them", async () => {
  const editor = api.as('editor')
  expect(await preferencesOf(editor)).toEqual({})

  const saved = await editor.send('PUT', '/api/preferences/events.listParams', LIST_PARAMS)
  expect(saved).toMatchObject({ status: 200, body: LIST_PARAMS })
  expect((await editor.send('PUT', '/api/preferences/events.savedQueries', SAVED_QUERIES)).status).toBe(200)
  expect(await preferencesOf(editor)).toEqual({
    'events.listParams': LIST_PARAMS,
    'events.savedQueries': SAVED_QUERIES,
  })

  await editor.send('PUT', '/api/preferences/events.listParams', { sort: 'title', order: 'ASC' })
  expect((await editor.send('DELETE', '/api/preferences/events.savedQueries')).status).toBe(204)
  expect(await preferencesOf(editor)).toEqual({ 'events.listParams': { sort: 'title', order: 'ASC' } })
  // Forgetting what is not kept is no error: the client forgets without asking first.
  expect((await editor.send('DELETE', '/api/preferences/venues.savedQueries')).status).toBe(204)
})

test("nobody reads, replaces or forgets another user's preferences", async () => {
  const editor = api.as('editor')
  const reviewer = api.as('reviewer')
  await editor.send('PUT', '/api/preferences/events.savedQueries', SAVED_QUERIES)

  expect(await preferencesOf(reviewer)).toEqual({})
  expect(await preferencesOf(api)).toEqual({})
  await reviewer.send('PUT', '/api/preferences/events.savedQueries', [])
  await reviewer.send('DELETE', '/api/preferences/events.savedQueries')
  expect(await preferencesOf(editor)).toEqual({ 'events.savedQueries': SAVED_QUERIES })
  expect((await api.anonymous().request('/api/preferences')).status).toBe(401)
})

test('refuses a key that is not a list preference with 400 on the key, in the language asked for', async () => {
  const editor = api.as('editor')
  for (const key of [
    'locale',
    'events.selectedIds',
    'Events.listParams',
    'events.listParams.x',
    `${'a'.repeat(60)}.listParams`,
  ]) {
    const response = await put(editor, key, {})
    expect(response.status, key).toBe(400)
    expect(response.body).toEqual({
      message: 'Invalid input',
      errors: { key: 'Use a key of the form <list>.listParams or <list>.savedQueries, e.g. events.listParams' },
    })
  }
  const spanish = await put(editor, 'locale', {}, 'es')
  expect(spanish.body).toMatchObject({
    message: 'Datos no válidos',
    errors: { key: expect.stringMatching(/^Use una clave/) },
  })
  expect((await editor.send('DELETE', '/api/preferences/locale')).status).toBe(400)
  expect(await preferencesOf(editor)).toEqual({})
})

test("refuses a value that is not the key's shape with 400 naming the field, and keeps the old one", async () => {
  const editor = api.as('editor')
  await editor.send('PUT', '/api/preferences/events.listParams', LIST_PARAMS)

  const page = await put(editor, 'events.listParams', { ...LIST_PARAMS, page: 3 })
  expect(page).toMatchObject({ status: 400, body: { errors: { page: 'This field does not exist' } } })
  const order = await put(editor, 'events.listParams', { order: 'sideways' })
  expect(order).toMatchObject({ status: 400, body: { errors: { order: expect.any(String) } } })
  const unnamed = await put(editor, 'events.savedQueries', [{ label: ' ', value: {} }])
  expect(unnamed).toMatchObject({ status: 400, body: { errors: { '0.label': expect.any(String) } } })
  const notAList = await put(editor, 'events.savedQueries', LIST_PARAMS)
  expect(notAList.status).toBe(400)

  expect(await preferencesOf(editor)).toEqual({ 'events.listParams': LIST_PARAMS })
})

test('refuses a value over 16 KB with 413 saying how large it is and what is kept, in English or Spanish', async () => {
  const editor = api.as('editor')
  const large = { filter: { q: 'x'.repeat(20 * 1024) } }

  const english = await put(editor, 'events.listParams', large)
  expect(english).toEqual({
    status: 413,
    headers: expect.anything(),
    body: { message: 'This preference takes 21 KB; one is kept up to 16 KB: save fewer filters or queries' },
  })
  const spanish = await put(editor, 'events.listParams', large, 'es')
  expect(spanish.body).toEqual({
    message: 'Esta preferencia ocupa 21 KB; cada una se guarda hasta 16 KB: guarde menos filtros o consultas',
  })
  expect(await preferencesOf(editor)).toEqual({})
})

test(`keeps at most ${MAX_PREFERENCES_PER_USER} preferences per user, and still replaces those kept`, async () => {
  const editor = api.as('editor')
  for (let n = 0; n < MAX_PREFERENCES_PER_USER; n++) {
    expect((await editor.send('PUT', `/api/preferences/list${n}.listParams`, { perPage: 10 })).status).toBe(200)
  }
  const one = await editor.send('PUT', '/api/preferences/events.listParams', { perPage: 10 })
  expect(one).toMatchObject({
    status: 409,
    body: {
      message: `You keep ${MAX_PREFERENCES_PER_USER} preferences, the most there may be: delete some before saving another`,
    },
  })
  expect((await editor.send('PUT', '/api/preferences/list0.listParams', { perPage: 50 })).status).toBe(200)
  expect(await preferencesOf(api.as('reviewer'))).toEqual({})
})

test("deleting a user deletes their preferences, and leaves other users' alone", async () => {
  const editor = api.as('editor')
  const reviewer = api.as('reviewer')
  await editor.send('PUT', '/api/preferences/events.savedQueries', SAVED_QUERIES)
  await reviewer.send('PUT', '/api/preferences/events.savedQueries', SAVED_QUERIES)

  expect((await api.send('DELETE', `/api/users/${editor.user?.id}`)).status).toBe(200)

  const rows = api.db.prepare('SELECT user_id FROM user_preferences').pluck().all()
  expect(rows).toEqual([reviewer.user?.id])
})
