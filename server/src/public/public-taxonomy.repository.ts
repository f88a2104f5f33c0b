import type { LocalizedText, PublicTaxonomyFilter } from '@rcm/shared'
import type { Db } from '../db/connection'
import { isIn, type Condition } from '../db/paged-query'
import { cachedRead } from '../db/read-cache'
import { statement } from '../db/statements'

/**
 * The public filters of issue 18 §3 as conditions on `event_public_copies`,
 * on the ids each copy was published with, so a filter never finds an event
 * by what only its working copy has. Presidency and type have indexes (one
 * value is a plain `=`, which the planner reads through them). Countries and
 * networks are read from their link tables (migrations/0024): the copies
 * with the values are gathered once per query, by index, and each row the
 * query reads in its own order is checked against them from its index entry,
 * before its row is read. `inOrder`: the same conditions for a query that
 * reads many rows in its date order, where gathering the rows of one
 * presidency or type through its index and sorting them would cost more.
 */
export function taxonomyConditions(filter: PublicTaxonomyFilter, options: { inOrder?: boolean } = {}): Condition[] {
  // `+column`: the planner leaves that column's index alone and reads the rows in the order the query asks for.
  const column = (name: string) => (options.inOrder ? `+${name}` : name)
  // Always `+event_id`: gathering a common country's copies by id and sorting them costs far more than this check.
  const linked = (table: string, valueColumn: string, param: string, values: readonly unknown[]): Condition => {
    const value = isIn(valueColumn, param, values)
    return { sql: `+event_id IN (SELECT event_id FROM ${table} WHERE ${value.sql})`, params: value.params }
  }
  const conditions: Condition[] = []
  if (filter.presidencyIds) conditions.push(isIn(column('presidency_id'), 'presidencyIds', filter.presidencyIds))
  if (filter.typeIds) conditions.push(isIn(column('type_id'), 'typeIds', filter.typeIds))
  if (filter.countryCodes) {
    conditions.push(linked('public_copy_countries', 'country_code', 'countryCodes', filter.countryCodes))
  }
  if (filter.networkIds) conditions.push(linked('public_copy_networks', 'network_id', 'networkIds', filter.networkIds))
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

  /** One seek per country and per network (migrations/0024), in the lookup table's order. */
  countries(db: Db): PublishedCountry[] {
    return cachedRead(db, 'public-countries', () =>
      statement<{ code: string; name_en: string; name_es: string }>(
        db,
        `SELECT code, name_en, name_es FROM countries c
         WHERE EXISTS (SELECT 1 FROM public_copy_countries WHERE country_code = c.code) ORDER BY code`,
      )
        .all()
        .map((row) => ({ code: row.code, name: text(row.name_en, row.name_es) })),
    )
  },

  networks(db: Db): PublishedNetwork[] {
    return cachedRead(db, 'public-networks', () =>
      statement<{ id: number; name_en: string; name_es: string; acronym_en: string; acronym_es: string }>(
        db,
        `SELECT id, name_en, name_es, acronym_en, acronym_es FROM networks n
         WHERE EXISTS (SELECT 1 FROM public_copy_networks WHERE network_id = n.id) ORDER BY id`,
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
