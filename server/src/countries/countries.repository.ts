import type { Country } from '@rcm/shared'
import type { Db } from '../db/connection'
import { statement } from '../db/statements'

const SELECT = 'SELECT code AS id, name_en, name_es FROM countries'

const toCountry = (row: { id: string; name_en: string; name_es: string }): Country => ({
  id: row.id,
  name: { en: row.name_en, es: row.name_es },
})

/** `countries`: the eleven member states, seeded by migrations/0017 and never written. */
export const countriesRepository = {
  /** Every member state, in the order of the migration (alphabetical in English). */
  findAll(db: Db): Country[] {
    return statement<{ id: string; name_en: string; name_es: string }>(db, `${SELECT} ORDER BY position`)
      .all()
      .map(toCountry)
  },

  findByCode(db: Db, code: string): Country | undefined {
    const row = statement<{ id: string; name_en: string; name_es: string }>(db, `${SELECT} WHERE code = ?`).get(code)
    return row && toCountry(row)
  },
}
