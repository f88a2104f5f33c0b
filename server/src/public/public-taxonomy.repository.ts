import type { LocalizedText, PublicTaxonomyFilter } from '@rcm/shared'
import type { Db } from '../db/connection'
import { isIn, type Condition } from '../db/paged-query'
import { cachedRead } from '../db/read-cache'
import { statement } from '../db/statements'

/**
 * The public filters of issue 18 §3 as conditions on `event_public_copies`,
 * on the ids each copy was published with, so a filter never finds an event
 * by what only its working copy has. Presidency and type have indexes (one
 * value is a plain `=`, which the planner reads through them); countries and
 * networks are JSON arrays read per row. `inOrder`: the same conditions for
 * a query that reads many rows in its date order, where gathering the rows of
 * one type through its index and sorting them would cost more.
 */
export function taxonomyConditions(filter: PublicTaxonomyFilter, options: { inOrder?: boolean } = {}): Condition[] {
  // `+column`: the planner leaves that column's index alone and reads the rows in the order the query asks for.
  const column = (name: string) => (options.inOrder ? `+${name}` : name)
  const overlaps = (column: string, param: string, values: readonly unknown[]): Condition => ({
    sql: `EXISTS (SELECT 1 FROM json_each(${column}) WHERE value IN (SELECT value FROM json_each(@${param})))`,
    params: { [param]: JSON.stringify(values) },
  })
  const conditions: Condition[] = []
  if (filter.presidencyIds) conditions.push(isIn(column('presidency_id'), 'presidencyIds', filter.presidencyIds))
  if (filter.typeIds) conditions.push(isIn(column('type_id'), 'typeIds', filter.typeIds))
  if (filter.countryCodes) conditions.push(overlaps('country_codes', 'countryCodes', filter.countryCodes))
  if (filter.networkIds) conditions.push(overlaps('network_ids', 'networkIds', filter.networkIds))
  return conditions
}

export interface PublishedPresidency {
  id: number
  countryName: LocalizedText
  startDate: string
  endDate: string
}

export interface PublishedType {
  id: number
  name: LocalizedText
}

export interface PublishedCountry {
  code: string
  name: LocalizedText
}

export interface PublishedNetwork {
  id: number
  name: LocalizedText
  acronym: LocalizedText
}

const text = (en: string, es: string): LocalizedText => ({ en, es })

/**
 * What the public calendar's filters offer: the presidencies, types,
 * countries and networks that at least one public copy has, named as the
 * lookup tables name them now. Each is kept until the next write.
 */
export const publicTaxonomyRepository = {
  /** Latest period first. */
  presidencies(db: Db): PublishedPresidency[] {
    return cachedRead(db, 'public-presidencies', () =>
      statement<{ id: number; name_en: string; name_es: string; start_date: string; end_date: string }>(
        db,
        `SELECT p.id, c.name_en, c.name_es, p.start_date, p.end_date FROM presidencies p
         JOIN countries c ON c.code = p.country_code
         WHERE p.id IN (SELECT presidency_id FROM event_public_copies)
         ORDER BY p.start_date DESC, p.id`,
      )
        .all()
        .map((row) => ({
          id: row.id,
          countryName: text(row.name_en, row.name_es),
          startDate: row.start_date,
          endDate: row.end_date,
        })),
    )
  },

  types(db: Db): PublishedType[] {
    return cachedRead(db, 'public-types', () =>
      statement<{ id: number; name_en: string; name_es: string }>(
        db,
        'SELECT id, name_en, name_es FROM event_types WHERE id IN (SELECT type_id FROM event_public_copies)',
      )
        .all()
        .map((row) => ({ id: row.id, name: text(row.name_en, row.name_es) })),
    )
  },

  /** A country is looked for until its first public copy; only a country that no copy names costs a full read. */
  countries(db: Db): PublishedCountry[] {
    return cachedRead(db, 'public-countries', () =>
      statement<{ code: string; name_en: string; name_es: string }>(
        db,
        `SELECT code, name_en, name_es FROM countries c WHERE EXISTS
           (SELECT 1 FROM event_public_copies p, json_each(p.country_codes) j WHERE j.value = c.code)`,
      )
        .all()
        .map((row) => ({ code: row.code, name: text(row.name_en, row.name_es) })),
    )
  },

  networks(db: Db): PublishedNetwork[] {
    return cachedRead(db, 'public-networks', () =>
      statement<{ id: number; name_en: string; name_es: string; acronym_en: string; acronym_es: string }>(
        db,
        `SELECT id, name_en, name_es, acronym_en, acronym_es FROM networks n WHERE EXISTS
           (SELECT 1 FROM event_public_copies p, json_each(p.network_ids) j WHERE j.value = n.id)`,
      )
        .all()
        .map((row) => ({
          id: row.id,
          name: text(row.name_en, row.name_es),
          acronym: text(row.acronym_en, row.acronym_es),
        })),
    )
  },
}
