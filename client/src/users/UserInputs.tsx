import { zodResolver } from '@hookform/resolvers/zod'
import { MIN_PASSWORD_LENGTH, ROLES, UserCreateSchema, UserUpdateSchema } from '@rcm/shared'
import { BooleanInput, PasswordInput, SelectInput, TextInput, useTranslate } from 'react-admin'
import { z } from 'zod'

export const ROLE_CHOICES = ROLES.map((role) => ({ id: role, name: `resources.users.roles.${role}` }))

export const userCreateResolver = zodResolver(UserCreateSchema)
// The record carries its `id`, which the server ignores; the strict API schema would refuse it here.
export const userUpdateResolver = zodResolver(z.object(UserUpdateSchema.shape))

/** A user's inputs; on edit, a password resets it and an empty one keeps it. */
export const UserInputs = ({ isCreate }: { isCreate: boolean }) => {
  const translate = useTranslate()
  return (
    <>
      <TextInput source="email" type="email" autoComplete="off" isRequired />
      <TextInput source="fullName" isRequired />
      <SelectInput source="role" choices={ROLE_CHOICES} isRequired />
      <BooleanInput source="active" />
      <PasswordInput
        source="password"
        autoComplete="new-password"
        label={isCreate ? 'resources.users.fields.password' : 'resources.users.fields.resetPassword'}
        helperText={translate('resources.users.helpers.password', { min: MIN_PASSWORD_LENGTH })}
        isRequired={isCreate}
      />
    </>
  )
}
