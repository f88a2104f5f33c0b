import { EVENT_TYPE_SORT_FIELDS, type EventType } from '@rcm/shared'
import { lookupTableRepository } from '../lookup-tables/lookup-table.repository'

export type EventTypeSortField = (typeof EVENT_TYPE_SORT_FIELDS)[number]

/** `event_types`: name_en, name_es. */
export const eventTypesRepository = lookupTableRepository<EventType, EventTypeSortField>({
  table: 'event_types',
  fields: { name: 'localized' },
  sortFields: EVENT_TYPE_SORT_FIELDS,
  usedByEventSql: 'EXISTS (SELECT 1 FROM events e WHERE e.type_id = t.id)',
})
