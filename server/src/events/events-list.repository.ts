import {
  EVENT_STATUSES,
  toIdList,
  type EVENT_SORT_FIELDS,
  type EventFilter,
  type EventStatus,
  type MissingPiece,
  type SortOrder,
} from '@rcm/shared'
import { addDays } from '@rcm/shared'
import type { Db } from '../db/connection'
import { isIn, matches, type Condition } from '../db/paged-query'
import { cachedRead } from '../db/read-cache'
import { pluckStatement } from '../db/statements'
import { cityKey } from '../db/text'

export type EventSortField = (typeof EVENT_SORT_FIELDS)[number]

// An event's last day: a null end date means a one-day event (docs/contract.md, "Records").
const LAST_DAY = 'coalesce(e.end_date, e.start_date)'

/** The SQL each sort field orders by; each has an index (migrations/0001_initial.sql). */
const SORTS: Record<EventSortField, string> = {
  id: 'e.id',
  title: 'e.sort_title',
  'title.en': 'e.sort_title_en',
  'title.es': 'e.sort_title_es',
  startDate: 'e.start_date',
  endDate: LAST_DAY,
  city: 'e.city_key',
  status: 'e.status',
  modality: 'e.modality',
  createdAt: 'e.created_at',
  updatedAt: 'e.updated_at',
  // presidency and type (issue 18 §3): by id, on the indexes of migrations/0017
  presidencyId: 'e.presidency_id',
  typeId: 'e.type_id',
}

// The last workflow step of the event (saves are not steps); coalesce: an event with none yet.
const LAST_STEP = `coalesce((SELECT r.action FROM event_revisions r WHERE r.event_id = e.id
  AND r.action IN ('submit', 'request-changes', 'publish', 'unpublish', 'archive') ORDER BY r.id DESC LIMIT 1), '')`
// A schedule whose publish was cancelled stays listed for whoever set it, but schedules nothing unless an unpublish is left.
const SCHEDULED_IDS = 'SELECT event_id FROM event_schedules WHERE publish_at IS NOT NULL OR unpublish_at IS NOT NULL'

// What each `missing` filter matches; a virtual event needs no venue.
const MISSING: Record<MissingPiece, string> = {
  date: 'e.start_date IS NULL',
  contact: "e.contact_emails = '[]'",
  venue: "e.venue_id IS NULL AND e.modality <> 'virtual'",
}

/**
 * The status filter. Most statuses but one ("not archived") is written as the
 * one left out: with IN, SQLite walks the status index over nearly every
 * event, where NOT IN leaves it free to use a narrower index of another
 * filter (an incomplete language, a date range).
 */
function statusCondition(statuses: readonly EventStatus[]): Condition {
  const others = EVENT_STATUSES.filter((status) => !statuses.includes(status))
  if (others.length === 1) return { sql: 'e.status <> @statusLeftOut', params: { statusLeftOut: others[0] } }
  return isIn('e.status', 'statuses', statuses)
}

/** ORDER BY for a sort; undated events come last in either direction, ties by id. */
export function eventOrderBy(sort: { field: EventSortField; order: SortOrder }): string {
  const nullsLast = sort.field === 'startDate' || sort.field === 'endDate' ? ' NULLS LAST' : ''
  return `${SORTS[sort.field]} ${sort.order}${nullsLast}, e.id ${sort.order}`
}

function toList<T extends string>(value: T | T[] | undefined): T[] | undefined {
  if (value === undefined) return undefined
  return typeof value === 'string' ? [value] : value
}

/**
 * The most days an event spans from its first day to its last (0 when all are
 * one-day events), kept until the next write: one seek of its index
 * (migrations/0023).
 */
export function longestSpanDays(db: Db): number {
  return cachedRead(db, 'events-longest-span', () =>
    Math.ceil(
      pluckStatement<number | null>(
        db,
        'SELECT max(julianday(coalesce(end_date, start_date)) - julianday(start_date)) FROM events',
      ).get() ?? 0,
    ),
  )
}

/**
 * WHERE conditions for the contract's event filters. `spanDays` (the longest
 * an event lasts, longestSpanDays) bounds the start date of events that end
 * on or after a day, so that a date range reads only its stretch of the
 * start-date index rather than every earlier event.
 */
