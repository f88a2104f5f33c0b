import type { BaseFilter, Institution, INSTITUTION_SORT_FIELDS, InstitutionData, ListQuery } from '@rcm/shared'
import type { Db } from '../db/connection'
import { isIn, matches, selectPage } from '../db/paged-query'
import { pluckStatement, statement } from '../db/statements'

interface InstitutionRow {
  id: number
  name_en: string
  name_es: string
  acronym_en: string
  acronym_es: string
}

export type InstitutionSortField = (typeof INSTITUTION_SORT_FIELDS)[number]

const COLUMNS = 'i.id, i.name_en, i.name_es, i.acronym_en, i.acronym_es'

// Institutions are few (hundreds), so sort_key() per row is cheaper than keeping sort columns.
const SORTS: Record<InstitutionSortField, string> = {
  id: 'i.id',
  name: "sort_key(coalesce(nullif(i.name_en, ''), i.name_es))",
  'name.en': 'sort_key(i.name_en)',
  'name.es': 'sort_key(i.name_es)',
  acronym: "sort_key(coalesce(nullif(i.acronym_en, ''), i.acronym_es))",
  'acronym.en': 'sort_key(i.acronym_en)',
  'acronym.es': 'sort_key(i.acronym_es)',
}

const toInstitution = (row: InstitutionRow): Institution => ({
  id: row.id,
  name: { en: row.name_en, es: row.name_es },
  acronym: { en: row.acronym_en, es: row.acronym_es },
})

const toParams = (data: InstitutionData) => ({
  name_en: data.name.en,
  name_es: data.name.es,
  acronym_en: data.acronym.en,
  acronym_es: data.acronym.es,
})

/** Writes the institution's row of the search index (names and acronyms in both languages). */
function index(db: Db, institution: Institution) {
  statement(db, 'DELETE FROM institutions_fts WHERE rowid = ?').run(institution.id)
  const { name, acronym } = institution
  const text = [name.en, name.es, acronym.en, acronym.es].join('\n')
  statement(db, 'INSERT INTO institutions_fts (rowid, text) VALUES (?, ?)').run(institution.id, text)
}

function findById(db: Db, id: number): Institution | undefined {
  const row = statement<InstitutionRow>(db, `SELECT ${COLUMNS} FROM institutions i WHERE i.id = ?`).get(id)
  return row && toInstitution(row)
}

export const institutionsRepository = {
  findById,

  /** Every institution, by id; for the importer to match institutions by name or acronym. */
  findAll(db: Db): Institution[] {
    return statement<InstitutionRow>(db, `SELECT ${COLUMNS} FROM institutions i ORDER BY i.id`).all().map(toInstitution)
  },

  list(db: Db, query: ListQuery<BaseFilter, InstitutionSortField>): { data: Institution[]; total: number } {
    const { filter, sort, range } = query
    const ids = filter.id === undefined ? undefined : [filter.id].flat()
    const page = selectPage<InstitutionRow>(db, {
      select: COLUMNS,
      from: 'institutions i',
      idColumn: 'i.id',
      where: [
        filter.q === undefined ? null : matches('i.id', 'institutions_fts', filter.q),
        ids === undefined ? null : isIn('i.id', 'ids', ids),
      ],
      orderBy: `${SORTS[sort.field]} ${sort.order}, i.id ${sort.order}`,
      range,
    })
    return { data: page.rows.map(toInstitution), total: page.total }
  },

  /** The ids among `ids` that exist. */
  existingIds(db: Db, ids: readonly number[]): Set<number> {
    const found = pluckStatement<number>(db, 'SELECT id FROM institutions WHERE id IN (SELECT value FROM json_each(?))')
    return new Set(found.all(JSON.stringify(ids)))
  },

  insert(db: Db, data: InstitutionData): Institution {
    const sql =
      'INSERT INTO institutions (name_en, name_es, acronym_en, acronym_es) VALUES (@name_en, @name_es, @acronym_en, @acronym_es)'
    const id = Number(statement(db, sql).run(toParams(data)).lastInsertRowid)
    const institution: Institution = { id, ...data }
    index(db, institution)
    return institution
  },

  update(db: Db, id: number, data: InstitutionData): Institution {
    const sql =
      'UPDATE institutions SET name_en = @name_en, name_es = @name_es, acronym_en = @acronym_en, acronym_es = @acronym_es WHERE id = @id'
    statement(db, sql).run({ ...toParams(data), id })
    const institution: Institution = { id, ...data }
    index(db, institution)
    return institution
  },

  remove(db: Db, id: number): void {
    statement(db, 'DELETE FROM institutions WHERE id = ?').run(id)
    statement(db, 'DELETE FROM institutions_fts WHERE rowid = ?').run(id)
  },
}
