import type { AuditEntry, Role, User } from '@rcm/shared'
import { generateSync } from 'otplib'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { authSettings } from '../../server/src/auth/auth-settings'
import { startTestApi, TEST_PASSWORD, type TestApi, type TestClient } from '../support/api'

// The defaults of `npm start` (30 minutes idle, 12 hours at most), with admins and reviewers needing a second factor.
const { idleMs, absoluteMs } = authSettings({}, {})
const SETTINGS = { mfaRequiredRoles: ['admin', 'reviewer'] as const, idleMs, absoluteMs }

let api: TestApi
beforeEach(async () => {
  api = await startTestApi({ auth: SETTINGS })
})
afterEach(() => api.close())

const advance = (ms: number) => {
  api.clock.now = new Date(api.clock.now.getTime() + ms)
}
/** The code an authenticator app shows now, by the app's clock. */
const codeNow = (secret: string) => generateSync({ secret, epoch: Math.floor(api.clock.now.getTime() / 1000) })

const auditOf = async (action: string) =>
  (await api.request(`/api/audit-log?filter=${encodeURIComponent(JSON.stringify({ action }))}`)).body as AuditEntry[]

/** Signs `user` in and enrols them as the sign-in page does; the client holds the full session. */
async function enrolAtSignIn(user: User): Promise<{ secret: string; recoveryCodes: string[]; client: TestClient }> {
  const { response, client: pending } = await api.signIn(user.email)
  expect(response).toMatchObject({ status: 200, body: { mfa: 'enrol' } })
  const enrolment = await pending.send('POST', '/api/auth/mfa/enrol', {})
  const { secret } = enrolment.body as { secret: string }
  const confirmed = await pending.send('POST', '/api/auth/mfa/confirm', { code: codeNow(secret) })
  expect(confirmed.status).toBe(200)
  const { recoveryCodes } = confirmed.body as { recoveryCodes: string[] }
  return { secret, recoveryCodes, client: api.withSessionOf(confirmed, user) }
}

/** A user of `role` with a second factor on, signed out; the clock is past the step of the enrolment code. */
async function userWithMfa(role: Role) {
  const user = api.createUser(role)
  if (role === 'editor') {
    const { client } = await api.signIn(user.email)
    const { secret } = (await client.send('POST', '/api/auth/mfa/enrol', { currentPassword: TEST_PASSWORD })).body as {
      secret: string
    }
    const confirmed = await client.send('POST', '/api/auth/mfa/confirm', { code: codeNow(secret) })
    advance(30_000)
    return { user, secret, recoveryCodes: (confirmed.body as { recoveryCodes: string[] }).recoveryCodes }
  }
  const enrolled = await enrolAtSignIn(user)
  advance(30_000)
  return { user, ...enrolled }
}

test('MFA_REQUIRED_ROLES defaults to admin and reviewer, and an empty value turns the requirement off', () => {
  expect(authSettings({}, {}).mfaRequiredRoles).toEqual(['admin', 'reviewer'])
  expect(authSettings({}, { MFA_REQUIRED_ROLES: '' }).mfaRequiredRoles).toEqual([])
  expect(authSettings({}, { MFA_REQUIRED_ROLES: 'admin' }).mfaRequiredRoles).toEqual(['admin'])
})

test('an editor without a second factor signs in as before: the identity and a full session', async () => {
  const user = api.createUser('editor')
  const { response, client } = await api.signIn(user.email)
  expect(response).toMatchObject({ status: 200, body: { id: user.id, role: 'editor' } })
  expect((await client.request('/api/events')).status).toBe(200)
})

