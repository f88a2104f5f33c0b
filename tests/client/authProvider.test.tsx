import { expect, test, vi } from 'vitest'
import { canRoleAccess } from '../../client/src/providers/access'
import { createAuthProvider } from '../../client/src/providers/authProvider'

const identity = { id: 4, email: 'ana@example.org', fullName: 'Ana Pérez', role: 'reviewer' }

const json = (status: number, body: unknown) =>
  new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

test('login posts the credentials, with the session cookie, and remembers the identity', async () => {
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) => json(200, identity))
  const authProvider = createAuthProvider('/api', fetch)

  await authProvider.login({ username: 'ana@example.org', password: 'correct horse battery' })

  const [url, init] = fetch.mock.calls[0] ?? []
  expect(url).toBe('/api/auth/login')
  expect(init?.method).toBe('POST')
  expect(init?.credentials).toBe('include')
  expect(JSON.parse(String(init?.body))).toEqual({ email: 'ana@example.org', password: 'correct horse battery' })
  expect(await authProvider.getIdentity?.()).toMatchObject({ id: 4, fullName: 'Ana Pérez' })
  expect(await authProvider.getPermissions?.({})).toBe('reviewer')
  expect(fetch).toHaveBeenCalledTimes(1)
})

test('an answer that is not an identity (an unknown role, a missing name) signs no one in', async () => {
  for (const body of [
    { ...identity, role: 'superuser' },
    { id: 4, email: 'ana@example.org', role: 'reviewer' },
    'ok',
  ]) {
    const authProvider = createAuthProvider(
      '/api',
      vi.fn(async () => json(200, body)),
    )
    await expect(authProvider.checkAuth({})).rejects.toThrow('The server sent an identity this app cannot read')
    await expect(
      authProvider.login({ username: 'ana@example.org', password: 'correct horse battery' }),
    ).rejects.toThrow()
  }
})

test("login rejects with the server's message on a 401", async () => {
  const authProvider = createAuthProvider(
    '/api',
    vi.fn(async () => json(401, { message: 'Wrong email or password' })),
  )

  await expect(authProvider.login({ username: 'x@example.org', password: 'nope' })).rejects.toThrow(
    'Wrong email or password',
  )
})

test('checkAuth asks GET /api/auth/me once for a while, and rejects when signed out', async () => {
  const fetch = vi.fn(async () => json(200, identity))
  const authProvider = createAuthProvider('/api', fetch)
  await authProvider.checkAuth({})
  await authProvider.checkAuth({})
  expect(fetch).toHaveBeenCalledTimes(1)

  const signedOut = createAuthProvider(
    '/api',
    vi.fn(async () => json(401, { message: 'Sign in first' })),
  )
  await expect(signedOut.checkAuth({})).rejects.toMatchObject({ status: 401 })
})

test('checkError signs out on a 401 and stays on a 403', async () => {
  const authProvider = createAuthProvider(
    '/api',
    vi.fn(async () => json(200, identity)),
  )
  await expect(authProvider.checkError({ status: 401 })).rejects.toBeDefined()
  await expect(authProvider.checkError({ status: 403 })).resolves.toBeUndefined()
})

test('logout posts to the API and forgets the identity', async () => {
  const fetch = vi.fn(async (url: string) =>
    url.endsWith('/logout') ? json(204, null) : json(401, { message: 'Sign in first' }),
  )
  const authProvider = createAuthProvider('/api', fetch)
  await authProvider.logout({})
  expect(fetch.mock.calls[0]?.[0]).toBe('/api/auth/logout')
  await expect(authProvider.checkAuth({})).rejects.toBeDefined()
})

test('canAccess follows the role table', async () => {
  const authProvider = createAuthProvider(
    '/api',
    vi.fn(async () => json(200, identity)),
  )
  expect(await authProvider.canAccess?.({ resource: 'events', action: 'edit' })).toBe(true)
  expect(await authProvider.canAccess?.({ resource: 'users', action: 'list' })).toBe(false)

  const table = [
    ['editor', 'events', 'create', true],
    ['editor', 'events', 'delete', false],
    ['editor', 'events', 'submit', true],
    ['editor', 'events', 'publish', false],
    ['reviewer', 'events', 'publish', true],
    ['reviewer', 'events', 'delete', true],
    ['reviewer', 'users', 'list', false],
    ['reviewer', 'audit-log', 'list', false],
    ['admin', 'users', 'edit', true],
    ['admin', 'audit-log', 'list', true],
    ['admin', 'audit-log', 'edit', false],
    ['editor', 'revisions', 'list', true],
    ['editor', 'revisions', 'delete', false],
    ['editor', 'venues', 'delete', true],
  ] as const
  for (const [role, resource, action, expected] of table) {
    expect([role, resource, action, canRoleAccess(role, { resource, action })]).toEqual([
      role,
      resource,
      action,
      expected,
    ])
  }
  // With a record, the state counts too.
  expect(
    canRoleAccess('reviewer', {
      resource: 'events',
      action: 'publish',
      record: { status: 'archived', hasUnpublishedChanges: false, publishedAt: null },
    }),
  ).toBe(false)
  expect(canRoleAccess(undefined, { resource: 'events', action: 'list' })).toBe(false)
})

test('sign-in asks for the answer in the interface language, so a refusal reads in it', async () => {
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) =>
    json(401, { message: 'Correo o contraseña incorrectos' }),
  )
  const authProvider = createAuthProvider('/api', fetch, () => 'es')

  await expect(authProvider.login({ username: 'x@example.org', password: 'nope' })).rejects.toThrow(
    'Correo o contraseña incorrectos',
  )
  expect(new Headers(fetch.mock.calls[0]?.[1]?.headers).get('Accept-Language')).toBe('es')
})
