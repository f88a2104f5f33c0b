import type { PublicEventData, PublicTaxonomyFilter } from '@rcm/shared'
import type { Db } from '../db/connection'
import type { Condition } from '../db/paged-query'
import { pluckStatement, statement } from '../db/statements'
import type { PublicCopy } from './public-copies.repository'
import { publicSearchRepository } from './public-search.repository'
import { taxonomyConditions } from './public-taxonomy.repository'

/** The feed's three parts, in order (SEGMENTS below). */
export type FeedSegment = 'upcoming' | 'undated' | 'past'

/** One public copy as the feeds read it. */
export interface FeedRow extends PublicCopy {
  /** The part of the feed the row was read from, as of the filter's `today`. */
  segment: FeedSegment
}

export interface FeedFilter {
  /** Today (YYYY-MM-DD): what is upcoming and what is past. */
  today: string
  from?: string
  to?: string
  /** Dated events only (the iCalendar feed). */
  datedOnly?: boolean
  /** Presidency, type, country and network (issue 18 §3): the public copies with any of each list given. */
  taxonomy?: PublicTaxonomyFilter
  /** The search box's words, as the public calendar searches them (public-search.repository.ts). */
  q?: string
}

const LAST_DAY = 'coalesce(end_date, start_date)'

/** Where a page ends: its segment and the last row's keys; the next page starts after it. */
export interface FeedCursor {
  segment: number
  startDate: string
  id: number
}

export const FEED_START: FeedCursor = { segment: 0, startDate: '', id: 0 }

/**
 * The feed's order as three segments, each read in an index's order
 * (migrations/0006): upcoming by start date, then undated, then past ones
 * latest first; ties by id. `after` resumes a segment after the cursor's keys.
 */
export const SEGMENTS = [
  {
    name: 'upcoming',
    where: `start_date IS NOT NULL AND ${LAST_DAY} >= @today`,
    after: '(start_date, event_id) > (@afterDate, @afterId)',
    order: 'start_date, event_id',
  },
  { name: 'undated', where: 'start_date IS NULL', after: 'event_id > @afterId', order: 'event_id' },
  {
    name: 'past',
    where: `start_date IS NOT NULL AND ${LAST_DAY} < @today`,
    after: '(start_date < @afterDate OR (start_date = @afterDate AND event_id > @afterId))',
    order: 'start_date DESC, event_id',
  },
] as const satisfies ReadonlyArray<{ name: FeedSegment; where: string; after: string; order: string }>

/** The cursor before the first row of `segment`: upcoming dates are above '', past ones below '9'. */
const segmentStart = (segment: number): FeedCursor => ({ segment, startDate: segment === 2 ? '9' : '', id: 0 })

/**
 * The filter's conditions beside the search: the day range and the
 * taxonomy (issue 18 §3). Also the Atom feed's (public-copies.repository.ts).
 */
export function feedConditions(filter: Omit<FeedFilter, 'today'>): Condition[] {
  const conditions: Condition[] = []
  if (filter.from !== undefined) conditions.push({ sql: `${LAST_DAY} >= @from`, params: { from: filter.from } })
  if (filter.to !== undefined) conditions.push({ sql: 'start_date <= @to', params: { to: filter.to } })
  return [...conditions, ...taxonomyConditions(filter.taxonomy ?? {})]
}

const whereOf = (conditions: readonly Condition[]) => conditions.map((condition) => ` AND (${condition.sql})`).join('')
const paramsOf = (conditions: readonly Condition[]): Record<string, unknown> =>
  Object.assign({}, ...conditions.map((condition) => condition.params ?? {}))

/** Rows a page reads at a time when a search that finds many copies is applied to them as they come. */
const SCAN_BATCH = 200

/**
 * THE published-only rule: the feeds read the public copies and nothing
 * else. A copy exists from a publish until an unpublish, archive or delete,
 * and holds the event as it was published, so drafts, unpublished edits and
 * archived events cannot appear. Reads one page of at most `limit` rows
 * after `after` (keyset paging on indexes, so no query stays open while a
 * response waits for the network and no page costs more than its rows),
 * handing each row to `each`; returns where the page ended, or null when
 * there are no more.
 */
export function readFeedPage(
  db: Db,
  filter: FeedFilter,
  after: FeedCursor,
  limit: number,
  each: (row: FeedRow) => void,
): FeedCursor | null {
  const hits = publicSearchRepository.hits(db, filter.q)
  if (hits?.count === 0) return null
  // A search that finds many copies is checked here on the rows read in order, not re-run in SQL for every page.
  const bitmap = hits?.bitmap ?? null
  const conditions = [...feedConditions(filter), ...(hits && !bitmap ? [hits.condition] : [])]
  const params = { today: filter.today, ...paramsOf(conditions) }
  let cursor = after
  let count = 0
  while (cursor.segment < SEGMENTS.length) {
    const segment = SEGMENTS[cursor.segment]!
    if (cursor.segment === 1 && filter.datedOnly) {
      cursor = segmentStart(2)
      continue
    }
    const sql = `SELECT event_id, data, sequence, start_date FROM event_public_copies
      WHERE ${segment.where}${whereOf(conditions)} AND ${segment.after} ORDER BY ${segment.order} LIMIT @limit`
    const batch = bitmap ? SCAN_BATCH : limit - count
    const rows = statement<{ event_id: number; data: string; sequence: number; start_date: string | null }>(
      db,
      sql,
    ).all({ ...params, afterDate: cursor.startDate, afterId: cursor.id, limit: batch })
    for (const row of rows) {
      cursor = { segment: cursor.segment, startDate: row.start_date ?? '', id: row.event_id }
      if (bitmap && bitmap[row.event_id] !== 1) continue
      each({ data: JSON.parse(row.data) as PublicEventData, sequence: row.sequence, segment: segment.name })
      if (++count === limit) return cursor
    }
    if (rows.length < batch) cursor = segmentStart(cursor.segment + 1)
  }
  return null
}

/** How many undated public copies the filter's taxonomy and search find (the iCalendar feed leaves them out and says how many). */
export function countUndated(db: Db, filter: Pick<FeedFilter, 'taxonomy' | 'q'> = {}): number {
  const hits = publicSearchRepository.hits(db, filter.q)
  if (hits?.count === 0) return 0
  const conditions = [...taxonomyConditions(filter.taxonomy ?? {}), ...(hits ? [hits.condition] : [])]
  return (
    pluckStatement<number>(
      db,
      `SELECT count(*) FROM event_public_copies WHERE start_date IS NULL${whereOf(conditions)}`,
    ).get(paramsOf(conditions)) ?? 0
  )
}

/** The publication state: bumped by every publish, republish, unpublish, archive or delete (migration 0003). */
export function feedState(db: Db): { version: number; changedAt: string } {
  const row = statement<{ version: number; changed_at: string }>(
    db,
    'SELECT version, changed_at FROM public_feed_state WHERE id = 1',
  ).get()
  return { version: row?.version ?? 0, changedAt: row?.changed_at ?? new Date(0).toISOString() }
}
