import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, TEST_PASSWORD, type TestApi } from '../support/api'
import { closeServer, listenOnLoopback } from '../support/loopback'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi({ auth: { idleMs: 60 * 60_000, absoluteMs: 24 * 60 * 60_000 } })
})
afterEach(() => api.close())

const HOUR = 60 * 60_000
const advance = (ms: number) => {
  api.clock.now = new Date(api.clock.now.getTime() + ms)
}

test('signs in with 200, the identity and an HttpOnly SameSite=Strict session cookie, not Secure over plain HTTP', async () => {
  const user = api.createUser('reviewer', { email: 'Ana.Lopez@Example.org', fullName: 'Ana López' })

  const { response, client } = await api.signIn('ana.lopez@example.org')

  expect(response).toMatchObject({
    status: 200,
    body: { id: user.id, email: 'Ana.Lopez@Example.org', fullName: 'Ana López', role: 'reviewer' },
  })
  const cookie = response.headers.get('set-cookie') ?? ''
  expect(cookie).toMatch(/^rcm_session=[\w-]{43};/)
  expect(cookie).toMatch(/HttpOnly/i)
  expect(cookie).toMatch(/SameSite=Strict/i)
  expect(cookie).not.toMatch(/Secure/i)
  expect(await client.request('/api/auth/me')).toMatchObject({ status: 200, body: { id: user.id, role: 'reviewer' } })
})

test('stores only a hash of the session token', async () => {
  const user = api.createUser('editor')
  const { client } = await api.signIn(user.email)

  const stored = api.db.prepare('SELECT token_hash FROM sessions WHERE user_id = ?').pluck().all(user.id)

  expect(stored).toHaveLength(1)
  expect(stored[0]).toMatch(/^[0-9a-f]{64}$/)
  expect(stored[0]).not.toContain(client.token)
})

test('answers an unknown email, a wrong password and a deactivated account with the same 401 body', async () => {
  const user = api.createUser('editor')
  const inactive = api.createUser('editor', { active: false })

  const unknown = await api.signIn('nobody@example.org')
  const wrong = await api.signIn(user.email, 'not the password at all')
  const deactivated = await api.signIn(inactive.email)

  for (const { response, client } of [unknown, wrong, deactivated]) {
    expect(response.status).toBe(401)
    expect(response.body).toEqual(unknown.response.body)
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(client.token).toBeNull()
  }
})

test('answers /api routes with 401 without a session or with a made-up one; public routes stay open', async () => {
  const forged = { headers: { Cookie: `rcm_session=${'a'.repeat(43)}` } }

  expect(await api.anonymous().request('/api/events')).toMatchObject({
    status: 401,
    body: { message: expect.any(String) },
  })
  expect((await api.anonymous().request('/api/auth/me', forged)).status).toBe(401)
  expect((await api.anonymous().request('/api/public/events.json')).status).toBe(200)
})

test('logout answers 204 and ends the session on the server; without a session it is a 401 like every route', async () => {
  const user = api.createUser('editor')
  const { client } = await api.signIn(user.email)

  const logout = await client.send('POST', '/api/auth/logout')

  expect(logout.status).toBe(204)
  expect(logout.headers.get('set-cookie')).toMatch(/rcm_session=;/)
  expect((await client.request('/api/auth/me')).status).toBe(401)
  expect((await client.send('POST', '/api/auth/logout')).status).toBe(401)
})

test('gives a new session at each sign-in and ends the one the browser had', async () => {
  const user = api.createUser('editor')
  const first = await api.signIn(user.email)

  const again = await first.client.send('POST', '/api/auth/login', { email: user.email, password: TEST_PASSWORD })
  const secondToken = /rcm_session=([^;]*)/.exec(again.headers.get('set-cookie') ?? '')?.[1]

  expect(secondToken).toBeDefined()
  expect(secondToken).not.toBe(first.client.token)
  expect((await first.client.request('/api/auth/me')).status).toBe(401)
  expect(
    (await api.anonymous().request('/api/auth/me', { headers: { Cookie: `rcm_session=${secondToken}` } })).status,
  ).toBe(200)
})

test('ends a session left idle longer than the idle timeout, and keeps one in use', async () => {
  const idle = api.as('editor', { fresh: true })
  const busy = api.as('editor', { fresh: true })

  for (let step = 0; step < 3; step++) {
    advance(HOUR / 2)
    expect((await busy.request('/api/auth/me')).status).toBe(200)
  }

  expect((await idle.request('/api/auth/me')).status).toBe(401)
  expect((await busy.request('/api/auth/me')).status).toBe(200)
})

test('sweeps expired sessions from the database', async () => {
  const { purgeExpiredSessions } = await import('../../server/src/auth/auth.service')
  const { authSettings } = await import('../../server/src/auth/auth-settings')
  api.as('editor', { fresh: true })
  const before = api.db.prepare('SELECT count(*) FROM sessions').pluck().get() as number
  advance(2 * HOUR)
  const settings = authSettings({ now: () => api.clock.now, idleMs: HOUR, absoluteMs: 24 * HOUR })

  expect(purgeExpiredSessions(api.db, settings)).toBe(before)
  expect(api.db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(0)
})

test('ends a session at its absolute lifetime even when in use', async () => {
  const client = api.as('editor', { fresh: true })

  for (let hour = 0; hour < 23; hour++) {
    advance(HOUR)
    expect((await client.request('/api/auth/me')).status, `hour ${hour + 1}`).toBe(200)
  }
  advance(HOUR + 1000)

  expect((await client.request('/api/auth/me')).status).toBe(401)
})

test('marks the cookie Secure when the request came over HTTPS through a trusted proxy', async () => {
  const { createApp } = await import('../../server/src/app')
  const { TEST_SCRYPT } = await import('../support/api')
  const user = api.createUser('editor')
  const { server } = createApp({ db: api.db, trustProxy: 1, auth: { scrypt: TEST_SCRYPT } })
  try {
    const response = await fetch(`${await listenOnLoopback(server)}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-Proto': 'https' },
      body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('set-cookie')).toMatch(/; Secure/)
  } finally {
    await closeServer(server)
  }
})
