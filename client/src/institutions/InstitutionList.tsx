import type { Institution } from '@rcm/shared'
import { DataTable, List, SearchInput } from 'react-admin'
import { LocalizedTextField } from '../common/LocalizedTextField'

const Column = DataTable.Col<Institution>

const filters = [<SearchInput key="q" source="q" alwaysOn />]

export const InstitutionList = () => (
  <List<Institution> filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable<Institution> rowClick="edit">
      <Column source="acronym">
        <LocalizedTextField source="acronym" />
      </Column>
      <Column source="name">
        <LocalizedTextField source="name" />
      </Column>
    </DataTable>
  </List>
)
