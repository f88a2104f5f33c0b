import type { ApiRoute } from './route-table'

/** One segment of a route's path: a literal, `:name` (any non-empty segment) or `:name.ext` (one ending in `.ext` after something). */
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

interface CompiledRoute {
  route: ApiRoute
  segments: SegmentPattern[]
}

/** The request's path without a trailing slash ("/api/events/" is "/api/events"). */
export const normalizePath = (path: string) => (path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path)

export interface RouteMatcher {
  /** The route for this method and full path; HEAD is GET. */
  find(method: string, path: string): ApiRoute | undefined
  /** The methods the routes of `path` answer, in table order (for `Allow`); empty when no route has the path. */
  methodsOf(path: string): string[]
}

/**
 * Finds a request's route in `routes`, as `access` does on every request:
 * the paths are split once, here, and grouped by segment count, so a lookup
 * splits the request's path and compares segments with a few candidates.
 */
export function routeMatcher(routes: readonly ApiRoute[]): RouteMatcher {
  const byLength = new Map<number, CompiledRoute[]>()
  for (const route of routes) {
    const segments = route.path.split('/').map(segmentPattern)
    const group = byLength.get(segments.length)
    if (group) group.push({ route, segments })
    else byLength.set(segments.length, [{ route, segments }])
  }
  const NONE: CompiledRoute[] = []
  const candidatesOf = (path: string): [string[], CompiledRoute[]] => {
    const got = normalizePath(path).split('/')
    return [got, byLength.get(got.length) ?? NONE]
  }
  const matches = (candidate: CompiledRoute, got: string[]) =>
    candidate.segments.every((pattern, index) => matchesSegment(pattern, got[index] ?? ''))

  return {
    find(method, path) {
      const wanted = method === 'HEAD' ? 'GET' : method
      const [got, candidates] = candidatesOf(path)
      for (const candidate of candidates) {
        if (candidate.route.method === wanted && matches(candidate, got)) return candidate.route
      }
      return undefined
    },
    methodsOf(path) {
      const [got, candidates] = candidatesOf(path)
      return candidates.filter((candidate) => matches(candidate, got)).map((candidate) => candidate.route.method)
    },
  }
}