test('an admin without a second factor is asked to enrol; the waiting cookie opens only the second-factor calls', async () => {
  const admin = api.createUser('admin')
  const { response, client: pending } = await api.signIn(admin.email)

  expect(response).toMatchObject({ status: 200, body: { mfa: 'enrol' } })
  expect(response.body).not.toHaveProperty('id')
  expect(response.headers.get('set-cookie')).toMatch(/^rcm_session=[\w-]{43};.*HttpOnly/i)
  for (const path of ['/api/auth/me', '/api/events', '/api/users', '/api/auth/mfa']) {
    expect((await pending.request(path)).status, path).toBe(401)
  }
  expect(
    (await pending.send('POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'x'.repeat(20) }))
      .status,
  ).toBe(401)
  expect((await pending.send('POST', '/api/auth/mfa/verify', { code: '123456' })).status).toBe(409)
})

test('enrol gives a TOTP secret and its otpauth URI; confirm turns it on, gives ten recovery codes and a full session', async () => {
  const admin = api.createUser('admin')
  const { client: pending } = await api.signIn(admin.email)

  const enrolment = await pending.send('POST', '/api/auth/mfa/enrol', {})
  expect(enrolment.status).toBe(200)
  const { secret, otpauthUrl } = enrolment.body as { secret: string; otpauthUrl: string }
  expect(secret).toMatch(/^[A-Z2-7]{32}$/)
  const url = new URL(otpauthUrl)
  expect(url.protocol).toBe('otpauth:')
  expect(url.host).toBe('totp')
  expect(url.searchParams.get('secret')).toBe(secret)
  expect(url.searchParams.get('algorithm') ?? 'SHA1').toBe('SHA1')
  expect(url.searchParams.get('digits') ?? '6').toBe('6')
  expect(url.searchParams.get('period') ?? '30').toBe('30')

  expect(await pending.send('POST', '/api/auth/mfa/confirm', { code: '000000' })).toMatchObject({
    status: 400,
    body: { errors: { code: expect.any(String) } },
  })
  const confirmed = await pending.send('POST', '/api/auth/mfa/confirm', { code: codeNow(secret) })
  expect(confirmed).toMatchObject({ status: 200, body: { id: admin.id, role: 'admin' } })
  const { recoveryCodes } = confirmed.body as { recoveryCodes: string[] }
  expect(new Set(recoveryCodes).size).toBe(10)

  // A new token for the full session; the waiting one is gone.
  const full = api.withSessionOf(confirmed, admin)
  expect(full.token).not.toBe(pending.token)
  expect((await full.request('/api/auth/me')).status).toBe(200)
  expect((await pending.request('/api/auth/me')).status).toBe(401)
  expect((await full.request('/api/auth/mfa')).body).toEqual({ enabled: true, required: true, recoveryCodesLeft: 10 })

  // Neither the secret nor a recovery code is in the database in clear.
  const stored =
    JSON.stringify(api.db.prepare('SELECT * FROM mfa_factors').all()) +
    JSON.stringify(api.db.prepare('SELECT * FROM mfa_recovery_codes').all())
  expect(stored).not.toContain(secret)
  for (const code of recoveryCodes) expect(stored).not.toContain(code)
  // And it is never returned again: enrolling once more is refused.
  expect((await full.send('POST', '/api/auth/mfa/enrol', { currentPassword: TEST_PASSWORD })).status).toBe(409)
})

test('a user with a second factor gives a code after the password; a code already used is refused', async () => {
  const { user, secret } = await userWithMfa('reviewer')

  const { response, client: pending } = await api.signIn(user.email)
  expect(response).toMatchObject({ status: 200, body: { mfa: 'required' } })
  expect((await pending.request('/api/events')).status).toBe(401)

  const code = codeNow(secret)
  const verified = await pending.send('POST', '/api/auth/mfa/verify', { code })
  expect(verified).toMatchObject({ status: 200, body: { id: user.id, role: 'reviewer' } })
  const full = api.withSessionOf(verified, user)
  expect((await full.request('/api/events')).status).toBe(200)
  expect((await pending.request('/api/events')).status).toBe(401)

  // The same code again, from a new sign-in within its window: refused.
  const { client: again } = await api.signIn(user.email)
  expect((await again.send('POST', '/api/auth/mfa/verify', { code })).status).toBe(401)
  advance(30_000)
  expect((await again.send('POST', '/api/auth/mfa/verify', { code: codeNow(secret) })).status).toBe(200)
})

test('a code from the step before or after now is accepted (clock skew), two steps off is not', async () => {
  const { user, secret } = await userWithMfa('editor')
  advance(5 * 60_000)
  const at = (offsetSteps: number) =>
    generateSync({ secret, epoch: Math.floor(api.clock.now.getTime() / 1000) + offsetSteps * 30 })

  const { client: first } = await api.signIn(user.email)
  expect((await first.send('POST', '/api/auth/mfa/verify', { code: at(-2) })).status).toBe(401)
  expect((await first.send('POST', '/api/auth/mfa/verify', { code: at(-1) })).status).toBe(200)
  const { client: second } = await api.signIn(user.email)
  expect((await second.send('POST', '/api/auth/mfa/verify', { code: at(1) })).status).toBe(200)
})

test('a recovery code signs in once, and never again', async () => {
  const { user, recoveryCodes } = await userWithMfa('admin')
  const [code = ''] = recoveryCodes

  const { client: first } = await api.signIn(user.email)
  const verified = await first.send('POST', '/api/auth/mfa/verify', { recoveryCode: code.toUpperCase() })
  expect(verified).toMatchObject({ status: 200, body: { id: user.id } })
  expect((await api.withSessionOf(verified, user).request('/api/auth/mfa')).body).toMatchObject({
    recoveryCodesLeft: 9,
  })

  const { client: second } = await api.signIn(user.email)
  expect((await second.send('POST', '/api/auth/mfa/verify', { recoveryCode: code })).status).toBe(401)
  expect((await second.send('POST', '/api/auth/mfa/verify', { recoveryCode: 'abcd-efgh-jkmn-pqrs' })).status).toBe(401)
})

test('wrong codes are throttled as wrong passwords are: past the limit even the right code gets 429', async () => {
  await api.close()
  api = await startTestApi({ auth: { ...SETTINGS, maxFailures: 3 } })
  const { user, secret } = await userWithMfa('reviewer')
  const { client: pending } = await api.signIn(user.email)

  for (let i = 0; i < 3; i++) {
    expect((await pending.send('POST', '/api/auth/mfa/verify', { code: '000000' })).status).toBe(401)
  }
  const refused = await pending.send('POST', '/api/auth/mfa/verify', { code: codeNow(secret) })
  expect(refused.status).toBe(429)
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  expect((await auditOf('auth.mfa-failed')).length).toBe(3)
})

test('a session waiting for its second factor ends after 10 minutes', async () => {
  const { user, secret } = await userWithMfa('admin')
  const { client: pending } = await api.signIn(user.email)
  advance(11 * 60_000)
  expect((await pending.send('POST', '/api/auth/mfa/verify', { code: codeNow(secret) })).status).toBe(401)
})

test('editors may enrol from their account, with their password, and turn it off with password and code', async () => {
  const { user, secret } = await userWithMfa('editor')
  const { response, client: pending } = await api.signIn(user.email)
  expect(response.body).toEqual({ mfa: 'required' })
  const editor = api.withSessionOf(await pending.send('POST', '/api/auth/mfa/verify', { code: codeNow(secret) }), user)
  advance(30_000)

  expect(await editor.send('POST', '/api/auth/mfa/disable', { currentPassword: TEST_PASSWORD })).toMatchObject({
    status: 400,
    body: { errors: { code: expect.any(String) } },
  })
  expect(
    (await editor.send('POST', '/api/auth/mfa/disable', { currentPassword: 'wrong password!!', code: codeNow(secret) }))
      .status,
  ).toBe(400)
  expect(
    (await editor.send('POST', '/api/auth/mfa/disable', { currentPassword: TEST_PASSWORD, code: codeNow(secret) }))
      .status,
  ).toBe(204)
  expect((await api.signIn(user.email)).response).toMatchObject({ status: 200, body: { id: user.id } })
  expect(await auditOf('auth.mfa-disable')).toEqual([expect.objectContaining({ userId: user.id })])
})

test('enrolling from a full session needs the current password', async () => {
  const editor = api.as('editor')
  expect((await editor.send('POST', '/api/auth/mfa/enrol', {})).status).toBe(400)
  expect((await editor.send('POST', '/api/auth/mfa/enrol', { currentPassword: 'not the password' })).status).toBe(400)
  expect((await editor.send('POST', '/api/auth/mfa/enrol', { currentPassword: TEST_PASSWORD })).status).toBe(200)
})

test('a role that must have a second factor cannot turn it off (409)', async () => {
  const { secret, client } = await enrolAtSignIn(api.createUser('reviewer'))
  advance(30_000)
  const response = await client.send('POST', '/api/auth/mfa/disable', {
    currentPassword: TEST_PASSWORD,
    code: codeNow(secret),
  })
  expect(response.status).toBe(409)
})

test('changing one’s own password or email, or the recovery codes, needs the password and a current code', async () => {
  const user = api.createUser('admin')
  const { secret, client } = await enrolAtSignIn(user)
  advance(30_000)
  const newPassword = 'another long password for the admin'

  expect(
    await client.send('POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword }),
  ).toMatchObject({
    status: 400,
    body: { errors: { code: expect.any(String) } },
  })
  expect(
    await client.send('POST', '/api/auth/email', {
      currentPassword: TEST_PASSWORD,
      code: '000000',
      email: 'new@example.org',
    }),
  ).toMatchObject({ status: 400, body: { errors: { code: expect.any(String) } } })
  expect(
    await client.send('POST', '/api/auth/email', {
      currentPassword: 'nope nope nope',
      code: codeNow(secret),
      email: 'new@example.org',
    }),
  ).toMatchObject({ status: 400, body: { errors: { currentPassword: expect.any(String) } } })

  const email = await client.send('POST', '/api/auth/email', {
    currentPassword: TEST_PASSWORD,
    code: codeNow(secret),
    email: 'new@example.org',
  })
  expect(email).toMatchObject({ status: 200, body: { id: user.id, email: 'new@example.org' } })
  advance(30_000)
  const codes = await client.send('POST', '/api/auth/mfa/recovery-codes', {
    currentPassword: TEST_PASSWORD,
    code: codeNow(secret),
  })
  expect((codes.body as { recoveryCodes: string[] }).recoveryCodes).toHaveLength(10)
  advance(30_000)

  const { client: second } = await api.signIn('new@example.org')
  const secondFull = api.withSessionOf(
    await second.send('POST', '/api/auth/mfa/verify', { code: codeNow(secret) }),
    user,
  )
  advance(30_000)
  const changed = await client.send('POST', '/api/auth/password', {
    currentPassword: TEST_PASSWORD,
    newPassword,
    code: codeNow(secret),
  })
  expect(changed.status).toBe(204)
  // The password change ends the user's other sessions, not this one.
  expect((await secondFull.request('/api/auth/me')).status).toBe(401)
  expect((await client.request('/api/auth/me')).status).toBe(200)
})

test('an admin changes their own email and password on the account page, not through the users screen', async () => {
  const self = api.user as User
  expect(await api.send('PUT', `/api/users/${self.id}`, { ...self, email: 'me@example.org' })).toMatchObject({
    status: 400,
    body: { errors: { email: expect.any(String) } },
  })
  expect(
    await api.send('PUT', `/api/users/${self.id}`, { ...self, password: 'a brand new long password' }),
  ).toMatchObject({
    status: 400,
    body: { errors: { password: expect.any(String) } },
  })
  expect((await api.send('PUT', `/api/users/${self.id}`, { ...self, fullName: 'Renamed' })).status).toBe(200)
})

test('an admin resets a user’s second factor, audited: at the next sign-in the role’s rule applies again', async () => {
  const { user } = await userWithMfa('reviewer')
  const response = await api.send('POST', `/api/users/${user.id}/reset-mfa`)
  expect(response.status).toBe(204)
  expect(await auditOf('users.mfa-reset')).toEqual([
    expect.objectContaining({ userId: (api.user as User).id, targetId: user.id, details: { hadFactor: true } }),
  ])
  expect((await api.signIn(user.email)).response.body).toEqual({ mfa: 'enrol' })
  expect((await api.send('POST', '/api/users/999999/reset-mfa')).status).toBe(404)
  expect((await api.as('reviewer').send('POST', `/api/users/${user.id}/reset-mfa`)).status).toBe(403)
})

test('an admin ends all sessions of a user, audited', async () => {
  const user = api.createUser('editor')
  const { client: one } = await api.signIn(user.email)
  const { client: two } = await api.signIn(user.email)

  const response = await api.send('POST', `/api/users/${user.id}/end-sessions`)

  expect(response).toMatchObject({ status: 200, body: { sessionsEnded: 2 } })
  expect((await one.request('/api/auth/me')).status).toBe(401)
  expect((await two.request('/api/auth/me')).status).toBe(401)
  expect(await auditOf('users.end-sessions')).toEqual([
    expect.objectContaining({ targetId: user.id, details: { sessionsEnded: 2 } }),
  ])
})

test('by default a session ends after 30 minutes idle, and 12 hours after sign-in however much it is used', async () => {
  const user = api.createUser('editor')
  const { client: idle } = await api.signIn(user.email)
  const { client: busy } = await api.signIn(user.email)

  const signedInAt = api.clock.now.getTime()
  advance(29 * 60_000)
  expect((await busy.request('/api/auth/me')).status).toBe(200)
  expect((await idle.request('/api/auth/me')).status).toBe(200)
  advance(20 * 60_000)
  expect((await busy.request('/api/auth/me')).status).toBe(200)
  advance(11 * 60_000)
  expect((await idle.request('/api/auth/me')).status).toBe(401)
  expect((await busy.request('/api/auth/me')).status).toBe(200)

  // Kept alive every 20 minutes, it still ends at the 12th hour.
  while (api.clock.now.getTime() + 20 * 60_000 <= signedInAt + 12 * 60 * 60_000) {
    advance(20 * 60_000)
    expect((await busy.request('/api/auth/me')).status).toBe(200)
  }
  advance(20 * 60_000)
  expect((await busy.request('/api/auth/me')).status).toBe(401)
})
