import type { Country, EventType, Network, Presidency } from '@rcm/shared'
import { ReferenceInput, SelectInput } from 'react-admin'
import { useLocalized } from '../common/useLocalized'
import { usePresidencyLabel } from './usePresidencyName'

/** A filter picking one record of a short list; the label is on the ReferenceInput too, where "Add filter" reads it. */
const pick = <T,>(source: string, reference: string, label: string, optionText: (record: T) => string) => (
  <ReferenceInput key={source} source={source} reference={reference} label={label} perPage={500}>
    <SelectInput label={label} optionText={optionText} sx={{ minWidth: 220 }} />
  </ReferenceInput>
)

/** The events list's filters on presidency, type, country and network (issue 18 §3), labelled in the UI language. */
export function useTaxonomyFilters() {
  const localized = useLocalized()
  const presidencyLabel = usePresidencyLabel()
  return [
    pick('presidencyId', 'presidencies', 'resources.events.fields.presidencyId', (presidency: Presidency) =>
      presidencyLabel(presidency),
    ),
    pick('typeId', 'event-types', 'resources.events.fields.typeId', (type: EventType) => localized(type.name)),
    pick('countryCode', 'countries', 'resources.events.fields.countryCode', (country: Country) =>
      localized(country.name),
    ),
    pick(
      'networkId',
      'networks',
      'resources.events.fields.networkId',
      (network: Network) => localized(network.acronym) || localized(network.name),
    ),
  ]
}