export function eventConditions(filter: EventFilter, spanDays?: number): Condition[] {
  const conditions: Condition[] = []
  const add = (sql: string, params: Record<string, unknown>) => conditions.push({ sql, params })
  const search = filter.q === undefined ? null : matches('e.id', 'events_fts', filter.q)
  if (search) conditions.push(search)
  const ids = toIdList(filter.id)
  if (ids) conditions.push(isIn('e.id', 'ids', ids))
  const statuses = toList(filter.status)
  if (statuses) conditions.push(statusCondition(statuses))
  const modalities = toList(filter.modality)
  if (modalities) conditions.push(isIn('e.modality', 'modalities', modalities))
  if (filter.city !== undefined) add('e.city_key = @city', { city: cityKey(filter.city) })
  const venueIds = toIdList(filter.venueId)
  if (venueIds) conditions.push(isIn('e.venue_id', 'venueIds', venueIds))
  const institutionIds = toIdList(filter.institutionId)
  if (institutionIds) {
    add(
      'e.id IN (SELECT event_id FROM event_institutions WHERE institution_id IN (SELECT value FROM json_each(@institutionIds)))',
      {
        institutionIds: JSON.stringify(institutionIds),
      },
    )
  }
  if (filter.hasUnpublishedChanges !== undefined) {
    add('e.has_unpublished_changes = @hasUnpublishedChanges', {
      hasUnpublishedChanges: filter.hasUnpublishedChanges ? 1 : 0,
    })
  }
  if (filter.updatedBy !== undefined) add('e.updated_by = @updatedBy', { updatedBy: filter.updatedBy })
  if (filter.createdBy !== undefined) add('e.created_by = @createdBy', { createdBy: filter.createdBy })
  if (filter.changesRequested !== undefined) {
    conditions.push({
      sql: `${filter.changesRequested ? '' : 'NOT '}(e.status = 'draft' AND ${LAST_STEP} = 'request-changes')`,
    })
  }
  if (filter.scheduled !== undefined) {
    conditions.push({ sql: `e.id ${filter.scheduled ? '' : 'NOT '}IN (${SCHEDULED_IDS})` })
  }
  if (filter.startDate_gte !== undefined) add('e.start_date >= @startFrom', { startFrom: filter.startDate_gte })
  if (filter.startDate_lte !== undefined) add('e.start_date <= @startTo', { startTo: filter.startDate_lte })
  // An event "ends" on its last day, so one-day events (no end date) match the end-date filters too.
  if (filter.endDate_gte !== undefined) {
    add(`${LAST_DAY} >= @endFrom`, { endFrom: filter.endDate_gte })
    if (spanDays !== undefined)
      add('e.start_date >= @startFloor', { startFloor: addDays(filter.endDate_gte, -spanDays) })
  }
  if (filter.endDate_lte !== undefined) {
    // An event's first day is never after its last: the same bound on the start date's index.
    add(`${LAST_DAY} <= @endTo AND e.start_date <= @endTo`, { endTo: filter.endDate_lte })
  }
  if (filter.incompleteLanguage !== undefined)
    conditions.push({ sql: `e.untranslated_${filter.incompleteLanguage} > 0` })
  for (const piece of toList(filter.missing) ?? []) conditions.push({ sql: MISSING[piece] })
  if (filter.notUpdatedBy !== undefined) add('e.updated_by IS NOT @notUpdatedBy', { notUpdatedBy: filter.notUpdatedBy })
  conditions.push(...taxonomyConditions(filter))
  return conditions
}

/**
 * The filters of issue 18 §3: presidency and type are columns, countries and
 * networks link tables (migrations/0017). Countries and networks are EXISTS
 * probes of the link's (value, event) index: a country holds a tenth of the
 * events, so walking the sort's index and probing finds a page sooner than
 * gathering every match and sorting it (`e.id IN (…)`).
 */
function taxonomyConditions(filter: EventFilter): Condition[] {
  const conditions: Condition[] = []
  const presidencyIds = toIdList(filter.presidencyId)
  if (presidencyIds) conditions.push(inList('e.presidency_id', 'presidencyId', presidencyIds))
  const typeIds = toIdList(filter.typeId)
  if (typeIds) conditions.push(inList('e.type_id', 'typeId', typeIds))
  const countryCodes = toList(filter.countryCode)
  if (countryCodes) {
    conditions.push({
      sql: `EXISTS (SELECT 1 FROM event_countries ec WHERE ec.event_id = e.id
        AND ec.country_code IN (SELECT value FROM json_each(@countryCodes)))`,
      params: { countryCodes: JSON.stringify(countryCodes) },
    })
  }
  const networkIds = toIdList(filter.networkId)
  if (networkIds) {
    conditions.push({
      sql: `EXISTS (SELECT 1 FROM event_networks en WHERE en.event_id = e.id
        AND en.network_id IN (SELECT value FROM json_each(@networkIds)))`,
      params: { networkIds: JSON.stringify(networkIds) },
    })
  }
  return conditions
}

/**
 * `column IN (@p0, @p1, …)`: a list the planner can count, so it picks the
 * column's index when a few presidencies or types are asked for (with
 * `IN (json_each)` it guesses the list's size and walks the sort's index
 * instead). At most a hundred values (the filter's cap), so few statement shapes.
 */
function inList(column: string, param: string, values: readonly number[]): Condition {
  const names = values.map((_, index) => `${param}${index}`)
  return {
    sql: `${column} IN (${names.map((name) => `@${name}`).join(', ')})`,
    params: Object.fromEntries(names.map((name, index) => [name, values[index]])),
  }
}
