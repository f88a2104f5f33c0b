import {
  EventSchema,
  RevisionActionSchema,
  toIdList,
  type Event,
  type ListQuery,
  type Revision,
  type RevisionAction,
  type RevisionFilter,
} from '@rcm/shared'
import type { Db } from '../db/connection'
import { isIn, selectPage, type Condition } from '../db/paged-query'
import { statement } from '../db/statements'
import { EVENT_JSON } from '../events/events.repository'

export type RevisionSortField = 'id' | 'createdAt' | 'version'

interface RevisionRow {
  id: number
  event_id: number
  version: number
  action: string
  user_id: number | null
  created_at: string
  comment: string | null
  data: string
  user_name: string | null
}

const COLUMNS =
  'r.id, r.event_id, r.version, r.action, r.user_id, r.created_at, r.comment, r.data, u.full_name AS user_name'
// Staff who cannot read /api/users still see who made each change.
const FROM = 'event_revisions r LEFT JOIN users u ON u.id = r.user_id'

const toRevision = (row: RevisionRow): Revision => ({
  id: row.id,
  eventId: row.event_id,
  version: row.version,
  action: RevisionActionSchema.parse(row.action),
  userId: row.user_id,
  userName: row.user_name,
  createdAt: row.created_at,
  comment: row.comment,
  data: EventSchema.parse(JSON.parse(row.data)),
})

const SORTS: Record<RevisionSortField, string> = { id: 'r.id', createdAt: 'r.created_at', version: 'r.version' }

export const revisionsRepository = {
  /** Stores the whole record as it is after `action`; snapshots are never changed (a trigger refuses UPDATE). */
  insertSnapshot(
    db: Db,
    event: Event,
    meta: { action: RevisionAction; userId: number | null; comment: string | null; now: string },
  ): number {
    const result = statement(
      db,
      `INSERT INTO event_revisions (event_id, version, action, user_id, created_at, comment, data)
       VALUES (@event_id, @version, @action, @user_id, @created_at, @comment, @data)`,
    ).run({
      event_id: event.id,
      version: event.version,
      action: meta.action,
      user_id: meta.userId,
      created_at: meta.now,
      comment: meta.comment,
      data: JSON.stringify(event),
    })
    return Number(result.lastInsertRowid)
  },

  /**
   * The same for each of `eventIds` as it is now, in one statement: the record's JSON is built by SQLite
   * (EVENT_JSON), as the API's getOne gives it.
   */
  insertSnapshotsOf(
    db: Db,
    eventIds: readonly number[],
    meta: { action: RevisionAction; userId: number | null; comment: string | null; now: string },
  ): void {
    statement(
      db,
      `INSERT INTO event_revisions (event_id, version, action, user_id, created_at, comment, data)
       SELECT e.id, e.version, @action, @user_id, @created_at, @comment, ${EVENT_JSON}
       FROM events e WHERE e.id IN (SELECT value FROM json_each(@ids)) ORDER BY e.id`,
    ).run({
      ids: JSON.stringify(eventIds),
      action: meta.action,
      user_id: meta.userId,
      created_at: meta.now,
      comment: meta.comment,
    })
  },

  findById(db: Db, id: number): Revision | undefined {
    const row = statement<RevisionRow>(db, `SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = ?`).get(id)
    return row && toRevision(row)
  },

  list(db: Db, query: ListQuery<RevisionFilter, RevisionSortField>): { data: Revision[]; total: number } {
    const { filter } = query
    const where: Condition[] = []
    const ids = toIdList(filter.id)
    if (ids) where.push(isIn('r.id', 'ids', ids))
    const eventIds = toIdList(filter.eventId)
    if (eventIds) where.push(isIn('r.event_id', 'eventIds', eventIds))
    if (filter.action !== undefined)
      where.push(isIn('r.action', 'actions', Array.isArray(filter.action) ? filter.action : [filter.action]))
    if (filter.userId !== undefined) where.push({ sql: 'r.user_id = @userId', params: { userId: filter.userId } })
    const page = selectPage<RevisionRow>(db, {
      select: COLUMNS,
      from: FROM,
      idColumn: 'r.id',
      where,
      orderBy: `${SORTS[query.sort.field]} ${query.sort.order}, r.id ${query.sort.order}`,
      range: query.range,
    })
    return { data: page.rows.map(toRevision), total: page.total }
  },
}
