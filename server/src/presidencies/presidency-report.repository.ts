import type { PublicEventData } from '@rcm/shared'
import type { Db } from '../db/connection'
import { statement } from '../db/statements'

/** The published events of a presidency as their public copies hold them, by start date (undated last), then id. */
export function publishedEventsOfPresidency(db: Db, presidencyId: number): PublicEventData[] {
  return statement<{ data: string }>(
    db,
    `SELECT data FROM event_public_copies WHERE presidency_id = ?
      ORDER BY start_date IS NULL, start_date, event_id`,
  )
    .all(presidencyId)
    .map((row) => JSON.parse(row.data) as PublicEventData)
}
