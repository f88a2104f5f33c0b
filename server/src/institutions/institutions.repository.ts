import { INSTITUTION_SORT_FIELDS, type Institution } from '@rcm/shared'
import { lookupTableRepository } from '../lookup-tables/lookup-table.repository'

export type InstitutionSortField = (typeof INSTITUTION_SORT_FIELDS)[number]

/** `institutions`: name_en, name_es, acronym_en, acronym_es. */
export const institutionsRepository = lookupTableRepository<Institution, InstitutionSortField>({
  table: 'institutions',
  fields: { name: 'localized', acronym: 'localized' },
  sortFields: INSTITUTION_SORT_FIELDS,
  usedByEventSql: 'EXISTS (SELECT 1 FROM event_institutions ei WHERE ei.institution_id = t.id)',
})
