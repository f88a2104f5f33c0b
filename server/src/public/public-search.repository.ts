import { objectivesSearchText, type PublicEventData } from '@rcm/shared'
import type { Db } from '../db/connection'
import { ftsHits, type Condition } from '../db/paged-query'
import { pluckStatement, statement } from '../db/statements'
import { htmlToText, toFtsQuery } from '../db/text'

const join = (...parts: Array<string | null | undefined>) =>
  parts.filter((part) => part !== null && part !== undefined && part !== '').join('\n')

/** The public copies a search finds, kept until the next write (db/paged-query.ts, `ftsHits`). */
export interface PublicSearchHits {
  count: number
  /** The search as a condition on `event_public_copies`. */
  condition: Condition
  /** When the search finds many copies: hit[event_id] === 1 for each, for a reader that walks the copies in order anyway. */
  bitmap: Uint8Array | null
}

const INSERT = 'INSERT INTO public_copies_fts (rowid, title, body, place, institutions) VALUES (?, ?, ?, ?, ?)'

/**
 * The search index of the public copies (migration 0018): the same columns
 * as the admin's index of the working copies (events-search.repository.ts),
 * read from the copy as it was published, so the public search finds what
 * the public page shows and nothing else.
 */
export const publicSearchRepository = {
  /** Writes the row of one public copy, replacing the one it had. */
  index(db: Db, data: PublicEventData): void {
    statement(db, 'DELETE FROM public_copies_fts WHERE rowid = ?').run(data.id)
    statement(db, INSERT).run(
      data.id,
      join(data.title.en, data.title.es),
      join(htmlToText(data.description.en), htmlToText(data.description.es), objectivesSearchText(data.objectives)),
      join(data.city, data.venue?.name.en, data.venue?.name.es),
      data.institutions.map((item) => join(item.name.en, item.name.es, item.acronym.en, item.acronym.es)).join('\n'),
    )
  },

  /**
   * The public copies the search box's words find: every word, the last one
   * as a prefix, case- and accent-insensitive; null when `q` has no word.
   * A few hits are handed to SQL as their ids, so the query reads those rows
   * and no other. Many are probed while a copies' index is read in its order
   * (`+event_id` keeps the planner from reading every hit and sorting them).
   */
  hits(db: Db, q: string | undefined): PublicSearchHits | null {
    const query = q === undefined ? null : toFtsQuery(q)
    if (query === null) return null
    const hits = ftsHits(db, 'public_copies_fts', query)
    const condition: Condition = hits.bitmap
      ? {
          sql: '+event_id IN (SELECT rowid FROM public_copies_fts WHERE public_copies_fts MATCH @q)',
          params: { q: query },
        }
      : { sql: 'event_id IN (SELECT value FROM json_each(@hitIds))', params: { hitIds: hits.json } }
    return { count: hits.count, condition, bitmap: hits.bitmap }
  },

  /**
   * Indexes every public copy when the index does not hold one row per copy:
   * once after migration 0018 on a database that already had public copies.
   * Publishing keeps the two in step afterwards, in the same transaction.
   */
  ensureIndexed(db: Db): void {
    const copies = pluckStatement<number>(db, 'SELECT count(*) FROM event_public_copies').get() ?? 0
    const indexed = pluckStatement<number>(db, 'SELECT count(*) FROM public_copies_fts').get() ?? 0
    if (copies === indexed) return
    db.transaction(() => {
      db.exec("INSERT INTO public_copies_fts (public_copies_fts) VALUES ('delete-all')")
      const page = statement<{ event_id: number; data: string }>(
        db,
        'SELECT event_id, data FROM event_public_copies WHERE event_id > ? ORDER BY event_id LIMIT 500',
      )
      for (let rows = page.all(0); rows.length > 0; rows = page.all(rows.at(-1)!.event_id)) {
        for (const row of rows) publicSearchRepository.index(db, JSON.parse(row.data) as PublicEventData)
      }
    })()
  },
}
