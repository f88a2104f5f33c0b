import { createHash } from 'node:crypto'
import type { Event } from '@rcm/shared'
import { afterEach, expect, test } from 'vitest'
import { createLogger } from '../../server/src/logging/logger'
import { buildEvent } from '../support/builders'
import { startTestApi, TEST_PASSWORD, type TestApi } from '../support/api'

/** A logger writing into memory, as the app's own writes to standard output. */
function capturedLog() {
  const lines: string[] = []
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(line) } })
  return {
    logger,
    text: () => lines.join(''),
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  }
}

let api: TestApi | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

const NEW_PASSWORD = 'another long password nobody guesses'

test('a whole working session leaves one line per request, and no password, cookie or session id in the log', async () => {
  const log = capturedLog()
  api = await startTestApi({ logger: log.logger })
  const email = 'chair@example.org'
  api.createUser('admin', { email })
  const institution = api.insertInstitution()

  const { response: signedIn, client } = await api.signIn(email)
  expect(signedIn.status).toBe(200)
  const token = client.token ?? ''
  expect(token).not.toBe('')
  const created = await client.send(
    'POST',
    '/api/events',
    buildEvent({ city: 'San Salvador', institutionIds: [institution.id], contactEmails: ['crmst@iom.int'] }),
  )
  expect(created.status).toBe(201)
  const event = created.body as Event
  const submitted = await client.send('POST', `/api/events/${event.id}/submit`, { version: event.version })
  expect(submitted.status).toBe(200)
  const published = await client.send('POST', `/api/events/${event.id}/publish`, {
    version: (submitted.body as Event).version,
  })
  expect(published.status).toBe(200)
  const listed = await client.request(`/api/events?filter={"q":"forum"}&range=[0,9]`)
  expect(listed.status).toBe(200)
  const changed = await client.send('POST', '/api/auth/password', {
    currentPassword: TEST_PASSWORD,
    newPassword: NEW_PASSWORD,
  })
  expect(changed.status).toBe(204)
  expect((await client.send('POST', '/api/auth/logout')).status).toBeLessThan(300)
  const refused = await api.signIn(email, 'a wrong password, typed in haste')
  expect(refused.response.status).toBe(401)

  const text = log.text()
  for (const secret of [
    TEST_PASSWORD,
    NEW_PASSWORD,
    'a wrong password, typed in haste',
    token,
    createHash('sha256').update(token).digest('hex'),
  ]) {
    expect(text).not.toContain(secret)
  }
  const requests = log.entries().filter((entry) => entry.msg === 'request')
  expect(requests).toHaveLength(8)
  for (const entry of requests) {
    expect(entry).toMatchObject({
      reqId: expect.stringMatching(/^[\w-]{8,}$/),
      route: expect.stringMatching(/^\/api\//),
      status: expect.any(Number),
      ms: expect.any(Number),
    })
  }
  expect(requests.map((entry) => [entry.method, entry.route, entry.status])).toEqual([
    ['POST', '/api/auth/login', 200],
    ['POST', '/api/events', 201],
    ['POST', '/api/events/:id/submit', 200],
    ['POST', '/api/events/:id/publish', 200],
    ['GET', '/api/events', 200],
    ['POST', '/api/auth/password', 204],
    ['POST', '/api/auth/logout', expect.any(Number)],
    ['POST', '/api/auth/login', 401],
  ])
  expect(requests[1]).toMatchObject({ userId: client.user?.id })
  expect(requests[7]).toMatchObject({ userId: null })
  // The route is the table's path: no id, no query.
  expect(text).not.toContain('forum')
})

test('every answer carries its request id; a safe incoming one is kept, anything else replaced', async () => {
  const log = capturedLog()
  api = await startTestApi({ logger: log.logger })

  const generated = await api.anonymous().request('/api/public/events.json')
  const kept = await api.anonymous().request('/api/public/events.json', { headers: { 'X-Request-Id': 'proxy-42.a' } })
  const forged = await api
    .anonymous()
    .request('/api/public/events.json', { headers: { 'X-Request-Id': 'x"} {"level":60,"msg":"forged' } })

  expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  expect(kept.headers.get('x-request-id')).toBe('proxy-42.a')
  expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  expect(log.entries().map((entry) => entry.reqId)).toEqual([
    generated.headers.get('x-request-id'),
    'proxy-42.a',
    forged.headers.get('x-request-id'),
  ])
})

test('an unexpected error is logged with the request id, which the 500 gives the user for support', async () => {
  const log = capturedLog()
  api = await startTestApi({ logger: log.logger })
  const admin = api.as('admin')
  api.db.close()

  const response = await admin.request('/api/events')

  expect(response.status).toBe(500)
  const { requestId } = response.body as { requestId: string }
  expect(response.body).toEqual({ message: 'Internal error', requestId: response.headers.get('x-request-id') })
  const failure = log.entries().find((entry) => entry.msg === 'request failed')
  expect(failure).toMatchObject({ level: 50, reqId: requestId, err: { message: expect.any(String) } })
  // Reopened so that close() can end the app.
  api = undefined
})

test("a calendar app's conditional GET answered before Express is logged and carries its id like any other", async () => {
  const log = capturedLog()
  api = await startTestApi({ logger: log.logger })
  const first = await api.anonymous().request('/api/public/events.ics')
  const etag = first.headers.get('etag') ?? ''

  const again = await api.anonymous().request('/api/public/events.ics', { headers: { 'If-None-Match': etag } })

  expect(again.status).toBe(304)
  expect(again.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  const requests = log.entries().filter((entry) => entry.msg === 'request')
  expect(requests.map((entry) => [entry.route, entry.status])).toEqual([
    ['/api/public/events.ics', 200],
    ['/api/public/events.ics', 304],
  ])
  expect(requests[1]).toMatchObject({ reqId: again.headers.get('x-request-id'), method: 'GET', userId: null })
})
