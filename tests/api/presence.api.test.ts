import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

test('tells each editor who else has the event open and since when; entries expire after a minute without heartbeat', async () => {
  const event = api.insertEvent()
  const ana = api.as('editor')
  const ben = api.as('reviewer')
  const path = `/api/events/${event.id}/presence`

  const first = await ana.send('POST', path)
  const second = await ben.send('POST', path)
  const seenByAna = await ana.request(path)

  expect(first).toMatchObject({ status: 200, body: [] })
  expect(second.body).toEqual([
    {
      userId: ana.user?.id,
      fullName: ana.user?.fullName,
      email: ana.user?.email,
      since: expect.any(String),
      lastSeenAt: expect.any(String),
    },
  ])
  expect(seenByAna.body).toEqual([expect.objectContaining({ userId: ben.user?.id })])

  // Ana's form goes quiet; Ben keeps his heartbeat.
  api.clock.now = new Date(api.clock.now.getTime() + 61_000)
  await ben.send('POST', path)
  expect((await ben.request(path)).body).toEqual([])
})

test('leaving the form removes the entry at once', async () => {
  const event = api.insertEvent()
  const ana = api.as('editor')
  const ben = api.as('reviewer')
  const path = `/api/events/${event.id}/presence`
  await ana.send('POST', path)

  expect((await ana.request(path, { method: 'DELETE' })).status).toBe(204)
  expect((await ben.request(path)).body).toEqual([])
})

test('presence of an event that does not exist is a 404', async () => {
  expect((await api.send('POST', '/api/events/999/presence')).status).toBe(404)
})
