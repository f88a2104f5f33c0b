import { Create, SimpleForm } from 'react-admin'
import { UserInputs, userCreateResolver } from './UserInputs'

export const UserCreate = () => (
  <Create mutationMode="pessimistic" redirect="list">
    {/* noValidate: the shared schema checks the e-mail in the interface language, not the browser in its own. */}
    <SimpleForm resolver={userCreateResolver} defaultValues={{ role: 'editor', active: true, password: '' }} noValidate>
      <UserInputs isCreate />
    </SimpleForm>
  </Create>
)

export default UserCreate
