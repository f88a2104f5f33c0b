import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, TEST_PASSWORD, type TestApi } from '../support/api'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const NEW_PASSWORD = 'river stones under the bridge'

test('a user changes their own password with the current one; their other sessions end, this one stays', async () => {
  const user = api.createUser('editor')
  const here = await api.signIn(user.email)
  const elsewhere = await api.signIn(user.email)

  const response = await here.client.send('POST', '/api/auth/password', {
    currentPassword: TEST_PASSWORD,
    newPassword: NEW_PASSWORD,
  })

  expect(response.status).toBe(204)
  expect((await here.client.request('/api/auth/me')).status).toBe(200)
  expect((await elsewhere.client.request('/api/auth/me')).status).toBe(401)
  expect((await api.signIn(user.email)).response.status).toBe(401)
  expect((await api.signIn(user.email, NEW_PASSWORD)).response.status).toBe(200)
})

test('refuses a wrong current password with 400 on currentPassword, keeping the session and the password', async () => {
  const user = api.createUser('editor')
  const { client } = await api.signIn(user.email)

  const response = await client.send('POST', '/api/auth/password', {
    currentPassword: 'wrong wrong wrong',
    newPassword: NEW_PASSWORD,
  })

  expect(response).toMatchObject({ status: 400, body: { errors: { currentPassword: expect.any(String) } } })
  expect((await client.request('/api/auth/me')).status).toBe(200)
  expect((await api.signIn(user.email)).response.status).toBe(200)
})

test.each([
  ['shorter than 12 characters', 'short pass'],
  ['a common password', 'password1234'],
  ['one character repeated', 'aaaaaaaaaaaaaa'],
  ['built on the email', 'editorsomething-12'],
])('refuses a new password that is %s with 400 on newPassword', async (_what, newPassword) => {
  const user = api.createUser('editor', { email: 'editorsomething@example.org' })
  const { client } = await api.signIn(user.email)

  const response = await client.send('POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword })

  expect(response).toMatchObject({ status: 400, body: { errors: { newPassword: expect.any(String) } } })
})

test('stores scrypt hashes with their parameters and a salt per user, never the password', async () => {
  const admin = api.as('admin')
  await admin.send('POST', '/api/users', {
    email: 'a@example.org',
    fullName: 'A',
    role: 'editor',
    password: NEW_PASSWORD,
  })
  await admin.send('POST', '/api/users', {
    email: 'b@example.org',
    fullName: 'B',
    role: 'editor',
    password: NEW_PASSWORD,
  })

  const hashes = api.db
    .prepare("SELECT password_hash FROM users WHERE email IN ('a@example.org', 'b@example.org')")
    .pluck()
    .all() as string[]

  expect(hashes).toHaveLength(2)
  for (const hash of hashes) expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[\w+/=]+\$[\w+/=]+$/)
  expect(hashes[0]).not.toBe(hashes[1])
  expect(hashes.join()).not.toContain(NEW_PASSWORD)
})

test('throttles an account after 20 failures in 15 minutes with 429 and Retry-After, until the window has passed', async () => {
  const user = api.createUser('editor')
  for (let attempt = 0; attempt < 20; attempt++) {
    expect((await api.signIn(user.email, `wrong password ${attempt}`)).response.status).toBe(401)
    api.clock.now = new Date(api.clock.now.getTime() + 1000)
  }

  const throttled = await api.signIn(user.email)

  expect(throttled.response).toMatchObject({ status: 429, body: { message: expect.any(String) } })
  const retryAfter = Number(throttled.response.headers.get('retry-after'))
  expect(retryAfter).toBeGreaterThan(15 * 60 - 30)
  expect(retryAfter).toBeLessThanOrEqual(15 * 60)
  api.clock.now = new Date(api.clock.now.getTime() + retryAfter * 1000)
  expect((await api.signIn(user.email)).response.status).toBe(200)
})

test('throttles an address that tries many accounts, whether or not they exist', async () => {
  for (let attempt = 0; attempt < 20; attempt++) {
    expect((await api.signIn(`guess${attempt}@example.org`, 'some password here')).response.status).toBe(401)
  }
  const user = api.createUser('editor')

  const throttled = await api.signIn(user.email)

  expect(throttled.response.status).toBe(429)
  expect(Number(throttled.response.headers.get('retry-after'))).toBeGreaterThan(0)
})

test('records sign-ins and failed sign-ins in the audit log, without passwords or tokens', async () => {
  const user = api.createUser('editor')
  await api.signIn(user.email, 'a wrong password here')
  const { client } = await api.signIn(user.email)

  const log = await api.request('/api/audit-log?sort=["id","ASC"]&range=[0,99]')
  const text = JSON.stringify(log.body)

  expect(log.body).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        action: 'auth.login-failed',
        userId: user.id,
        details: expect.objectContaining({ email: user.email, reason: 'wrong password' }),
      }),
      expect.objectContaining({ action: 'auth.login', userId: user.id }),
    ]),
  )
  expect(text).not.toContain('a wrong password here')
  expect(text).not.toContain(TEST_PASSWORD)
  expect(text).not.toContain(client.token)
})
