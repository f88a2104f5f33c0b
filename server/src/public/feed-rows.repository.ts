import type { PublicEventData, PublicTaxonomyFilter } from '@rcm/shared'
import type { Db } from '../db/connection'
import { statement } from '../db/statements'
import type { PublicCopy } from './public-copies.repository'

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

function filterSql(filter: FeedFilter): string {
  const conditions: string[] = []
  if (filter.from !== undefined) conditions.push(`${LAST_DAY} >= @from`)
  if (filter.to !== undefined) conditions.push('start_date <= @to')
  conditions.push(...taxonomySql(filter.taxonomy ?? {}))
  return conditions.map((condition) => ` AND ${condition}`).join('')
}

/**
 * The public filters of issue 18 §3 on the copy's own columns (the ids it was
 * published with). Presidency and type have indexes; countries and networks
 * are JSON arrays read per row, which a feed reads anyway.
 */
function taxonomySql(filter: PublicTaxonomyFilter): string[] {
  const anyOf = (column: string, param: string) => `${column} IN (SELECT value FROM json_each(@${param}))`
  const overlaps = (column: string, param: string) =>
    `EXISTS (SELECT 1 FROM json_each(${column}) WHERE value IN (SELECT value FROM json_each(@${param})))`
  const conditions: string[] = []
  if (filter.presidencyIds) conditions.push(anyOf('presidency_id', 'presidencyIds'))
  if (filter.typeIds) conditions.push(anyOf('type_id', 'typeIds'))
  if (filter.countryCodes) conditions.push(overlaps('country_codes', 'countryCodes'))
  if (filter.networkIds) conditions.push(overlaps('network_ids', 'networkIds'))
  return conditions
}

function taxonomyParams(filter: PublicTaxonomyFilter): Record<string, string | null> {
  const list = (values: readonly unknown[] | undefined) => (values ? JSON.stringify(values) : null)
  return {
    presidencyIds: list(filter.presidencyIds),
    typeIds: list(filter.typeIds),
    countryCodes: list(filter.countryCodes),
    networkIds: list(filter.networkIds),
  }
}

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
  let cursor = after
  let count = 0
  while (cursor.segment < SEGMENTS.length) {
    const segment = SEGMENTS[cursor.segment]!
    if (cursor.segment === 1 && filter.datedOnly) {
      cursor = segmentStart(2)
      continue
    }
    const sql = `SELECT event_id, data, sequence, start_date FROM event_public_copies
      WHERE ${segment.where}${filterSql(filter)} AND ${segment.after} ORDER BY ${segment.order} LIMIT @limit`
    const params = {
      today: filter.today,
      from: filter.from ?? null,
      to: filter.to ?? null,
      ...taxonomyParams(filter.taxonomy ?? {}),
      afterDate: cursor.startDate,
      afterId: cursor.id,
      limit: limit - count,
    }
    const rows = statement<{ event_id: number; data: string; sequence: number; start_date: string | null }>(
      db,
      sql,
    ).all(params)
    for (const row of rows) {
      each({ data: JSON.parse(row.data) as PublicEventData, sequence: row.sequence, segment: segment.name })
      cursor = { segment: cursor.segment, startDate: row.start_date ?? '', id: row.event_id }
    }
    count += rows.length
    if (count === limit) return cursor
    cursor = segmentStart(cursor.segment + 1)
  }
  return null
}

/** How many undated public copies there are (the iCalendar feed leaves them out and says how many). */
export function countUndated(db: Db): number {
  return (
    statement<{ n: number }>(db, 'SELECT count(*) AS n FROM event_public_copies WHERE start_date IS NULL').get()?.n ?? 0
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
