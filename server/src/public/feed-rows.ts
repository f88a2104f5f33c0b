import type { Db } from '../db/connection'
import { statement } from '../db/statements'
import type { PublicEventData } from '../events/public-copies.repository'

/** One public copy as the feeds read it. */
export interface FeedRow {
  data: PublicEventData
  /** How many times the event has been published (1 after the first publish). */
  sequence: number
}

export interface FeedFilter {
  /** Today (YYYY-MM-DD): what is upcoming and what is past. */
  today: string
  from?: string
  to?: string
  /** Dated events only (the iCalendar feed). */
  datedOnly?: boolean
}

const LAST_DAY = 'coalesce(end_date, start_date)'
const GROUP = `CASE WHEN start_date IS NULL THEN 1 WHEN ${LAST_DAY} >= @today THEN 0 ELSE 2 END`
// One sortable text per row: upcoming by start date, then undated, then past ones latest first.
const SORT_KEY = `printf('%d|%s|%012d', ${GROUP},
  CASE ${GROUP} WHEN 0 THEN start_date WHEN 1 THEN '' ELSE printf('%08d', 99999999 - CAST(replace(start_date, '-', '') AS INTEGER)) END,
  event_id)`

function where(filter: FeedFilter): string {
  const conditions: string[] = []
  if (filter.from !== undefined) conditions.push(`${LAST_DAY} >= @from`)
  if (filter.to !== undefined) conditions.push('start_date <= @to')
  if (filter.datedOnly) conditions.push('start_date IS NOT NULL')
  return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''
}

const params = (filter: FeedFilter) => ({ today: filter.today, from: filter.from ?? null, to: filter.to ?? null })

/**
 * THE published-only rule: the feeds read the public copies and nothing
 * else. A copy exists from a publish until an unpublish, archive or delete,
 * and holds the event as it was published, so drafts, unpublished edits and
 * archived events cannot appear. Reads one page of at most `limit` rows
 * after the sort key `after` (keyset paging, so no query stays open while a
 * response waits for the network), handing each row to `each`; returns the
 * last row's key, or null when there are no more.
 */
export function readFeedPage(db: Db, filter: FeedFilter, after: string, limit: number, each: (row: FeedRow) => void): string | null {
  const sql = `SELECT data, sequence, sort_key FROM (SELECT data, sequence, ${SORT_KEY} AS sort_key FROM event_public_copies ${where(filter)})
    WHERE sort_key > @after ORDER BY sort_key LIMIT @limit`
  let last: string | null = null
  let count = 0
  for (const row of statement<{ data: string; sequence: number; sort_key: string }>(db, sql).iterate({ ...params(filter), after, limit })) {
    each({ data: JSON.parse(row.data) as PublicEventData, sequence: row.sequence })
    last = row.sort_key
    count++
  }
  return count < limit ? null : last
}

/** How many undated public copies there are (the iCalendar feed leaves them out and says how many). */
export function countUndated(db: Db): number {
  return statement<{ n: number }>(db, 'SELECT count(*) AS n FROM event_public_copies WHERE start_date IS NULL').get()?.n ?? 0
}

/** The publication state: bumped by every publish, republish, unpublish, archive or delete (migration 0003). */
export function feedState(db: Db): { version: number; changedAt: string } {
  const row = statement<{ version: number; changed_at: string }>(db, 'SELECT version, changed_at FROM public_feed_state WHERE id = 1').get()
  return { version: row?.version ?? 0, changedAt: row?.changed_at ?? new Date(0).toISOString() }
}
