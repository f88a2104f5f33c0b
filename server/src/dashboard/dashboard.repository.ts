import type { EventSummary, StepNote } from '@rcm/shared'
import type { Db } from '../db/connection'
import { statement } from '../db/statements'
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../events/events.repository'

interface NoteRow {
  event_id: number
  action: string
  full_name: string | null
  created_at: string
  comment: string | null
}

const toNote = (row: NoteRow): StepNote => ({
  action: row.action,
  by: row.full_name,
  at: row.created_at,
  comment: row.comment,
})

// The revisions index (event_id, id) finds each event's last step of the kind asked.
const LAST_STEPS = `SELECT r.event_id, r.action, u.full_name, r.created_at, r.comment
  FROM event_revisions r LEFT JOIN users u ON u.id = r.user_id
  WHERE r.id IN (SELECT (SELECT max(x.id) FROM event_revisions x WHERE x.event_id = ids.value AND x.action = @action)
                 FROM json_each(@ids) ids)`

const RECENT = `SELECT r.event_id, r.action, u.full_name, r.created_at, r.comment, ${SUMMARY_COLUMNS}
  FROM event_revisions r JOIN events e ON e.id = r.event_id LEFT JOIN users u ON u.id = r.user_id
  WHERE r.user_id IS NOT @userId ORDER BY r.id DESC LIMIT @limit`

export const dashboardRepository = {
  /** Each event's last revision with `action` (e.g. its submit), by event id. */
  lastSteps(db: Db, eventIds: readonly number[], action: string): Map<number, StepNote> {
    if (eventIds.length === 0) return new Map()
    const rows = statement<NoteRow>(db, LAST_STEPS).all({ ids: JSON.stringify(eventIds), action })
    return new Map(rows.map((row) => [row.event_id, toNote(row)]))
  },

  /** The last `limit` saves and steps taken by anyone but `userId`, newest first. */
  recentByOthers(db: Db, userId: number | null, limit: number): Array<{ event: EventSummary; step: StepNote }> {
    return statement<NoteRow & SummaryRow>(db, RECENT)
      .all({ userId, limit })
      .map((row) => ({ event: toSummary(row), step: toNote(row) }))
  },
}
