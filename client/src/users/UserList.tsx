import { useMediaQuery, type Theme } from '@mui/material'
import type { User } from '@rcm/shared'
import {
  BooleanField,
  DataTable,
  List,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleList,
  useTranslate,
} from 'react-admin'
import { ROLE_CHOICES } from './UserInputs'

const Column = DataTable.Col<User>

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} alwaysOn />,
]

/** A phone's list: name, e-mail, then the role (and "inactive" for a closed account). */
const PhoneList = () => {
  const translate = useTranslate()
  return (
    <SimpleList<User>
      linkType="edit"
      primaryText={(user) => user.fullName}
      secondaryText={(user) => user.email}
      tertiaryText={(user) =>
        [translate(`resources.users.roles.${user.role}`), user.active ? '' : translate('resources.users.inactive')]
          .filter(Boolean)
          .join(' · ')
      }
    />
  )
}

/** The accounts (administrators only); below the `md` breakpoint a simple list, which needs no sideways scrolling. */
export const UserList = () => {
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'))
  return (
    <List<User> filters={filters} sort={{ field: 'email', order: 'ASC' }}>
      {small ? (
        <PhoneList />
      ) : (
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
      )}
    </List>
  )
}

export default UserList
