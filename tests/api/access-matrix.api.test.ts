import { hasRole, resourceAccess, ROLES, SECOND_FACTOR, WORKFLOW_STEPS, type Role } from '@rcm/shared'
import { Router, type Express } from 'express'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { canRoleAccess } from '../../client/src/providers/access'
import { API_ROUTES } from '../../server/src/api-routes'
import { createApp } from '../../server/src/app'
import type { ApiRoute } from '../../server/src/http/route-table'
import { startTestApi, type TestApi } from '../support/api'
import { createTestDb } from '../support/test-db'

interface Layer {
  rawPath?: unknown
  handle: { stack?: Layer[] }
  route?: { path: string; methods: Record<string, boolean> }
}

/** Every method and full path registered on the app's routers under /api, read from Express's router stacks. */
function registeredRoutes(app: Express): string[] {
  const stack = (app.router as unknown as { stack: Layer[] }).stack
  return stack.flatMap((mount) => {
    if (typeof mount.rawPath !== 'string' || !mount.rawPath.startsWith('/api') || !mount.handle.stack) return []
    return mount.handle.stack.flatMap((layer) => {
      if (!layer.route) return []
      const path = `${mount.rawPath as string}${layer.route.path === '/' ? '' : layer.route.path}`
      return Object.keys(layer.route.methods)
        .filter((method) => method !== '_all')
        .map((method) => `${method.toUpperCase()} ${path}`)
    })
  })
}

const keyOf = (route: ApiRoute) => `${route.method} ${route.path}`

const db = createTestDb()
afterAll(() => db.close())
const { app } = createApp({ db })

test('every route the app registers under /api has exactly one entry in the route tables, and every entry is registered', () => {
  const keys = API_ROUTES.map(keyOf)
  expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([])
  expect([...registeredRoutes(app)].sort()).toEqual([...keys].sort())
})

test('a route registered outside the tables is caught by the check above', () => {
  const extra = Router()
  extra.get('/:id/secret', () => {})
  const { app: other } = createApp({ db })
  other.use('/api/events', extra)
  const tables = new Set(API_ROUTES.map(keyOf))
  expect(registeredRoutes(other).filter((key) => !tables.has(key))).toEqual(['GET /api/events/:id/secret'])
})

const CRUD_ACTIONS: Record<string, string> = { GET: 'show', PUT: 'edit', DELETE: 'delete' }

/**
 * The admin client's name for what a route does, where it has one: react-admin's CRUD actions,
 * and the POSTs of the workflow steps and of a resource's own actions.
 */
function clientAction(route: ApiRoute): { resource: string; action: string } | undefined {
  const [, api, resource = '', id, action, ...rest] = route.path.split('/')
  const access = resourceAccess(resource)
  if (api !== 'api' || !access || rest.length > 0) return undefined
  if (id === undefined) return { resource, action: route.method === 'GET' ? 'list' : 'create' }
  if (id !== ':id') return undefined
  if (action === undefined) return { resource, action: CRUD_ACTIONS[route.method] ?? '' }
  const isOwn = (WORKFLOW_STEPS as readonly string[]).includes(action) || Object.hasOwn(access.actions ?? {}, action)
  return isOwn && route.method === 'POST' ? { resource, action } : undefined
}

test("the admin client's role checks agree with the server's route tables for every role", () => {
  const disagreements = API_ROUTES.flatMap((route) => {
    const asked = clientAction(route)
    if (!asked || route.access === 'public' || route.access === SECOND_FACTOR) return []
    const access = route.access
    return ROLES.filter((role) => canRoleAccess(role, asked) !== hasRole(role, access)).map(
      (role) => `${role} ${keyOf(route)} (${asked.action})`,
    )
  })
  expect(disagreements).toEqual([])
  // The check covers the CRUD of every resource and the workflow steps.
  expect(API_ROUTES.filter((route) => clientAction(route)).length).toBeGreaterThan(40)
})

type Caller = 'anonymous' | Role

/** What a caller must get: 401 anonymous, 403 below the route's role, anything else (2xx, 400, 404…) when allowed. */
function expectation(route: ApiRoute, caller: Caller): 'refused-401' | 'refused-403' | 'allowed' {
  if (route.access === 'public') return 'allowed'
  if (caller === 'anonymous') return 'refused-401'
  if (route.access === SECOND_FACTOR) return 'allowed'
  return hasRole(caller, route.access) ? 'allowed' : 'refused-403'
}

describe('the access matrix: every route × {anonymous, editor, reviewer, admin}', () => {
  let api: TestApi
  beforeAll(async () => {
    api = await startTestApi()
  })
  afterAll(() => api.close())

  const cases = API_ROUTES.flatMap((route) =>
    (['anonymous', ...ROLES] as Caller[]).map((caller) => ({
      method: route.method,
      path: route.path,
      caller,
      expected: expectation(route, caller),
    })),
  )

  test.each(cases)('$method $path as $caller: $expected', async ({ method, path, caller, expected }) => {
    // A fresh session per call: logout ends the one it is called with.
    const client = caller === 'anonymous' ? api.anonymous() : api.as(caller, { fresh: true })
    const response = await client.request(
      path.replaceAll(':id', '999999'),
      method === 'GET' || method === 'DELETE'
        ? { method }
        : { method, headers: { 'Content-Type': 'application/json' }, body: '{}' },
    )

    if (expected === 'refused-401') expect(response.status).toBe(401)
    else if (expected === 'refused-403') expect(response.status).toBe(403)
    else expect([401, 403, 500]).not.toContain(response.status)
    expect(response.body).toEqual(response.status === 204 ? '' : expect.anything())
  })
})

test('a path without a route is a 404 and a method without one a 405 with Allow, once signed in; 401 before', async () => {
  const api = await startTestApi()
  try {
    expect((await api.anonymous().request('/api/nothing')).status).toBe(401)
    expect((await api.as('editor').request('/api/nothing')).status).toBe(404)
    const put = await api.as('editor').send('PUT', '/api/revisions/1', {})
    expect(put.status).toBe(405)
    expect(put.headers.get('allow')).toBe('GET')
    const presence = await api.as('editor').send('PUT', '/api/events/1/presence', {})
    expect(presence.status).toBe(405)
    expect(presence.headers.get('allow')).toBe('GET, POST, DELETE')
  } finally {
    await api.close()
  }
})
