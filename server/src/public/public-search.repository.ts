import { objectivesSearchText, type PublicEventData } from '@rcm/shared'
import type { Db } from '../db/connection'
import { pluckStatement, statement } from '../db/statements'
import { htmlToText } from '../db/text'

const join = (...parts: Array<string | null | undefined>) =>
  parts.filter((part) => part !== null && part !== undefined && part !== '').join('\n')

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
