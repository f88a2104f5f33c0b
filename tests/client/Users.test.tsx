import { screen, waitFor } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { UserCreate } from '../../client/src/users/UserCreate'
import { UserList } from '../../client/src/users/UserList'
import { fakeAuthProvider } from '../support/fake-auth-provider'
import { fakeDataProvider } from '../support/fake-data-provider'
import { button, control, fill, setupUser } from '../support/form-queries'
import { renderAdmin } from '../support/render-admin'
import { emulateScreenWidth } from '../support/screen-width'

afterEach(() => vi.unstubAllGlobals())

test('an administrator creates a reviewer account with a password', async () => {
  const user = setupUser()
  const dataProvider = fakeDataProvider()
  renderAdmin(<UserCreate />, { resource: 'users', dataProvider, authProvider: fakeAuthProvider('admin') })

  await waitFor(() => control(/^Email/))
  await fill(user, control(/^Email/), 'rafael@example.org')
  await fill(user, control(/^Full name/), 'Rafael Reviewer')
  await user.click(control(/^Role/))
  await user.click(screen.getByText('Reviewer', { selector: 'li' }))
  await fill(user, control(/^Password/), 'Presidency-review-2026')
  await user.click(button('Save'))

  await waitFor(() => expect(dataProvider.create).toHaveBeenCalledTimes(1))
  expect(dataProvider.create.mock.calls[0]![1].data).toEqual({
    email: 'rafael@example.org',
    fullName: 'Rafael Reviewer',
    role: 'reviewer',
    active: true,
    password: 'Presidency-review-2026',
  })
})

test('refuses a short password before sending anything', async () => {
  const user = setupUser()
  const dataProvider = fakeDataProvider()
  renderAdmin(<UserCreate />, { resource: 'users', dataProvider, authProvider: fakeAuthProvider('admin') })

  await waitFor(() => control(/^Email/))
  await fill(user, control(/^Email/), 'rafael@example.org')
  await fill(user, control(/^Full name/), 'Rafael Reviewer')
  await fill(user, control(/^Password/), 'short')
  await user.click(button('Save'))

  expect(await screen.findByText('Use at least 12 characters')).toBeInTheDocument()
  expect(dataProvider.create).not.toHaveBeenCalled()
})

test("in Spanish, the form's own check of the shared schema reads in Spanish", async () => {
  const user = setupUser()
  const dataProvider = fakeDataProvider()
  renderAdmin(<UserCreate />, {
    resource: 'users',
    dataProvider,
    authProvider: fakeAuthProvider('admin'),
    locale: 'es',
  })

  await waitFor(() => control(/^Correo electrónico/))
  await fill(user, control(/^Correo electrónico/), 'rafael@example.org')
  await fill(user, control(/^Nombre completo/), 'Rafael Revisor')
  await fill(user, control(/^Contraseña/), 'corta')
  await user.click(button('Guardar'))

  expect(await screen.findByText('Use al menos 12 caracteres')).toBeInTheDocument()
  expect(dataProvider.create).not.toHaveBeenCalled()
})

test("an e-mail without @ gets the app's own message in Spanish, not the browser's", async () => {
  const user = setupUser()
  const dataProvider = fakeDataProvider()
  renderAdmin(<UserCreate />, {
    resource: 'users',
    dataProvider,
    authProvider: fakeAuthProvider('admin'),
    locale: 'es',
  })

  await waitFor(() => control(/^Correo electrónico/))
  await fill(user, control(/^Correo electrónico/), 'rafael.example.org')
  await fill(user, control(/^Nombre completo/), 'Rafael Revisor')
  await fill(user, control(/^Contraseña/), 'Presidency-review-2026')
  await user.click(button('Guardar'))

  expect(await screen.findByText('No es una dirección de correo válida')).toBeInTheDocument()
  expect(dataProvider.create).not.toHaveBeenCalled()
})

test('on a phone the accounts are a simple list (name, e-mail, role), each opening its edit page', async () => {
  emulateScreenWidth(390)
  const dataProvider = fakeDataProvider({
    users: [
      { id: 4, email: 'rafael@example.org', fullName: 'Rafael Revisor', role: 'reviewer', active: true },
      { id: 5, email: 'old@example.org', fullName: 'Olga Antigua', role: 'editor', active: false },
    ],
  })
  renderAdmin(<UserList />, { resource: 'users', dataProvider, authProvider: fakeAuthProvider('admin'), locale: 'es' })

  const rafael = await screen.findByRole('link', { name: /Rafael Revisor/ })
  expect(rafael).toHaveAttribute('href', '/users/4')
  expect(rafael).toHaveTextContent('rafael@example.org')
  expect(rafael).toHaveTextContent('Revisor')
  expect(screen.getByRole('link', { name: /Olga Antigua/ })).toHaveTextContent('Editor · Inactivo')
  expect(screen.queryByRole('table')).not.toBeInTheDocument()
})
