import type { User } from '@rcm/shared'
import { Edit, SimpleForm } from 'react-admin'
import { UserInputs, userUpdateResolver } from './UserInputs'
import { UserSignInActions } from './UserSignInActions'

/** Pessimistic, so that the server's refusals (the last admin, a common password) show on the form. */
export const UserEdit = () => (
  <Edit<User>
    mutationMode="pessimistic"
    redirect="list"
    transform={(data: User & { password?: string }) => ({ ...data, password: data.password || undefined })}
  >
    <UserSignInActions />
    {/* noValidate: the shared schema checks the e-mail in the interface language, not the browser in its own. */}
    <SimpleForm resolver={userUpdateResolver} noValidate>
      <UserInputs isCreate={false} />
    </SimpleForm>
  </Edit>
)

export default UserEdit
