import { MISSING_PIECES, type Institution, type Language, type Venue } from '@rcm/shared'
import { useMemo } from 'react'
import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextInput,
  type AutocompleteInputProps,
} from 'react-admin'
import { institutionOptionText } from '../common/institutionLabel'
import { useLanguage, useLocalized } from '../common/useLocalized'
import { MODALITY_CHOICES, STATUS_CHOICES } from './choices'
import { useTaxonomyFilters } from '../taxonomy/taxonomyFilters'

const INCOMPLETE_LANGUAGE_CHOICES = [
  { id: 'en', name: 'rcm.dashboard.missing.en' },
  { id: 'es', name: 'rcm.dashboard.missing.es' },
]
const MISSING_CHOICES = MISSING_PIECES.map((piece) => ({ id: piece, name: `rcm.dashboard.missing.${piece}` }))

/** A filter picking one venue or institution by typing its name; the options sort by the name in `language`. */
function referenceFilter(
  source: string,
  reference: string,
  label: string,
  optionText: AutocompleteInputProps['optionText'],
  language: Language,
) {
  return (
    // The label is on the ReferenceInput too: the "Add filter" menu reads it there.
    <ReferenceInput
      key={source}
      source={source}
      reference={reference}
      sort={{ field: `name.${language}`, order: 'ASC' }}
      label={label}
    >
      <AutocompleteInput label={label} optionText={optionText} sx={{ minWidth: 260 }} />
    </ReferenceInput>
  )
}

/**
 * The filters of the events list, named as `GET /api/events` reads them
 * (docs/contract.md, "Lists"). A hook, because the venue and institution options are
 * labelled in the UI language.
 */
export function useEventFilters() {
  const localized = useLocalized()
  const language = useLanguage()
  const taxonomyFilters = useTaxonomyFilters()
  return useMemo(
    () => [
      <SearchInput key="q" source="q" alwaysOn />,
      <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
      <DateInput key="startDate_gte" source="startDate_gte" label="resources.events.filters.startDate_gte" />,
      <DateInput key="startDate_lte" source="startDate_lte" label="resources.events.filters.startDate_lte" />,
      <TextInput key="city" source="city" label="resources.events.fields.city" />,
      referenceFilter(
        'venueId',
        'venues',
        'resources.events.fields.venueId',
        (venue: Venue) => localized(venue.name),
        language,
      ),
      referenceFilter(
        'institutionId',
        'institutions',
        'resources.events.filters.institutionId',
        (institution: Institution) => institutionOptionText(institution, language),
        language,
      ),
      <SelectInput
        key="modality"
        source="modality"
        choices={MODALITY_CHOICES}
        label="resources.events.fields.modality"
      />,
      <BooleanInput key="changesRequested" source="changesRequested" label="rcm.menu.changes_requested" />,
      <SelectInput
        key="incompleteLanguage"
        source="incompleteLanguage"
        choices={INCOMPLETE_LANGUAGE_CHOICES}
        label="rcm.translation.filter"
        // As wide as the taxonomy filters: "Idioma incompleto" is longer than its choices.
        sx={{ minWidth: 220 }}
      />,
      <SelectInput
        key="missing"
        source="missing"
        choices={MISSING_CHOICES}
        label="rcm.translation.missing_filter"
        sx={{ minWidth: 220 }}
      />,
      // presidency, type, country and network (issue 18 §3)
      ...taxonomyFilters,
    ],
    [localized, language, taxonomyFilters],
  )
}
