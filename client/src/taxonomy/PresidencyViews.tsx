import type { Presidency } from '@rcm/shared'
import { DataTable, DateField, List, TopToolbar, type CreateProps, type EditProps } from 'react-admin'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { LookupCreate, LookupEdit } from '../lookup-tables/LookupViews'
import { PresidencyExportMenu } from './PresidencyExportMenu'
import { PresidencyInputs, presidencyResolver } from './PresidencyInputs'
import { useCountryName } from './usePresidencyName'

const Column = DataTable.Col<Presidency>

const CountryName = ({ record }: { record: Presidency }) => {
  const countryName = useCountryName()
  return <>{countryName(record.countryCode)}</>
}

/** The presidencies, newest first; a row opens its form. */
export const PresidencyList = () => (
  <List sort={{ field: 'startDate', order: 'DESC' }}>
    <DataTable rowClick="edit">
      <Column source="countryCode" render={(record) => <CountryName record={record} />} />
      <Column source="startDate">
        <DateField source="startDate" />
      </Column>
      <Column source="endDate">
        <DateField source="endDate" />
      </Column>
      <Column source="theme">
        <LocalizedTextField source="theme" />
      </Column>
    </DataTable>
  </List>
)

const EMPTY = { countryCode: '', startDate: '', endDate: '', theme: { en: '', es: '' } }

export const PresidencyCreate = (props: Omit<CreateProps, 'children'>) => (
  <LookupCreate resolver={presidencyResolver} defaultValues={EMPTY} {...props}>
    <PresidencyInputs />
  </LookupCreate>
)

/** The presidency's form, its export menu (its events as JSON, CSV, iCalendar; its report), and its events. */
export const PresidencyEdit = (props: Omit<EditProps, 'children'>) => (
  <LookupEdit
    resolver={presidencyResolver}
    relatedEvents={{ target: 'presidencyId', title: 'resources.presidencies.related_events' }}
    actions={
      <TopToolbar>
        <PresidencyExportMenu />
      </TopToolbar>
    }
    {...props}
  >
    <PresidencyInputs />
  </LookupEdit>
)
