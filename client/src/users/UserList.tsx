import type { User } from '@rcm/shared'
import { BooleanField, DataTable, List, SearchInput, SelectField, SelectInput } from 'react-admin'
import { ROLE_CHOICES } from './UserInputs'

const Column = DataTable.Col<User>

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} alwaysOn />,
]

/** The accounts (administrators only). */
export const UserList = () => (
  <List<User> filters={filters} sort={{ field: 'email', order: 'ASC' }}>
    <DataTable<User> rowClick="edit">
      <Column source="fullName" />
      <Column source="email" />
      <Column source="role">
        <SelectField source="role" choices={ROLE_CHOICES} />
      </Column>
      <Column source="active">
        <BooleanField source="active" />
      </Column>
    </DataTable>
  </List>
)

export default UserList
