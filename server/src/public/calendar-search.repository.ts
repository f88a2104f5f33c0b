import { addDays, type PublicEventData } from '@rcm/shared'
import type { Db } from '../db/connection'
import type { Condition } from '../db/paged-query'
import { cachedRead } from '../db/read-cache'
import { pluckStatement, statement } from '../db/statements'
import { SEGMENTS, type FeedRow } from './feed-rows.repository'
import { publicSearchRepository } from './public-search.repository'

/** What the public calendar page lists: public copies only, as of `today`. */
export interface CalendarSearch {
  /** Today (YYYY-MM-DD): what is upcoming and what is past. */
  today: string
  /** The search box: every word must match (the last one as a prefix), case- and accent-insensitive. */
  q?: string
  /** Further conditions on `event_public_copies`, one per filter of the page (calendar-filters.ts). */
  conditions?: readonly Condition[]
  /** The same conditions without the use of a filter's own index, for a segment read in its date order. */
  inOrderConditions?: readonly Condition[]
}

export interface CalendarResults {
  /** Every event the search finds, over all pages. */
  total: number
  /** The page asked for, in the feed's order (upcoming, date to be confirmed, past). */
  rows: FeedRow[]
}

/**
 * A segment whose page would gather more filtered rows than this through a
 * filter's own index (presidency, type), and sort them all, is read in its
 * index's order instead, with the filter checked on the way.
 */
const SORT_AT_MOST = 2_000

/**
 * Where each segment begins in the start-date indexes, as conditions every
 * one of its rows meets: an upcoming event (not over by today) started at
 * most the longest span of any public copy before today (one seek of its
 * index, migrations/0023, kept until the next write), a past one before
 * today. Without them a page of upcoming events would read every past event
 * first.
 */
function segmentBounds(db: Db, today: string): { sql: readonly string[]; params: { upcomingFrom: string } } {
  const spanDays = cachedRead(db, 'calendar-longest-span', () =>
    Math.ceil(
      pluckStatement<number | null>(
        db,
        'SELECT max(julianday(coalesce(end_date, start_date)) - julianday(start_date)) FROM event_public_copies',
      ).get() ?? 0,
    ),
  )
  return {
    sql: [' AND start_date >= @upcomingFrom', '', ' AND start_date < @today'],
    params: { upcomingFrom: addDays(today, -spanDays) },
  }
}

const whereOf = (conditions: readonly Condition[]) => conditions.map((condition) => ` AND (${condition.sql})`).join('')

/**
 * One page of the public calendar: `limit` events after the first `offset`,
 * in the feeds' three segments, each read in its index's order
 * (migrations/0006). The count of each segment (kept until the next write)
 * says which segments the page spans, so a page reads only its own rows.
 */
export function searchCalendar(db: Db, search: CalendarSearch, offset: number, limit: number): CalendarResults {
  const hits = publicSearchRepository.hits(db, search.q)
  if (hits?.count === 0) return { total: 0, rows: [] }
  const searched = hits ? [hits.condition] : []
  const conditions = [...searched, ...(search.conditions ?? [])]
  const where = whereOf(conditions)
  const inOrderWhere = whereOf([...searched, ...(search.inOrderConditions ?? search.conditions ?? [])])
  const bounds = segmentBounds(db, search.today)
  const params = Object.assign(
    { today: search.today, ...bounds.params },
    ...[...conditions, ...(search.inOrderConditions ?? [])].map((condition) => condition.params ?? {}),
  )
  // The search is named by its words, not by its hits (up to a few thousand ids).
  const { hitIds: _hitIds, ...keyParams } = params
  const counts = cachedRead(db, `calendar-counts:${where}:${JSON.stringify(keyParams)}:${search.q ?? ''}`, () =>
    SEGMENTS.map(
      (segment, index) =>
        pluckStatement<number>(
          db,
          `SELECT count(*) FROM event_public_copies WHERE ${segment.where}${bounds.sql[index]}${where}`,
        ).get(params) ?? 0,
    ),
  )
  const rows: FeedRow[] = []
  let skip = offset
  SEGMENTS.forEach((segment, index) => {
    const count = counts[index] ?? 0
    const wanted = limit - rows.length
    if (wanted <= 0) return
    if (skip >= count) {
      skip -= count
      return
    }
    const sql = `SELECT data, sequence FROM event_public_copies
      WHERE ${segment.where}${bounds.sql[index]}${count > SORT_AT_MOST ? inOrderWhere : where}
      ORDER BY ${segment.order} LIMIT @limit OFFSET @offset`
    for (const row of statement<{ data: string; sequence: number }>(db, sql).all({
      ...params,
      limit: wanted,
      offset: skip,
    })) {
      rows.push({ data: JSON.parse(row.data) as PublicEventData, sequence: row.sequence, segment: segment.name })
    }
    skip = 0
  })
  return { total: counts.reduce((sum, count) => sum + count, 0), rows }
}

/** The years that published events take place in, latest first: the year filter's choices. */
export function publishedYears(db: Db): number[] {
  return cachedRead(db, 'calendar-years', () =>
    pluckStatement<string>(
      db,
      `SELECT substr(start_date, 1, 4) AS year FROM event_public_copies WHERE start_date IS NOT NULL
       UNION SELECT substr(end_date, 1, 4) FROM event_public_copies WHERE end_date IS NOT NULL
       ORDER BY year DESC`,
    )
      .all()
      .map(Number),
  )
}

/** The year filter's condition: events whose days overlap `year` (undated events never do). */
export function yearCondition(year: number): Condition {
  return {
    sql: 'start_date <= @yearEnd AND coalesce(end_date, start_date) >= @yearStart',
    params: { yearStart: `${year}-01-01`, yearEnd: `${year}-12-31` },
  }
}
