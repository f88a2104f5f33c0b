import { COMMON_WORD, RARE_WORD, seededRandom } from './generator'
import type { RequestSpec } from './load'

export type ServerKind = 'app' | 'baseline' | 'jsonServer'
export const SERVER_KINDS: ServerKind[] = ['app', 'baseline', 'jsonServer']

export interface BenchCase {
  id: string
  label: string
  /** Also measured at a steady 100 requests/s for its p99. */
  steady?: boolean
  /** A public feed: n/a while the app answers 404. */
  feed?: { path: string; conditional: boolean }
  /** The requests for one server; null when that server has no such endpoint. */
  spec(kind: ServerKind, context: CaseContext): Promise<RequestSpec | null> | RequestSpec | null
}

export interface CaseContext {
  origin: string
  events: number
  /** Session cookie etc. for the app; empty for the others. */
  headers: Record<string, string>
}

const enc = encodeURIComponent

/** A list request as ra-data-simple-rest sends it to the app and the baseline, and as ra-data-json-server sends it to json-server. */
function listPath(
  kind: ServerKind,
  start: number,
  filter: { status?: string; q?: string; [key: string]: unknown },
): string {
  if (kind === 'jsonServer') {
    const q = filter.q === undefined ? '' : `&q=${enc(filter.q)}`
    return `/events?status=${filter.status ?? ''}${q}&_sort=startDate&_order=asc&_start=${start}&_end=${start + 25}`
  }
  return `/api/events?sort=${enc('["startDate","ASC"]')}&range=${enc(`[${start},${start + 24}]`)}&filter=${enc(JSON.stringify(filter))}`
}

const rotating = (paths: string[]) => {
  if (paths.length === 0) throw new Error('A rotating case needs at least one path')
  let turn = 0
  // In range: the list is not empty and the index is taken modulo its length.
  return () => ({ path: paths[turn++ % paths.length]! })
}

const eventPath = (kind: ServerKind, id: number) => (kind === 'jsonServer' ? `/events/${id}` : `/api/events/${id}`)

/** Records read once before an update run; each connection updates its own share, so no two PUTs race on one event. */
async function updateSpec(kind: ServerKind, context: CaseContext): Promise<RequestSpec> {
  const random = seededRandom(42)
  const ids = new Set<number>()
  while (ids.size < Math.min(2000, context.events)) ids.add(1 + Math.floor(random() * context.events))
  const records: Array<Record<string, unknown> & { id: number; title: { en: string; es: string } }> = []
  const pool = [...ids]
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let id = pool.pop(); id !== undefined; id = pool.pop()) {
        const response = await fetch(context.origin + eventPath(kind, id), { headers: context.headers })
        if (response.ok) records.push((await response.json()) as (typeof records)[number])
      }
    }),
  )
  records.sort((a, b) => a.id - b.id)
  const turns = new Map<number, number>()
  const shares = new Map<number, number[]>()
  const shareOf = (connection: number) => {
    // -1: the request autocannon builds before its connection is numbered; no event of its own.
    if (connection < 0) return []
    let share = shares.get(connection)
    if (!share) {
      share = records.filter((_, index) => index % 64 === connection % 64).map((record) => record.id)
      shares.set(connection, share)
    }
    return share
  }
  const current = new Map(records.map((record) => [record.id, record]))
  const sentTo = new Map<number, number>()
  // An update whose answer the load never read (the run ended first) leaves our version stale: read the event again.
  const stale = new Set<number>()
  const refresh = async (id: number) => {
    stale.add(id)
    try {
      const response = await fetch(context.origin + eventPath(kind, id), { headers: context.headers })
      if (response.ok) current.set(id, (await response.json()) as (typeof records)[number])
    } catch {
      // A pooled connection the server had just closed (reset): the event's next 409 refreshes it again.
    } finally {
      stale.delete(id)
    }
  }
  return {
    method: 'PUT',
    headers: { ...context.headers, 'Content-Type': 'application/json' },
    next(connection) {
      const share = shareOf(connection)
      let turn = turns.get(connection) ?? 0
      while (stale.has(share[turn % share.length] ?? 0) && turn < (turns.get(connection) ?? 0) + share.length) turn++
      turns.set(connection, turn + 1)
      const record = current.get(share[turn % share.length] ?? 0) ?? records[0]
      if (!record) throw new Error('no event to update')
      if (share.length === 0) return { path: eventPath(kind, record.id) }
      sentTo.set(connection, record.id)
      // A real change, so every PUT writes (sending the record unchanged writes nothing).
      const title = {
        ...record.title,
        en: record.title.en.endsWith(' ·') ? record.title.en.slice(0, -2) : `${record.title.en} ·`,
      }
      return { path: eventPath(kind, record.id), body: JSON.stringify({ ...record, title }) }
    },
    onResponse(status, body, connection) {
      const id = sentTo.get(connection)
      if (status === 409 && id !== undefined && !stale.has(id)) void refresh(id)
      if (status !== 200) return
      const record = JSON.parse(body) as (typeof records)[number]
      current.set(record.id, record)
    },
  }
}

