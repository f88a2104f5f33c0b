import type { BaseFilter, ListQuery, Venue, VENUE_SORT_FIELDS, VenueData } from '@rcm/shared'
import type { Db } from '../db/connection'
import { isIn, matches, selectPage } from '../db/paged-query'
import { pluckStatement, statement } from '../db/statements'

interface VenueRow {
  id: number
  name_en: string
  name_es: string
  city: string
  country: string | null
  address: string | null
}

export type VenueSortField = (typeof VENUE_SORT_FIELDS)[number]

const COLUMNS = 'v.id, v.name_en, v.name_es, v.city, v.country, v.address'

// Venues are few (hundreds), so sort_key() per row is cheaper than keeping sort columns.
const SORTS: Record<VenueSortField, string> = {
  id: 'v.id',
  name: "sort_key(coalesce(nullif(v.name_en, ''), v.name_es))",
  'name.en': 'sort_key(v.name_en)',
  'name.es': 'sort_key(v.name_es)',
  city: 'sort_key(v.city)',
  country: 'v.country',
}

const toVenue = (row: VenueRow): Venue => ({
  id: row.id,
  name: { en: row.name_en, es: row.name_es },
  city: row.city,
  country: row.country,
  address: row.address,
})

const toParams = (data: VenueData) => ({
  name_en: data.name.en,
  name_es: data.name.es,
  city: data.city,
  country: data.country,
  address: data.address,
})

/** Writes the venue's row of the search index (names, city, country, address). */
function index(db: Db, venue: Venue) {
  statement(db, 'DELETE FROM venues_fts WHERE rowid = ?').run(venue.id)
  const text = [venue.name.en, venue.name.es, venue.city, venue.country ?? '', venue.address ?? ''].join('\n')
  statement(db, 'INSERT INTO venues_fts (rowid, text) VALUES (?, ?)').run(venue.id, text)
}

function findById(db: Db, id: number): Venue | undefined {
  const row = statement<VenueRow>(db, `SELECT ${COLUMNS} FROM venues v WHERE v.id = ?`).get(id)
  return row && toVenue(row)
}

export const venuesRepository = {
  findById,

  /** Every venue, by id; for the importer to match venues by name. */
  findAll(db: Db): Venue[] {
    return statement<VenueRow>(db, `SELECT ${COLUMNS} FROM venues v ORDER BY v.id`).all().map(toVenue)
  },

  list(db: Db, query: ListQuery<BaseFilter, VenueSortField>): { data: Venue[]; total: number } {
    const { filter, sort, range } = query
    const ids = filter.id === undefined ? undefined : [filter.id].flat()
    const page = selectPage<VenueRow>(db, {
      select: COLUMNS,
      from: 'venues v',
      idColumn: 'v.id',
      where: [
        filter.q === undefined ? null : matches('v.id', 'venues_fts', filter.q),
        ids === undefined ? null : isIn('v.id', 'ids', ids),
      ],
      orderBy: `${SORTS[sort.field]} ${sort.order} NULLS LAST, v.id ${sort.order}`,
      range,
    })
    return { data: page.rows.map(toVenue), total: page.total }
  },

  /** The ids among `ids` that exist. */
  existingIds(db: Db, ids: readonly number[]): Set<number> {
    const found = pluckStatement<number>(db, 'SELECT id FROM venues WHERE id IN (SELECT value FROM json_each(?))')
    return new Set(found.all(JSON.stringify(ids)))
  },

  insert(db: Db, data: VenueData): Venue {
    const sql =
      'INSERT INTO venues (name_en, name_es, city, country, address) VALUES (@name_en, @name_es, @city, @country, @address)'
    const id = Number(statement(db, sql).run(toParams(data)).lastInsertRowid)
    const venue: Venue = { id, ...data }
    index(db, venue)
    return venue
  },

  update(db: Db, id: number, data: VenueData): Venue {
    const sql =
      'UPDATE venues SET name_en = @name_en, name_es = @name_es, city = @city, country = @country, address = @address WHERE id = @id'
    statement(db, sql).run({ ...toParams(data), id })
    const venue: Venue = { id, ...data }
    index(db, venue)
    return venue
  },

  remove(db: Db, id: number): void {
    statement(db, 'DELETE FROM venues WHERE id = ?').run(id)
    statement(db, 'DELETE FROM venues_fts WHERE rowid = ?').run(id)
  },
}
