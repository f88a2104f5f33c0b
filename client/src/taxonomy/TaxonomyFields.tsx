import { joinNames, type Country, type Event, type EventType, type Network, type Presidency } from '@rcm/shared'
import { Typography } from '@mui/material'
import { useGetManyAggregate, useRecordContext, type RaRecord } from 'react-admin'
import { inIdOrder } from '../common/inIdOrder'
import { useLanguage, useLocalized } from '../common/useLocalized'
import { usePresidencyLabel } from './usePresidencyName'

type TaxonomyRecord = Pick<Event, 'id' | 'presidencyId' | 'typeId' | 'countryCodes' | 'networkIds'>

/** The records of `ids` in that order, read with the page's other getMany calls of the resource. */
function useRecords<T extends { id: number | string }>(resource: string, ids: readonly T['id'][]) {
  const { data } = useGetManyAggregate<T & RaRecord>(resource, { ids: [...ids] }, { enabled: ids.length > 0 })
  return ids.length === 0 || !data ? [] : inIdOrder<T>(data, ids)
}

const Text = ({ children }: { children: string }) => (
  <Typography component="span" variant="body2">
    {children}
  </Typography>
)

/** The event's presidency: "El Salvador 1 Jan 2026 – 31 Dec 2026", as the event form's picker names it. */
export const PresidencyField = () => {
  const record = useRecordContext<TaxonomyRecord>()
  const label = usePresidencyLabel()
  const [presidency] = useRecords<Presidency>('presidencies', record?.presidencyId ? [record.presidencyId] : [])
  return presidency ? <Text>{label(presidency)}</Text> : null
}

/** The event's type in the interface language. */
export const EventTypeField = () => {
  const record = useRecordContext<TaxonomyRecord>()
  const localized = useLocalized()
  const [type] = useRecords<EventType>('event-types', record?.typeId ? [record.typeId] : [])
  return type ? <Text>{localized(type.name)}</Text> : null
}

/** The member states the event concerns, in its order, as one phrase: "Guatemala, Honduras y El Salvador". */
export const CountriesField = () => {
  const record = useRecordContext<TaxonomyRecord>()
  const language = useLanguage()
  const localized = useLocalized()
  const countries = useRecords<Country>('countries', record?.countryCodes ?? [])
  if (countries.length === 0) return null
  return (
    <Text>
      {joinNames(
        countries.map((country) => localized(country.name)),
        language,
      )}
    </Text>
  )
}

/** The networks taking part, by acronym (else name), as the public page and the presidency report name them. */
export const NetworksField = () => {
  const record = useRecordContext<TaxonomyRecord>()
  const language = useLanguage()
  const localized = useLocalized()
  const networks = useRecords<Network>('networks', record?.networkIds ?? [])
  if (networks.length === 0) return null
  return (
    <Text>
      {joinNames(
        networks.map((network) => localized(network.acronym) || localized(network.name)),
        language,
      )}
    </Text>
  )
}
