import type { Event, PublicEventData } from '@rcm/shared'
import type { Db } from '../db/connection'
import { statement } from '../db/statements'

export interface PublicCopy {
  data: PublicEventData
  sequence: number
}

/**
 * The public copies: the only table the public exports read. Written on
 * publish only and removed on unpublish, archive or delete, so "published
 * only" is one rule here, not a filter repeated in every export.
 */
export const publicCopiesRepository = {
  write(db: Db, data: PublicEventData, sequence: number): void {
    statement(
      db,
      `INSERT INTO event_public_copies (event_id, data, start_date, end_date, published_at, sequence)
       VALUES (@id, @data, @start_date, @end_date, @published_at, @sequence)
       ON CONFLICT (event_id) DO UPDATE SET data = excluded.data, start_date = excluded.start_date,
         end_date = excluded.end_date, published_at = excluded.published_at, sequence = excluded.sequence`,
    ).run({
      id: data.id,
      data: JSON.stringify(data),
      start_date: data.startDate,
      end_date: data.endDate,
      published_at: data.publishedAt,
      sequence,
    })
  },

  /** The ids the public filters read (issue 18 §3), as the event has them when published. */
  writeTaxonomyKeys(
    db: Db,
    event: Pick<Event, 'id' | 'presidencyId' | 'typeId' | 'countryCodes' | 'networkIds'>,
  ): void {
    statement(
      db,
      `UPDATE event_public_copies SET presidency_id = @presidency_id, type_id = @type_id,
         country_codes = @country_codes, network_ids = @network_ids WHERE event_id = @id`,
    ).run({
      id: event.id,
      presidency_id: event.presidencyId,
      type_id: event.typeId,
      country_codes: JSON.stringify(event.countryCodes),
      network_ids: JSON.stringify(event.networkIds),
    })
  },

  remove(db: Db, eventId: number): void {
    statement(db, 'DELETE FROM event_public_copies WHERE event_id = ?').run(eventId)
  },

  find(db: Db, eventId: number): PublicCopy | undefined {
    const row = statement<{ data: string; sequence: number }>(
      db,
      'SELECT data, sequence FROM event_public_copies WHERE event_id = ?',
    ).get(eventId)
    return row && { data: JSON.parse(row.data) as PublicEventData, sequence: row.sequence }
  },
}
