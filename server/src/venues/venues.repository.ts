import { VENUE_SORT_FIELDS, type Venue } from '@rcm/shared'
import { lookupTableRepository } from '../lookup-tables/lookup-table.repository'

export type VenueSortField = (typeof VENUE_SORT_FIELDS)[number]

/** `venues`: name_en, name_es, city, country (ISO 3166 code or NULL), address (or NULL). */
export const venuesRepository = lookupTableRepository<Venue, VenueSortField>({
  table: 'venues',
  fields: { name: 'localized', city: 'text', country: 'optionalText', address: 'optionalText' },
  sortFields: VENUE_SORT_FIELDS,
  usedByEventSql: 'EXISTS (SELECT 1 FROM events e WHERE e.venue_id = t.id)',
})
