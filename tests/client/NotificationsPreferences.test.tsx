import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import { NotificationPreferencesCard } from '../../client/src/notifications/NotificationPreferencesCard'
import { fakeDataProvider } from '../support/fake-data-provider'
import { POLL, renderAdmin } from '../support/render-admin'

test('the account page saves the e-mail choice with the interface language', async () => {
  const dataProvider = fakeDataProvider(
    {},
    {
      getNotificationPreferences: vi.fn(async () => ({ data: { email: 'immediate', language: 'en' } })),
      setNotificationPreferences: vi.fn(async (params: unknown) => ({ data: params })),
    },
  )
  renderAdmin(<NotificationPreferencesCard />, { dataProvider, locale: 'es' })

  expect(await screen.findByRole('radiogroup', { name: 'Enviarme' })).toBeInTheDocument()
  expect(await screen.findByRole('radio', { name: 'Cada aviso en cuanto ocurre' })).toBeChecked()
  await userEvent.click(screen.getByRole('radio', { name: 'Un resumen al día' }))
  await userEvent.click(screen.getByRole('button', { name: 'Guardar' }))

  await expect
    .poll(() => dataProvider.setNotificationPreferences, POLL)
    .toHaveBeenCalledWith({
      email: 'daily',
      language: 'es',
    })
  expect(await screen.findByText('Su preferencia de avisos se ha guardado.')).toBeInTheDocument()
})
