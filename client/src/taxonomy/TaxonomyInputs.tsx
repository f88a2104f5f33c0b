import { Stack } from '@mui/material'
import type { Country, EventType, Network, Presidency } from '@rcm/shared'
import { AutocompleteArrayInput, ReferenceArrayInput, ReferenceInput, SelectInput, useTranslate } from 'react-admin'
import { useWatch } from 'react-hook-form'
import { useLanguageSort } from '../common/languageSort'
import { useLocalized } from '../common/useLocalized'
import { usePresidencies, usePresidencyLabel } from './usePresidencyName'

const toNull = (value: unknown) => (value === '' || value === undefined ? null : value)

/** The presidency the server gives an event left without one: the one whose period holds its start date, or today. */
function usePresidencyByDate(): Presidency | undefined {
  const startDate = useWatch<{ startDate: string | null }>({ name: 'startDate' })
  const { data } = usePresidencies()
  const day = startDate || new Date().toISOString().slice(0, 10)
  return data?.find((presidency) => presidency.startDate <= day && day <= presidency.endDate)
}

/**
 * The event's presidency (empty: chosen by the server from the start date,
 * named in the helper text), type, countries and networks (issue 18 §3).
 */
export const TaxonomyInputs = () => {
  const translate = useTranslate()
  const localized = useLocalized()
  const presidencyLabel = usePresidencyLabel()
  const byDate = usePresidencyByDate()
  const byName = useLanguageSort('name')
  const helperText = byDate
    ? translate('rcm.taxonomy.presidency_help', { name: presidencyLabel(byDate) })
    : translate('rcm.taxonomy.presidency_help_none')
  return (
    <>
      <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2} sx={{ width: '100%' }}>
        <ReferenceInput
          source="presidencyId"
          reference="presidencies"
          sort={{ field: 'startDate', order: 'DESC' }}
          perPage={500}
        >
          <SelectInput
            label="resources.events.fields.presidencyId"
            optionText={(presidency: Presidency) => presidencyLabel(presidency)}
            emptyText={byDate ? presidencyLabel(byDate) : ''}
            helperText={helperText}
            parse={toNull}
            sx={{ minWidth: 280 }}
          />
        </ReferenceInput>
        <ReferenceInput source="typeId" reference="event-types" sort={byName} perPage={200}>
          <SelectInput
            label="resources.events.fields.typeId"
            optionText={(type: EventType) => localized(type.name)}
            parse={toNull}
            sx={{ minWidth: 240 }}
          />
        </ReferenceInput>
      </Stack>
      <ReferenceArrayInput source="countryCodes" reference="countries" sort={byName}>
        <AutocompleteArrayInput
          label="resources.events.fields.countryCodes"
          optionText={(country: Country) => localized(country.name)}
          fullWidth
        />
      </ReferenceArrayInput>
      <ReferenceArrayInput source="networkIds" reference="networks" sort={byName} perPage={200}>
        <AutocompleteArrayInput
          label="resources.events.fields.networkIds"
          optionText={(network: Network) =>
            [localized(network.acronym), localized(network.name)].filter(Boolean).join(' – ')
          }
          fullWidth
        />
      </ReferenceArrayInput>
    </>
  )
}
