import type { Country, EventType, Network, Presidency } from '@rcm/shared'
import { ReferenceInput, SelectInput, type SortPayload } from 'react-admin'
import { useLanguage, useLocalized } from '../common/useLocalized'
import { usePresidencyLabel } from './usePresidencyName'

/** A filter picking one record of a short list; the label is on the ReferenceInput too, where "Add filter" reads it. */
const pick = <T,>(
  source: string,
  reference: string,
  label: string,
  optionText: (record: T) => string,
  sort: SortPayload,
) => (
  <ReferenceInput key={source} source={source} reference={reference} label={label} perPage={500} sort={sort}>
    <SelectInput label={label} optionText={optionText} sx={{ minWidth: 220 }} />
  </ReferenceInput>
)

/** The events list's filters on presidency, type, country and network (issue 18 §3), labelled in the UI language. */
export function useTaxonomyFilters() {
  const localized = useLocalized()
  const presidencyLabel = usePresidencyLabel()
  // Presidencies newest first; the others by the name in the interface language, as they read.
  const byName: SortPayload = { field: `name.${useLanguage()}`, order: 'ASC' }
  return [
    pick(
      'presidencyId',
      'presidencies',
      'resources.events.fields.presidencyId',
      (presidency: Presidency) => presidencyLabel(presidency),
      { field: 'startDate', order: 'DESC' },
    ),
    pick('typeId', 'event-types', 'resources.events.fields.typeId', (type: EventType) => localized(type.name), byName),
    pick(
      'countryCode',
      'countries',
      'resources.events.fields.countryCode',
      (country: Country) => localized(country.name),
      byName,
    ),
    pick(
      'networkId',
      'networks',
      'resources.events.fields.networkId',
      (network: Network) => localized(network.acronym) || localized(network.name),
      byName,
    ),
  ]
}
