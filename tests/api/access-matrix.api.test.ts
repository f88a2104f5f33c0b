import { hasRole, ROLES, type Role } from '@rcm/shared'
import { Router } from 'express'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { apiRoutes } from '../../server/src/app'
import { authSettings } from '../../server/src/auth/auth-settings'
import { findRule, ROUTE_RULES, type RouteRule } from '../../server/src/http/route-rules'
import { startTestApi, type TestApi } from '../support/api'
import { createTestDb } from '../support/test-db'

interface RouteLayer {
  route?: { path: string; methods: Record<string, boolean> }
}

/** Every method and full path the routers register, read from Express's router stacks ("all" handlers are the 405s). */
function registeredRoutes(mounts: Array<[string, Router]>): Array<{ method: string; path: string }> {
  return mounts.flatMap(([mount, router]) =>
    (router.stack as RouteLayer[]).flatMap((layer) => {
      if (!layer.route) return []
      const path = `/api${mount}${layer.route.path === '/' ? '' : layer.route.path}`
      return Object.keys(layer.route.methods)
        .filter((method) => method !== '_all')
        .map((method) => ({ method: method.toUpperCase(), path }))
    }),
  )
}

const routesWithoutRule = (mounts: Array<[string, Router]>) =>
  registeredRoutes(mounts).filter((route) => !findRule(route.method, route.path))

const db = createTestDb()
afterAll(() => db.close())
const mounts = apiRoutes(db, authSettings())

test('every route the app registers has exactly one rule in ROUTE_RULES', () => {
  expect(routesWithoutRule(mounts)).toEqual([])
  const keys = ROUTE_RULES.map((rule) => `${rule.method} ${rule.path}`)
  expect(new Set(keys).size).toBe(keys.length)
})

test('every rule names a route the app registers (no stale rules)', () => {
  const registered = new Set(registeredRoutes(mounts).map((route) => `${route.method} ${route.path}`))
  expect(ROUTE_RULES.filter((rule) => !registered.has(`${rule.method} ${rule.path}`))).toEqual([])
})

test('a route added without a rule is caught by the check above', () => {
  const extra = Router()
  extra.get('/:id/secret', () => {})
  expect(routesWithoutRule([...mounts, ['/events', extra]])).toEqual([
    { method: 'GET', path: '/api/events/:id/secret' },
  ])
})

type Caller = 'anonymous' | Role

/** What a caller must get: 401 anonymous, 403 below the rule's role, anything else (2xx, 400, 404…) when allowed. */
function expectation(rule: RouteRule, caller: Caller): 'refused-401' | 'refused-403' | 'allowed' {
  if (rule.access === 'public') return 'allowed'
  if (caller === 'anonymous') return 'refused-401'
  return hasRole(caller, rule.access) ? 'allowed' : 'refused-403'
}

describe('the access matrix: every rule × {anonymous, editor, reviewer, admin}', () => {
  let api: TestApi
  beforeAll(async () => {
    api = await startTestApi()
  })
  afterAll(() => api.close())

  const cases = ROUTE_RULES.flatMap((rule) =>
    (['anonymous', ...ROLES] as Caller[]).map((caller) => ({ rule, caller, expected: expectation(rule, caller) })),
  )

  test.each(cases)('$rule.method $rule.path as $caller: $expected', async ({ rule, caller, expected }) => {
    // A fresh session per call: logout ends the one it is called with.
    const client = caller === 'anonymous' ? api.anonymous() : api.as(caller, { fresh: true })
    const path = rule.path.replaceAll(':id', '999999')
    const response = await client.request(
      path,
      rule.method === 'GET' || rule.method === 'DELETE'
        ? { method: rule.method }
        : { method: rule.method, headers: { 'Content-Type': 'application/json' }, body: '{}' },
    )

    if (expected === 'refused-401') expect(response.status).toBe(401)
    else if (expected === 'refused-403') expect(response.status).toBe(403)
    else expect([401, 403, 500]).not.toContain(response.status)
    expect(response.body).toEqual(response.status === 204 ? '' : expect.anything())
  })
})

test('a path without a rule is a 404 and a method without one a 405 with Allow, once signed in; 401 before', async () => {
  const api = await startTestApi()
  try {
    expect((await api.anonymous().request('/api/nothing')).status).toBe(401)
    expect((await api.as('editor').request('/api/nothing')).status).toBe(404)
    const put = await api.as('editor').send('PUT', '/api/revisions/1', {})
    expect(put.status).toBe(405)
    expect(put.headers.get('allow')).toBe('GET')
  } finally {
    await api.close()
  }
})