async function feedSpec(
  kind: ServerKind,
  context: CaseContext,
  path: string,
  conditional: boolean,
): Promise<RequestSpec | null> {
  if (kind === 'jsonServer') return null
  const response = await fetch(context.origin + path, { headers: context.headers })
  await response.arrayBuffer()
  if (response.status === 404) return null
  const etag = response.headers.get('etag')
  if (conditional && etag === null) return null
  return {
    headers: { ...context.headers, ...(conditional && etag ? { 'If-None-Match': etag } : {}) },
    next: () => ({ path }),
  }
}

export function benchCases(events: number): BenchCase[] {
  const published = Math.round(events * 0.6)
  const deepStart = Math.min(50_000, Math.floor(published * 0.8))
  const search = (word: { accented: string; plain: string }) => (kind: ServerKind, context: CaseContext) => ({
    headers: context.headers,
    next: rotating([word.accented, word.plain].map((q) => listPath(kind, 0, { status: 'published', q }))),
  })
  const feeds: BenchCase[] = (['json', 'csv', 'ics'] as const).flatMap((format) =>
    [false, true].map((conditional) => ({
      id: `feed-${format}${conditional ? '-304' : ''}`,
      label: `public ${format.toUpperCase()} feed${conditional ? ' (If-None-Match → 304)' : ''}`,
      feed: { path: `/api/public/events.${format}`, conditional },
      spec: (kind: ServerKind, context: CaseContext) =>
        feedSpec(kind, context, `/api/public/events.${format}`, conditional),
    })),
  )
  return [
    {
      id: 'list',
      label: 'list page 1, status=published, by startDate',
      steady: true,
      spec: (kind, context) => ({
        headers: context.headers,
        next: () => ({ path: listPath(kind, 0, { status: 'published' }) }),
      }),
    },
    {
      id: 'deep',
      label: `deep page (range ${deepStart}–${deepStart + 24})`,
      spec: (kind, context) => ({
        headers: context.headers,
        next: () => ({ path: listPath(kind, deepStart, { status: 'published' }) }),
      }),
    },
    {
      id: 'search-common',
      label: `search "${COMMON_WORD.accented}" / "${COMMON_WORD.plain}" + published`,
      steady: true,
      spec: search(COMMON_WORD),
    },
    {
      id: 'search-rare',
      label: `search "${RARE_WORD.accented}" / "${RARE_WORD.plain}" + published`,
      spec: search(RARE_WORD),
    },
    {
      id: 'get-one',
      label: 'getOne (random id)',
      steady: true,
      spec: (kind, context) => {
        const random = seededRandom(9)
        return {
          headers: context.headers,
          next: () => ({ path: eventPath(kind, 1 + Math.floor(random() * context.events)) }),
        }
      },
    },
    { id: 'update', label: 'update (PUT with version, random events)', steady: true, spec: updateSpec },
    {
      id: 'calendar-month',
      label: 'calendar month (every event of a busy month, as the calendar page asks)',
      steady: true,
      // The app's calendar reads its light projection; the baseline has only the full records to give.
      spec: (kind, context) =>
        kind === 'jsonServer'
          ? null
          : {
              headers: context.headers,
              next: () => ({
                path: `/api/${kind === 'app' ? 'calendar-events' : 'events'}?sort=${enc('["startDate","ASC"]')}&range=${enc(
                  '[0,499]',
                )}&filter=${enc(JSON.stringify({ endDate_gte: '2026-04-26', startDate_lte: '2026-06-06' }))}`,
              }),
            },
    },
    {
      id: 'list-taxonomy',
      label: 'list page 1 filtered by presidency, type, country or network (in turn), by startDate',
      steady: true,
      // The app's own filters (issue 18 §3): the baseline and json-server have none.
      spec: (kind, context) =>
        kind === 'app'
          ? {
              headers: context.headers,
              next: rotating(
                [
                  { presidencyId: 20 },
                  { typeId: 3 },
                  { countryCode: 'GT' },
                  { networkId: 1 },
                  { presidencyId: [1, 20], typeId: [1, 2], countryCode: ['SV', 'HN'] },
                ].map((filter) => listPath(kind, 0, { status: 'published', ...filter })),
              ),
            }
          : null,
    },
    {
      id: 'dashboard',
      label: "dashboard (the admin's home page, every panel)",
      steady: true,
      // The app's own page: nothing to compare it with.
      spec: (kind, context) =>
        kind === 'app' ? { headers: context.headers, next: () => ({ path: '/api/dashboard' }) } : null,
    },
    {
      id: 'calendar-page',
      label: 'public calendar page (/calendar, first page of 20)',
      // The app's own page: nothing to compare it with.
      spec: (kind, context) =>
        kind === 'app' ? { headers: context.headers, next: () => ({ path: '/calendar?lang=en' }) } : null,
    },
    {
      id: 'calendar-search',
      label: `public calendar search "${COMMON_WORD.accented}" / "${COMMON_WORD.plain}" (first page of 20)`,
      spec: (kind, context) =>
        kind === 'app'
          ? {
              headers: context.headers,
              next: rotating(
                [COMMON_WORD.accented, COMMON_WORD.plain].map((q) => `/calendar?q=${encodeURIComponent(q)}&lang=en`),
              ),
            }
          : null,
    },
    ...feeds,
  ]
}
