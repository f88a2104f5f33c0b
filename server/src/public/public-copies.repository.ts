import type { Event, PublicEventData } from '@rcm/shared'
import type { Db } from '../db/connection'
import type { Condition } from '../db/paged-query'
import { statement } from '../db/statements'
import { publicSearchRepository } from './public-search.repository'

export interface PublicCopy {
  data: PublicEventData
  sequence: number
}

/** A public copy with when its event was first published (the Atom feed's `published`). */
export interface Publication extends PublicCopy {
  firstPublishedAt: string
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
      `INSERT INTO event_public_copies (event_id, data, start_date, end_date, published_at, sequence, time_zone)
       VALUES (@id, @data, @start_date, @end_date, @published_at, @sequence, @time_zone)
       ON CONFLICT (event_id) DO UPDATE SET data = excluded.data, start_date = excluded.start_date,
         end_date = excluded.end_date, published_at = excluded.published_at, sequence = excluded.sequence,
         time_zone = excluded.time_zone`,
    ).run({
      id: data.id,
      data: JSON.stringify(data),
      start_date: data.startDate,
      end_date: data.endDate,
      published_at: data.publishedAt,
      sequence,
      // Only a timed event's zone: the iCalendar feed describes these (ics-time-zones.ts).
      time_zone: data.startTime === null ? null : data.timeZone,
    })
    publicSearchRepository.index(db, data)
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
  /**
   * The `limit` latest publications, newest first (migration 0018's index),
   * of the copies that meet every condition: each copy with the time of its
   * event's first publish, from the revisions, or the copy's own when there
   * is none (an imported published event).
   */
  latest(db: Db, limit: number, conditions: readonly Condition[] = []): Publication[] {
    const where =
      conditions.length === 0 ? '' : ` WHERE ${conditions.map((condition) => `(${condition.sql})`).join(' AND ')}`
    const params = Object.assign({ limit }, ...conditions.map((condition) => condition.params ?? {}))
    return statement<{ data: string; sequence: number; first_published_at: string | null }>(
      db,
      `SELECT c.data, c.sequence, (SELECT min(r.created_at) FROM event_revisions r
          WHERE r.event_id = c.event_id AND r.action = 'publish') AS first_published_at
       FROM event_public_copies c${where} ORDER BY c.published_at DESC, c.event_id LIMIT @limit`,
    )
      .all(params)
      .map((row) => {
        const data = JSON.parse(row.data) as PublicEventData
        return { data, sequence: row.sequence, firstPublishedAt: row.first_published_at ?? data.publishedAt }
      })
  },
}
