import type { Db } from '../db/connection'
import { pluckStatement, statement } from '../db/statements'

/** A presidency's period, both days included (YYYY-MM-DD). */
export interface Period {
  startDate: string
  endDate: string
}

/**
 * The events a presidency's creation, move or deletion may give another
 * presidency: those starting in its period before or after the change, the
 * undated ones when `today` is in either, and those holding it now.
 */
export interface AssignmentScope {
  presidencyId: number
  periods: Period[]
  today: string
  /** Deleted: the rule no longer sees it, though its row is still there until the events leave it. */
  isDeleted: boolean
}

/** The presidency whose period holds `day` (an SQL expression), as `presidenciesRepository.idForDate` finds it. */
const presidencyOn = (day: string) =>
  `(SELECT p.id FROM presidencies p WHERE p.start_date <= ${day} AND p.end_date >= ${day}
     AND p.id IS NOT @excluded ORDER BY p.start_date DESC LIMIT 1)`

/**
 * The rows of `alias` in the scope: OR terms that each walk an index (the
 * start date's, and `presidency_id`'s), so SQLite reads the affected rows
 * only, not the table (decision 022, "Reassigned when a presidency changes").
 */
function inScope(alias: string, scope: AssignmentScope) {
  const params: Record<string, string | number | null> = {
    presidencyId: scope.presidencyId,
    today: scope.today,
    excluded: scope.isDeleted ? scope.presidencyId : null,
  }
  const terms = scope.periods.map((period, index) => {
    params[`from${index}`] = period.startDate
    params[`to${index}`] = period.endDate
    return `${alias}.start_date BETWEEN @from${index} AND @to${index}`
  })
  const holdsToday = scope.periods.some((period) => period.startDate <= scope.today && scope.today <= period.endDate)
  if (holdsToday) terms.push(`${alias}.start_date IS NULL`)
  terms.push(`${alias}.presidency_id = @presidencyId`)
  return { sql: `(${terms.join(' OR ')})`, params }
}

/** The `presidency` of the public JSON (shared/src/public-taxonomy.ts) for the presidency `id` (an SQL expression), or NULL. */
const publicPresidencyJson = (id: string) =>
  `(SELECT json_object('country', json_object('code', c.code, 'name', json_object('en', c.name_en, 'es', c.name_es)),
      'startDate', p.start_date, 'endDate', p.end_date, 'theme', json_object('en', p.theme_en, 'es', p.theme_es))
    FROM presidencies p JOIN countries c ON c.code = p.country_code WHERE p.id = ${id})`

export const presidencyAssignmentRepository = {
  /**
   * Gives every event in the scope whose presidency the server chose
   * (`presidency_auto`) the presidency of its start date (today's when
   * undated) as a new version changed by the system (`updated_by` NULL).
   * Returns the ids of the events that changed.
   */
  reassignEvents(db: Db, scope: AssignmentScope, now: string): number[] {
    const { sql, params } = inScope('e', scope)
    return pluckStatement<number>(
      db,
      `UPDATE events SET presidency_id = t.presidency_id, version = version + 1, updated_at = @now, updated_by = NULL
       FROM (SELECT e.id, ${presidencyOn('coalesce(e.start_date, @today)')} AS presidency_id
             FROM events e WHERE e.presidency_auto = 1 AND ${sql}) AS t
       WHERE events.id = t.id AND events.presidency_id IS NOT t.presidency_id
       RETURNING events.id`,
    ).all({ ...params, now })
  },

  /**
   * The same for the public copies, each by its own start date: the copy of
   * an event whose presidency the server chooses, and, when the presidency
   * is deleted, any copy that still names it. The JSON's `presidency` is
   * rewritten with the id. Returns how many copies changed.
   */
  reassignPublicCopies(db: Db, scope: AssignmentScope): number {
    const { sql, params } = inScope('c', scope)
    return statement(
      db,
      `UPDATE event_public_copies SET presidency_id = t.presidency_id,
         data = json_set(data, '$.presidency', json(${publicPresidencyJson('t.presidency_id')}))
       FROM (SELECT c.event_id, ${presidencyOn('coalesce(c.start_date, @today)')} AS presidency_id
             FROM event_public_copies c WHERE ${sql}
               AND (c.presidency_id = @excluded
                    OR EXISTS (SELECT 1 FROM events e WHERE e.id = c.event_id AND e.presidency_auto = 1))) AS t
       WHERE event_public_copies.event_id = t.event_id AND event_public_copies.presidency_id IS NOT t.presidency_id`,
    ).run(params).changes
  },

  /** Rewrites the JSON's `presidency` of the public copies that name the presidency, after its record changed. */
  refreshPublicCopies(db: Db, presidencyId: number): number {
    return statement(
      db,
      `UPDATE event_public_copies SET data = json_set(data, '$.presidency', json(${publicPresidencyJson('@id')}))
       WHERE presidency_id = @id`,
    ).run({ id: presidencyId }).changes
  },

  /** How many events hold the presidency because an editor picked it. */
  countPicked(db: Db, presidencyId: number): number {
    return (
      pluckStatement<number>(db, 'SELECT count(*) FROM events WHERE presidency_id = ? AND presidency_auto = 0').get(
        presidencyId,
      ) ?? 0
    )
  },
}
