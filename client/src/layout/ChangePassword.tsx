import { zodResolver } from '@hookform/resolvers/zod'
import { MIN_PASSWORD_LENGTH, PasswordChangeSchema, type PasswordChange } from '@rcm/shared'
import { Card, CardContent } from '@mui/material'
import { useEffect, useState } from 'react'
import {
  PasswordInput,
  TextInput,
  SaveButton,
  SimpleForm,
  Title,
  Toolbar,
  useDataProvider,
  useLogout,
  useNotify,
  useTranslate,
} from 'react-admin'
import { errorMessage, fieldErrorsOf } from '../common/httpErrors'
import type { CalendarDataProvider } from '../providers/dataProvider'
import { authCall } from '../users/accountApi'

const resolver = zodResolver(PasswordChangeSchema)

/**
 * One's own password (POST /api/auth/password). The server ends every
 * session of the account, this one included, so the user signs in again.
 */
export const ChangePassword = () => {
  const dataProvider = useDataProvider<CalendarDataProvider>()
  const notify = useNotify()
  const logout = useLogout()
  const translate = useTranslate()
  // With two-factor sign-in on, the server also asks for a current code (decision 016).
  const [hasCode, setHasCode] = useState(false)
  useEffect(() => {
    authCall<{ enabled: boolean }>('/mfa', undefined, 'GET').then(
      (status) => setHasCode(status.enabled),
      () => undefined,
    )
  }, [])
  // Returning the server's per-field errors puts them on the inputs ("This is not your current password").
  const save = async (values: PasswordChange): Promise<Record<string, string> | undefined> => {
    try {
      await dataProvider.changePassword(values)
    } catch (error) {
      const fields = fieldErrorsOf(error)
      if (fields) return fields
      const message = errorMessage(error)
      notify(message, { type: 'error', messageArgs: { _: message } })
      return undefined
    }
    notify('rcm.password.changed', { type: 'success' })
    void logout()
    return undefined
  }
  return (
    <Card sx={{ mt: 2, maxWidth: 520 }}>
      <Title title={translate('rcm.password.title')} />
      <CardContent>
        <SimpleForm
          resolver={resolver}
          defaultValues={{ currentPassword: '', newPassword: '' }}
          onSubmit={(values: Record<string, unknown>) => save(PasswordChangeSchema.parse(values))}
          toolbar={
            <Toolbar>
              <SaveButton label="rcm.password.submit" alwaysEnable />
            </Toolbar>
          }
        >
          <PasswordInput source="currentPassword" label="rcm.password.current" autoComplete="current-password" />
          {hasCode && <TextInput source="code" label="rcm.mfa.code" autoComplete="one-time-code" />}
          <PasswordInput
            source="newPassword"
            label="rcm.password.new"
            autoComplete="new-password"
            helperText={translate('resources.users.helpers.password', { min: MIN_PASSWORD_LENGTH })}
          />
        </SimpleForm>
      </CardContent>
    </Card>
  )
}

export default ChangePassword
