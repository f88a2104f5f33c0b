import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { createAuthProvider } from '../../client/src/providers/authProvider'
import { SessionGuard } from '../../client/src/users/SessionGuard'
import { setupUser } from '../support/form-queries'
import { renderAdmin } from '../support/render-admin'

test('when a call finds the session ended, the page stays with what was typed and a dialog says how to sign in again', async () => {
  const user = setupUser()
  const authProvider = createAuthProvider('/api', async () => new Response(null, { status: 401 }))
  renderAdmin(
    <>
      <label>
        Title
        <input />
      </label>
      <SessionGuard />
    </>,
  )
  await user.type(screen.getByLabelText('Title'), 'A long description')

  // What react-admin does with a failed call: ask the auth provider whether to sign out.
  await expect(authProvider.checkError({ status: 401 })).rejects.toMatchObject({ logoutUser: false })

  const dialog = await screen.findByRole('dialog', { name: 'Your session has ended' })
  expect(within(dialog).getByRole('button', { name: 'Sign in in a new tab' })).toBeInTheDocument()
  expect(screen.getByLabelText('Title', { selector: 'input' })).toHaveValue('A long description')
  await user.click(within(dialog).getByRole('button', { name: 'I have signed in again' }))
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
})
