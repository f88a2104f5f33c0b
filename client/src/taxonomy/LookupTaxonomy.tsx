import { zodResolver } from '@hookform/resolvers/zod'
import { EventTypeInputSchema, NetworkInputSchema, type EventType, type Network } from '@rcm/shared'
import { DataTable, List, SearchInput, TextField, TextInput, type CreateProps, type EditProps } from 'react-admin'
import { keepText } from '../common/keepText'
import { SortInLanguage, useLanguageSort, useLanguageSortField } from '../common/languageSort'
import { LanguageTabs } from '../common/LanguageTabs'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { LookupList } from '../lookup-tables/LookupList'
import { LookupCreate, LookupEdit } from '../lookup-tables/LookupViews'

/* Event types and networks: bilingual lookup lists on the shared lookup-table views; countries: read-only. */

const eventTypeResolver = zodResolver(EventTypeInputSchema)
const networkResolver = zodResolver(NetworkInputSchema)

const TypeColumn = DataTable.Col<EventType>
const NetworkColumn = DataTable.Col<Network>

export const EventTypeList = () => (
  <LookupList>
    <TypeColumn source={useLanguageSortField('name')} label="resources.event-types.fields.name">
      <LocalizedTextField source="name" />
    </TypeColumn>
  </LookupList>
)

const EventTypeInputs = () => (
  <LanguageTabs>
    <TextInput source="name" parse={keepText} />
  </LanguageTabs>
)

export const EventTypeCreate = (props: Omit<CreateProps, 'children'>) => (
  <LookupCreate resolver={eventTypeResolver} defaultValues={{ name: { en: '', es: '' } }} {...props}>
    <EventTypeInputs />
  </LookupCreate>
)

export const EventTypeEdit = (props: Omit<EditProps, 'children'>) => (
  <LookupEdit
    resolver={eventTypeResolver}
    relatedEvents={{ target: 'typeId', title: 'resources.event-types.related_events' }}
    {...props}
  >
    <EventTypeInputs />
  </LookupEdit>
)

export const NetworkList = () => (
  <LookupList localizedFields={['name', 'acronym']}>
    <NetworkColumn source={useLanguageSortField('acronym')} label="resources.networks.fields.acronym">
      <LocalizedTextField source="acronym" />
    </NetworkColumn>
    <NetworkColumn source={useLanguageSortField('name')} label="resources.networks.fields.name">
      <LocalizedTextField source="name" />
    </NetworkColumn>
  </LookupList>
)

const NetworkInputs = () => (
  <LanguageTabs>
    <TextInput source="name" parse={keepText} />
    <TextInput source="acronym" parse={keepText} sx={{ maxWidth: 240 }} />
  </LanguageTabs>
)

export const NetworkCreate = (props: Omit<CreateProps, 'children'>) => (
  <LookupCreate
    resolver={networkResolver}
    defaultValues={{ name: { en: '', es: '' }, acronym: { en: '', es: '' } }}
    {...props}
  >
    <NetworkInputs />
  </LookupCreate>
)

export const NetworkEdit = (props: Omit<EditProps, 'children'>) => (
  <LookupEdit
    resolver={networkResolver}
    relatedEvents={{ target: 'networkId', title: 'resources.networks.related_events' }}
    {...props}
  >
    <NetworkInputs />
  </LookupEdit>
)

/** The eleven member states: read-only, searched by code or name, sorted by the name in the interface language. */
export const CountryList = () => (
  <List filters={[<SearchInput key="q" source="q" alwaysOn />]} sort={useLanguageSort('name')}>
    <SortInLanguage fields={['name']} />
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="id">
        <TextField source="id" />
      </DataTable.Col>
      <DataTable.Col source={useLanguageSortField('name')} label="resources.countries.fields.name">
        <LocalizedTextField source="name" />
      </DataTable.Col>
    </DataTable>
  </List>
)
