import { screen, waitFor } from '@testing-library/react'
import { HttpError } from 'react-admin'
import { expect, test, vi } from 'vitest'
import { ChangePassword } from '../../client/src/layout/ChangePassword'
import { fakeAuthProvider } from '../support/fake-auth-provider'
import { fakeDataProvider } from '../support/fake-data-provider'
import { button, control, fill, setupUser } from '../support/form-queries'
import { POLL, renderAdmin } from '../support/render-admin'

const NEW_PASSWORD = 'Presidency-review-2026'

function renderPage(changePassword: (params: unknown) => Promise<unknown>) {
  const authProvider = fakeAuthProvider('editor')
  const dataProvider = fakeDataProvider({}, { changePassword: vi.fn(changePassword) })
  renderAdmin(<ChangePassword />, { dataProvider, authProvider })
  return { authProvider, changePassword: dataProvider.changePassword as ReturnType<typeof vi.fn> }
}

async function submit(current: string, next: string) {
  const user = setupUser()
  await waitFor(() => control(/^Current password/))
  await fill(user, control(/^Current password/), current)
  await fill(user, control(/^New password/), next)
  await user.click(button('Change password'))
}

test('changes the password, then signs out: the server has ended every session', async () => {
  const { authProvider, changePassword } = renderPage(async () => ({ data: null }))

  await submit('Old-password-of-mine', NEW_PASSWORD)

  await expect
    .poll(() => changePassword.mock.calls[0], POLL)
    .toEqual([{ currentPassword: 'Old-password-of-mine', newPassword: NEW_PASSWORD }])
  await expect.poll(() => authProvider.logout.mock.calls.length, POLL).toBe(1)
  expect(await screen.findByText('Password changed. Sign in again with the new one.')).toBeInTheDocument()
})

test('a wrong current password is shown on its input, and the user stays signed in', async () => {
  const refusal = new HttpError('Invalid input', 400, {
    message: 'Invalid input',
    errors: { currentPassword: 'This is not your current password' },
  })
  // react-admin logs every rejected dataProvider call in development.
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  const { authProvider } = renderPage(async () => {
    throw refusal
  })

  await submit('Not-my-password-at-all', NEW_PASSWORD)

  expect(await screen.findByText('This is not your current password')).toBeInTheDocument()
  expect(control(/^Current password/)).toHaveAttribute('aria-invalid', 'true')
  expect(authProvider.logout).not.toHaveBeenCalled()
  expect(consoleError).toHaveBeenCalledWith(refusal)
  consoleError.mockRestore()
})

test('a new password that is too short is refused before anything is sent', async () => {
  const { changePassword } = renderPage(async () => ({ data: null }))

  await submit('Old-password-of-mine', 'short')

  expect(await screen.findByText(/at least 12/i)).toBeInTheDocument()
  expect(changePassword).not.toHaveBeenCalled()
})
