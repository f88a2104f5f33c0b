import type { Db } from '../db/connection'
import { statement } from '../db/statements'

/** The source keys of imported events (migration 0005). */
export const importKeysRepository = {
  /** The event imported under `key`, if it still exists. */
  findEventId(db: Db, key: string): number | undefined {
    return statement<{ event_id: number }>(db, 'SELECT event_id FROM event_import_keys WHERE source_key = ?').get(key)
      ?.event_id
  },

  save(db: Db, key: string, eventId: number): void {
    statement(
      db,
      'INSERT INTO event_import_keys (source_key, event_id) VALUES (?, ?) ON CONFLICT (source_key) DO UPDATE SET event_id = excluded.event_id',
    ).run(key, eventId)
  },

  /**
   * Whether event `id` of this database was published at `publishedAt`: then
   * an export of this very database is being imported back into it.
   */
  wasPublishedAt(db: Db, id: number, publishedAt: string): boolean {
    const sql = `SELECT 1 FROM events e WHERE e.id = @id AND (e.published_at = @at OR EXISTS (
      SELECT 1 FROM event_revisions r WHERE r.event_id = e.id AND r.created_at = @at AND r.action IN ('create', 'publish')))`
    return statement(db, sql).get({ id, at: publishedAt }) !== undefined
  },

  /** Whether event `id` of this database was created at `createdAt`: then the events list of this very database is imported back. */
  wasCreatedAt(db: Db, id: number, createdAt: string): boolean {
    return statement(db, 'SELECT 1 FROM events WHERE id = ? AND created_at = ?').get(id, createdAt) !== undefined
  },

  isIdFree(db: Db, id: number): boolean {
    return statement(db, 'SELECT 1 FROM events WHERE id = ?').get(id) === undefined
  },
}
