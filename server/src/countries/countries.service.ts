import type { Country, CountryFilter, ListQuery } from '@rcm/shared'
import type { Db } from '../db/connection'
import { sortKey } from '../db/text'
import { notFound } from '../http/errors'
import { countriesRepository } from './countries.repository'

export type CountrySortField = 'id' | 'name' | 'name.en' | 'name.es'

/** The country with this code, or a 404. */
export function getCountry(db: Db, code: string): Country {
  const country = countriesRepository.findByCode(db, code.toUpperCase())
  if (!country) throw notFound('Country')
  return country
}

const textOf = (country: Country) => sortKey(`${country.id} ${country.name.en} ${country.name.es}`)

const sortValue = (country: Country, field: CountrySortField) =>
  field === 'id' ? country.id : sortKey(field === 'name.es' ? country.name.es : country.name.en)

/**
 * A page of the eleven member states, filtered and sorted here rather than in
 * SQL: the table is fixed and tiny. `q` matches words of the code and both
 * names, case- and accent-insensitively, the last word as a prefix.
 */
export function listCountries(db: Db, query: ListQuery<CountryFilter, CountrySortField>) {
  const { filter, sort, range } = query
  const words = sortKey(filter.q ?? '')
    .split(/\s+/)
    .filter(Boolean)
  const codes = filter.id === undefined ? undefined : [filter.id].flat().map((code) => code.toUpperCase())
  const all = countriesRepository
    .findAll(db)
    .filter((country) => codes === undefined || codes.includes(country.id))
    .filter((country) => {
      const text = textOf(country).split(/\s+/)
      return words.every((word, index) =>
        text.some((part) => (index === words.length - 1 ? part.startsWith(word) : part === word)),
      )
    })
    .sort((a, b) => {
      const order = sortValue(a, sort.field).localeCompare(sortValue(b, sort.field))
      return sort.order === 'ASC' ? order : -order
    })
  return { data: all.slice(range.start, range.end + 1), total: all.length }
}
