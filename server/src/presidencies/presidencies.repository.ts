import { PRESIDENCY_SORT_FIELDS, type Presidency } from '@rcm/shared'
import type { Db } from '../db/connection'
import { pluckStatement, statement } from '../db/statements'
import { lookupTableRepository } from '../lookup-tables/lookup-table.repository'

export type PresidencySortField = (typeof PRESIDENCY_SORT_FIELDS)[number]

/** `presidencies`: country_code, start_date, end_date, theme_en, theme_es; periods never overlap. */
const table = lookupTableRepository<Presidency, PresidencySortField>({
  table: 'presidencies',
  fields: { countryCode: 'text', startDate: 'text', endDate: 'text', theme: 'localized' },
  sortFields: PRESIDENCY_SORT_FIELDS,
  sortSql: {
    'countryName.en': '(SELECT sort_key(c.name_en) FROM countries c WHERE c.code = t.country_code)',
    'countryName.es': '(SELECT sort_key(c.name_es) FROM countries c WHERE c.code = t.country_code)',
  },
  usedByEventSql: 'EXISTS (SELECT 1 FROM events e WHERE e.presidency_id = t.id)',
})

export const presidenciesRepository = {
  ...table,

  /** The presidency whose period holds `date` (YYYY-MM-DD), if any. */
  idForDate(db: Db, date: string): number | undefined {
    return pluckStatement<number>(
      db,
      'SELECT id FROM presidencies WHERE start_date <= @date AND end_date >= @date ORDER BY start_date DESC LIMIT 1',
    ).get({ date })
  },

  /** A presidency other than `exceptId` whose period shares a day with `from`–`to`. */
  findOverlapping(db: Db, from: string, to: string, exceptId: number | null): Presidency | undefined {
    const id = pluckStatement<number>(
      db,
      'SELECT id FROM presidencies WHERE start_date <= @to AND end_date >= @from AND id IS NOT @exceptId LIMIT 1',
    ).get({ from, to, exceptId })
    return id === undefined ? undefined : table.findById(db, id)
  },

  /** The country's names, for messages and the report. */
  countryName(db: Db, code: string): { en: string; es: string } | undefined {
    return statement<{ en: string; es: string }>(
      db,
      'SELECT name_en AS en, name_es AS es FROM countries WHERE code = ?',
    ).get(code)
  },
}
