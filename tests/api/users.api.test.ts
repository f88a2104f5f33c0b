import type { User } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const PASSWORD = 'lanterns over the harbour'
const input = (overrides: Partial<User & { password: string }> = {}) => ({
  email: 'maria@example.org',
  fullName: 'María Pérez',
  role: 'editor',
  active: true,
  password: PASSWORD,
  ...overrides,
})

test('runs the data provider contract for users, never returning a password', async () => {
  const { data: created } = await api.dataProvider.create<User>('users', { data: input() })
  const { data: list, total } = await api.dataProvider.getList<User>('users', {
    filter: { q: 'maría' },
    sort: { field: 'email', order: 'ASC' },
    pagination: { page: 1, perPage: 10 },
  })
  const { data: updated } = await api.dataProvider.update<User>('users', {
    id: created.id,
    data: { ...created, role: 'reviewer' },
    previousData: created,
  })
  const { data: deleted } = await api.dataProvider.delete<User>('users', { id: created.id, previousData: updated })

  expect(created).toEqual({
    id: expect.any(Number),
    email: 'maria@example.org',
    fullName: 'María Pérez',
    role: 'editor',
    active: true,
  })
  expect([list, total]).toEqual([[created], 1])
  expect(updated).toEqual({ ...created, role: 'reviewer' })
  expect(deleted).toEqual(updated)
  expect((await api.signIn('maria@example.org', PASSWORD)).response.status).toBe(401)
})

test('refuses users to editors and reviewers with 403', async () => {
  for (const role of ['editor', 'reviewer'] as const) {
    expect((await api.as(role).request('/api/users')).status).toBe(403)
    expect((await api.as(role).send('POST', '/api/users', input())).status).toBe(403)
  }
})

test('validates accounts: email, a taken email (any case), role, password strength, unknown fields', async () => {
  await api.send('POST', '/api/users', input())

  const bad = await api.send(
    'POST',
    '/api/users',
    input({ email: 'nope', role: 'boss' as User['role'], password: 'short' }),
  )
  const taken = await api.send('POST', '/api/users', input({ email: 'MARIA@example.org' }))
  const common = await api.send('POST', '/api/users', input({ email: 'x@example.org', password: 'password1234' }))
  const unknown = await api.send('POST', '/api/users', { ...input({ email: 'y@example.org' }), isAdmin: true })

  expect(bad).toMatchObject({
    status: 400,
    body: { errors: { email: expect.any(String), role: expect.any(String), password: expect.any(String) } },
  })
  expect(taken).toMatchObject({ status: 400, body: { errors: { email: 'Another account uses this email' } } })
  expect(common).toMatchObject({ status: 400, body: { errors: { password: expect.any(String) } } })
  expect(unknown).toMatchObject({ status: 400, body: { errors: { isAdmin: expect.any(String) } } })
})

test('the last active admin cannot be deleted, deactivated or demoted (409); with a second admin they can', async () => {
  const only = api.user as User
  // The test API's admin is the only admin.
  expect((await api.send('DELETE', `/api/users/${only.id}`)).status).toBe(409)
  expect((await api.send('PUT', `/api/users/${only.id}`, { ...only, active: false })).status).toBe(409)
  expect(await api.send('PUT', `/api/users/${only.id}`, { ...only, role: 'reviewer' })).toMatchObject({
    status: 409,
    body: { message: expect.stringContaining('last active administrator') },
  })

  const second = api.createUser('admin')
  const demoted = await api.send('PUT', `/api/users/${only.id}`, { ...only, role: 'reviewer' })

  expect(demoted).toMatchObject({ status: 200, body: { role: 'reviewer' } })
  const { client: secondAdmin } = await api.signIn(second.email)
  expect((await secondAdmin.send('DELETE', `/api/users/${second.id}`)).status).toBe(409)
})

test('deactivating an account ends its sessions and refuses its sign-in', async () => {
  const user = api.createUser('editor')
  const { client } = await api.signIn(user.email)

  const response = await api.send('PUT', `/api/users/${user.id}`, { ...user, active: false })

  expect(response).toMatchObject({ status: 200, body: { active: false } })
  expect((await client.request('/api/auth/me')).status).toBe(401)
  expect((await api.signIn(user.email)).response.status).toBe(401)
})

test('an admin resets a password with PUT; the user’s sessions end and the new password works', async () => {
  const user = api.createUser('editor')
  const { client } = await api.signIn(user.email)

  const response = await api.send('PUT', `/api/users/${user.id}`, { ...user, password: PASSWORD })
  const keep = await api.send('PUT', `/api/users/${user.id}`, { ...user, fullName: 'Renamed', password: '' })

  expect(response.body).toEqual(user)
  expect(keep.body).toMatchObject({ fullName: 'Renamed' })
  expect((await client.request('/api/auth/me')).status).toBe(401)
  expect((await api.signIn(user.email, PASSWORD)).response.status).toBe(200)
})

test('a role change applies at the next request of a session already open', async () => {
  const user = api.createUser('editor')
  const { client } = await api.signIn(user.email)
  expect((await client.request('/api/users')).status).toBe(403)

  await api.send('PUT', `/api/users/${user.id}`, { ...user, role: 'admin' })

  expect((await client.request('/api/users')).status).toBe(200)
})

test('records account changes in the audit log without the password', async () => {
  const { body: created } = await api.send('POST', '/api/users', input())
  const id = (created as User).id
  await api.send('PUT', `/api/users/${id}`, {
    ...(created as User),
    role: 'reviewer',
    password: 'a brand new secret phrase',
  })
  await api.send('DELETE', `/api/users/${id}`)

  const log = await api.request(
    `/api/audit-log?filter=${encodeURIComponent(JSON.stringify({ targetType: 'users', targetId: id }))}&sort=["id","ASC"]`,
  )

  expect((log.body as Array<{ action: string }>).map((entry) => entry.action)).toEqual([
    'users.create',
    'users.update',
    'users.delete',
  ])
  expect((log.body as Array<{ details: unknown }>)[1]?.details).toMatchObject({
    role: { from: 'editor', to: 'reviewer' },
    password: 'reset',
  })
  expect(JSON.stringify(log.body)).not.toContain('secret phrase')
  expect(JSON.stringify(log.body)).not.toContain(PASSWORD)
})
