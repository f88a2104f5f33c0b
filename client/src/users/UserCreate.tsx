import { Create, SimpleForm } from 'react-admin'
import { UserInputs, userCreateResolver } from './UserInputs'

export const UserCreate = () => (
  <Create mutationMode="pessimistic" redirect="list">
    <SimpleForm resolver={userCreateResolver} defaultValues={{ role: 'editor', active: true, password: '' }}>
      <UserInputs isCreate />
    </SimpleForm>
  </Create>
)

export default UserCreate
