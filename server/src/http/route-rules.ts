import type { Role } from '@rcm/shared'

/** Who may call a route: anyone, or a signed-in user with at least this role. */
export type RouteAccess = 'public' | Role

export interface RouteRule {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** The full path; `:name` matches one segment. */
  path: string
  access: RouteAccess
}

const rule = (method: RouteRule['method'], path: string, access: RouteAccess): RouteRule => ({ method, path, access })

/** The ra-data-simple-rest calls of a resource, each with its least role. */
function crud(resource: string, roles: { read: RouteAccess; write: RouteAccess; remove?: RouteAccess }): RouteRule[] {
  const base = `/api/${resource}`
  return [
    rule('GET', base, roles.read),
    rule('POST', base, roles.write),
    rule('GET', `${base}/:id`, roles.read),
    rule('PUT', `${base}/:id`, roles.write),
    rule('DELETE', `${base}/:id`, roles.remove ?? roles.write),
  ]
}

/**
 * THE access table of the API: every route and the least role that may call
 * it (docs/contract.md, "Sign-in and roles"). `access` refuses a request that matches
 * no rule, and tests/api/access-matrix.api.test.ts checks that every route
 * the app registers has one, so a route added without a rule fails there.
 * Per path, methods are listed in the order `Allow` names them.
 */
export const ROUTE_RULES: readonly RouteRule[] = [
  rule('POST', '/api/auth/login', 'public'),
  rule('POST', '/api/auth/logout', 'editor'),
  rule('GET', '/api/auth/me', 'editor'),
  rule('POST', '/api/auth/password', 'editor'),

  rule('GET', '/api/public/events.json', 'public'),
  rule('GET', '/api/public/events.csv', 'public'),
  rule('GET', '/api/public/events.ics', 'public'),
  rule('GET', '/api/public/events.schema.json', 'public'),
  rule('GET', '/api/public/events/:id.ics', 'public'),

  ...crud('events', { read: 'editor', write: 'editor', remove: 'reviewer' }),
  // Each step of a bulk request is checked against its own role in the service (403 per event).
  rule('POST', '/api/events/bulk', 'editor'),
  rule('GET', '/api/events/:id/publish-check', 'editor'),
  rule('GET', '/api/events/:id/preview', 'editor'),
  rule('POST', '/api/events/:id/submit', 'editor'),
  rule('POST', '/api/events/:id/request-changes', 'reviewer'),
  rule('POST', '/api/events/:id/publish', 'reviewer'),
  rule('POST', '/api/events/:id/unpublish', 'reviewer'),
  rule('POST', '/api/events/:id/archive', 'reviewer'),
  rule('POST', '/api/events/:id/restore', 'editor'),
  rule('GET', '/api/events/:id/schedule', 'editor'),
  rule('POST', '/api/events/:id/schedule', 'reviewer'),
  rule('GET', '/api/events/:id/presence', 'editor'),
  rule('POST', '/api/events/:id/presence', 'editor'),
  rule('DELETE', '/api/events/:id/presence', 'editor'),

  ...crud('venues', { read: 'editor', write: 'editor' }),
  ...crud('institutions', { read: 'editor', write: 'editor' }),
  ...crud('users', { read: 'admin', write: 'admin' }),

  rule('GET', '/api/revisions', 'editor'),
  rule('GET', '/api/revisions/:id', 'editor'),
  rule('GET', '/api/schedules', 'editor'),
  rule('GET', '/api/schedules/:id', 'editor'),
  // Importing published events needs a reviewer; the import service checks the status asked for (403).
  rule('POST', '/api/import', 'editor'),
  rule('GET', '/api/audit-log', 'admin'),
  rule('GET', '/api/audit-log/:id', 'admin'),

  rule('GET', '/api/openapi.json', 'public'),
  rule('GET', '/api/docs', 'public'),
  ...crud('webhooks', { read: 'admin', write: 'admin' }),
  rule('POST', '/api/webhooks/:id/rotate-secret', 'admin'),
  rule('POST', '/api/webhooks/:id/test', 'admin'),
  rule('GET', '/api/webhook-deliveries', 'admin'),
  rule('GET', '/api/webhook-deliveries/:id', 'admin'),
  rule('POST', '/api/webhook-deliveries/:id/redeliver', 'admin'),
]

/** One segment of a rule's path: a literal, `:name` (any non-empty segment) or `:name.ext` (one ending in `.ext` after something). */
type SegmentPattern = { literal: string } | { suffix: string }

function segmentPattern(segment: string): SegmentPattern {
  if (!segment.startsWith(':')) return { literal: segment }
  const dot = segment.indexOf('.')
  return { suffix: dot === -1 ? '' : segment.slice(dot) }
}

const matchesSegment = (pattern: SegmentPattern, segment: string) =>
  'literal' in pattern
    ? pattern.literal === segment
    : segment.length > pattern.suffix.length && segment.endsWith(pattern.suffix)

interface CompiledRule {
  rule: RouteRule
  segments: SegmentPattern[]
}

// Compiled once and grouped by segment count: `access` looks the rule up on every request.
const RULES_BY_LENGTH = new Map<number, CompiledRule[]>()
for (const rule of ROUTE_RULES) {
  const segments = rule.path.split('/').map(segmentPattern)
  RULES_BY_LENGTH.set(segments.length, [...(RULES_BY_LENGTH.get(segments.length) ?? []), { rule, segments }])
}

/** The request's path without a trailing slash ("/api/events/" is "/api/events"). */
export const normalizePath = (path: string) => (path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path)

/** The compiled rules whose path matches `path`, whatever their method, in ROUTE_RULES order. */
function matching(path: string): CompiledRule[] {
  const got = normalizePath(path).split('/')
  return (RULES_BY_LENGTH.get(got.length) ?? []).filter((candidate) =>
    candidate.segments.every((pattern, index) => matchesSegment(pattern, got[index] ?? '')),
  )
}

/** The rules whose path matches `path`, whatever their method. */
export const rulesForPath = (path: string): RouteRule[] => matching(path).map((candidate) => candidate.rule)

/** The rule for this method and path; HEAD is GET. */
export function findRule(method: string, path: string): RouteRule | undefined {
  const wanted = method === 'HEAD' ? 'GET' : method
  return rulesForPath(path).find((candidate) => candidate.method === wanted)
}
