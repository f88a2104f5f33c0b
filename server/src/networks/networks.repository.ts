import { NETWORK_SORT_FIELDS, type Network } from '@rcm/shared'
import { lookupTableRepository } from '../lookup-tables/lookup-table.repository'

export type NetworkSortField = (typeof NETWORK_SORT_FIELDS)[number]

/** `networks`: name_en, name_es, acronym_en, acronym_es. */
export const networksRepository = lookupTableRepository<Network, NetworkSortField>({
  table: 'networks',
  fields: { name: 'localized', acronym: 'localized' },
  sortFields: NETWORK_SORT_FIELDS,
  usedByEventSql: 'EXISTS (SELECT 1 FROM event_networks en WHERE en.network_id = t.id)',
})
