import type { Institution, Venue } from '@rcm/shared'
import { useMemo } from 'react'
import { AutocompleteInput, BooleanInput, DateInput, ReferenceInput, SearchInput, SelectInput, TextInput } from 'react-admin'
import { institutionOptionText } from '../common/institutionLabel'
import { useLanguage, useLocalized } from '../common/useLocalized'
import { MODALITY_CHOICES, STATUS_CHOICES } from './choices'

/**
 * The filters of the events list, named as `GET /api/events` reads them
 * (CONTRACT, "Lists"). A hook, because the venue and institution options are
 * labelled in the UI language.
 */
export function useEventFilters() {
  const localized = useLocalized()
  const language = useLanguage()
  return useMemo(
    () => [
      <SearchInput key="q" source="q" alwaysOn />,
      <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
      <DateInput key="startDate_gte" source="startDate_gte" label="resources.events.filters.startDate_gte" />,
      <DateInput key="startDate_lte" source="startDate_lte" label="resources.events.filters.startDate_lte" />,
      <TextInput key="city" source="city" label="resources.events.fields.city" />,
      // The label is on the ReferenceInput too: the "Add filter" menu reads it there.
      <ReferenceInput
        key="venueId"
        source="venueId"
        reference="venues"
        sort={{ field: 'name', order: 'ASC' }}
        label="resources.events.fields.venueId"
      >
        <AutocompleteInput
          label="resources.events.fields.venueId"
          optionText={(venue: Venue) => localized(venue.name)}
          sx={{ minWidth: 260 }}
        />
      </ReferenceInput>,
      <ReferenceInput
        key="institutionId"
        source="institutionId"
        reference="institutions"
        sort={{ field: 'name', order: 'ASC' }}
        label="resources.events.filters.institutionId"
      >
        <AutocompleteInput
          label="resources.events.filters.institutionId"
          optionText={(institution: Institution) => institutionOptionText(institution, language)}
          sx={{ minWidth: 260 }}
        />
      </ReferenceInput>,
      <SelectInput key="modality" source="modality" choices={MODALITY_CHOICES} label="resources.events.fields.modality" />,
      <BooleanInput key="changesRequested" source="changesRequested" label="rcm.menu.changes_requested" />,
    ],
    [localized, language],
  )
}
