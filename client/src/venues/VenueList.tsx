import type { Venue } from '@rcm/shared'
import { DataTable, List, SearchInput } from 'react-admin'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { CountryField } from './CountryField'

const Column = DataTable.Col<Venue>

const filters = [<SearchInput key="q" source="q" alwaysOn />]

/** Venues by name; `address` is not a sort field of the API. */
export const VenueList = () => (
  <List<Venue> filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable<Venue> rowClick="edit">
      <Column source="name">
        <LocalizedTextField source="name" />
      </Column>
      <Column source="city" />
      <Column source="country">
        <CountryField />
      </Column>
      <Column source="address" disableSort />
    </DataTable>
  </List>
)
