import { ObjectivesSchema, objectivesSearchText } from '@rcm/shared'
import type { Db } from '../db/connection'
import { pluckStatement, statement } from '../db/statements'
import { htmlToText } from '../db/text'

interface SearchSourceRow {
  id: number
  title_en: string
  title_es: string
  description_en: string
  description_es: string
  objectives: string
  city: string
  venue_en: string | null
  venue_es: string | null
}

interface InstitutionNamesRow {
  event_id: number
  names: string
}

const SOURCES = `SELECT e.id, e.title_en, e.title_es, e.description_en, e.description_es, e.objectives, e.city,
    v.name_en AS venue_en, v.name_es AS venue_es
  FROM events e LEFT JOIN venues v ON v.id = e.venue_id
  WHERE e.id IN (SELECT value FROM json_each(?))`

const INSTITUTION_NAMES = `SELECT ei.event_id,
    group_concat(i.name_en || ' ' || i.name_es || ' ' || i.acronym_en || ' ' || i.acronym_es, ' ') AS names
  FROM event_institutions ei JOIN institutions i ON i.id = ei.institution_id
  WHERE ei.event_id IN (SELECT value FROM json_each(?))
  GROUP BY ei.event_id`

const join = (...parts: Array<string | null>) => parts.filter((part) => part !== null && part !== '').join('\n')

/**
 * Rewrites the search rows of `ids` from the stored events, their venue and
 * their institutions, in both languages; an id with no event loses its row.
 */
function indexEvents(db: Db, ids: readonly number[]): void {
  if (ids.length === 0) return
  const json = JSON.stringify(ids)
  const remove = statement(db, 'DELETE FROM events_fts WHERE rowid = ?')
  for (const id of ids) remove.run(id)
  const institutions = new Map(
    statement<InstitutionNamesRow>(db, INSTITUTION_NAMES)
      .all(json)
      .map((row) => [row.event_id, row.names]),
  )
  const insert = statement(
    db,
    'INSERT INTO events_fts (rowid, title, body, place, institutions) VALUES (?, ?, ?, ?, ?)',
  )
  for (const row of statement<SearchSourceRow>(db, SOURCES).all(json)) {
    const objectives = objectivesSearchText(ObjectivesSchema.parse(JSON.parse(row.objectives)))
    insert.run(
      row.id,
      join(row.title_en, row.title_es),
      join(htmlToText(row.description_en), htmlToText(row.description_es), objectives),
      join(row.city, row.venue_en, row.venue_es),
      institutions.get(row.id) ?? '',
    )
  }
}

export const eventsSearchRepository = {
  indexEvents,

  /** After a venue is renamed: its events' search rows carry its old name. */
  reindexByVenue(db: Db, venueId: number): void {
    indexEvents(db, pluckStatement<number>(db, 'SELECT id FROM events WHERE venue_id = ?').all(venueId))
  },

  /** After an institution is renamed: its events' search rows carry its old names. */
  reindexByInstitution(db: Db, institutionId: number): void {
    const ids = pluckStatement<number>(db, 'SELECT event_id FROM event_institutions WHERE institution_id = ?').all(
      institutionId,
    )
    indexEvents(db, ids)
  },
}
