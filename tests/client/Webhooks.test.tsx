import type { Webhook, WebhookDelivery } from '@rcm/shared'
import { screen, waitFor } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { WebhookCreate } from '../../client/src/webhooks/WebhookCreate'
import { WebhookShow } from '../../client/src/webhooks/WebhookShow'
import { fakeAuthProvider } from '../support/fake-auth-provider'
import { fakeDataProvider } from '../support/fake-data-provider'
import { button, control, fill, setupUser } from '../support/form-queries'
import { renderAdmin } from '../support/render-admin'

const webhook: Webhook = {
  id: 3,
  url: 'https://www.crmsv.org/hooks/calendar',
  description: 'RCM website',
  notices: ['published', 'unpublished'],
  active: true,
  allowPrivateNetwork: false,
  secret: 'whsec_m0r5E6yq1Yw2Q3L4pX9kTzVb8NcR7uHdJfGsAeWiO0s',
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
}

const delivery = (overrides: Partial<WebhookDelivery>): WebhookDelivery => ({
  id: 1,
  webhookId: 3,
  type: 'published',
  eventId: 12,
  status: 'succeeded',
  attempts: 1,
  lastStatusCode: 200,
  lastError: null,
  nextAttemptAt: null,
  createdAt: '2026-11-21T09:00:00.000Z',
  deliveredAt: '2026-11-21T09:00:01.000Z',
  body: '{}',
  attemptLog: [],
  ...overrides,
})

test('refuses a URL with a password before sending, then creates the webhook with the notices chosen', async () => {
  const user = setupUser()
  const dataProvider = fakeDataProvider()
  renderAdmin(<WebhookCreate />, { resource: 'webhooks', dataProvider, authProvider: fakeAuthProvider('admin') })

  await waitFor(() => control(/^URL/))
  await fill(user, control(/^URL/), 'https://site:secret@www.crmsv.org/hooks/calendar')
  await user.click(button('Save'))
  expect(await screen.findByText('Do not put a user name or password in the URL')).toBeInTheDocument()
  expect(dataProvider.create).not.toHaveBeenCalled()

  await fill(user, control(/^URL/), 'https://www.crmsv.org/hooks/calendar')
  await fill(user, control(/^Description/), 'RCM website')
  await user.click(control('Republished'))
  await user.click(control('Archived'))
  await user.click(button('Save'))

  await waitFor(() => expect(dataProvider.create).toHaveBeenCalledTimes(1))
  expect(dataProvider.create.mock.calls[0]![1].data).toEqual({
    url: 'https://www.crmsv.org/hooks/calendar',
    description: 'RCM website',
    notices: ['published', 'unpublished'],
    active: true,
    allowPrivateNetwork: false,
  })
})

test('allowing a private network shows a plain warning first, and is sent with the webhook', async () => {
  const user = setupUser()
  const dataProvider = fakeDataProvider()
  renderAdmin(<WebhookCreate />, { resource: 'webhooks', dataProvider, authProvider: fakeAuthProvider('admin') })

  await waitFor(() => control(/^URL/))
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  await fill(user, control(/^URL/), 'http://hooks.intranet/calendar')
  await user.click(control('Allow private network'))

  expect(screen.getByRole('alert')).toHaveTextContent(
    /anyone who can change this URL could then make the calendar send/,
  )
  await user.click(button('Save'))
  await waitFor(() => expect(dataProvider.create).toHaveBeenCalledTimes(1))
  expect(dataProvider.create.mock.calls[0]![1].data).toMatchObject({
    url: 'http://hooks.intranet/calendar',
    allowPrivateNetwork: true,
  })
})

test('shows the secret and the deliveries, and rotates the secret after a confirmation', async () => {
  const user = setupUser()
  const rotateWebhookSecret = vi.fn(async () => ({ data: { ...webhook, secret: 'whsec_new' } }))
  const dataProvider = fakeDataProvider(
    {
      webhooks: [webhook],
      'webhook-deliveries': [
        delivery({ id: 2, status: 'failed', attempts: 10, lastStatusCode: 503 }),
        delivery({ id: 1 }),
      ],
    },
    { rotateWebhookSecret } as object,
  )
  renderAdmin(<WebhookShow id={3} />, { resource: 'webhooks', dataProvider, authProvider: fakeAuthProvider('admin') })

  expect(await screen.findByText(webhook.secret)).toBeInTheDocument()
  expect(await screen.findByText('Failed')).toBeInTheDocument()
  expect(screen.getByText('503')).toBeInTheDocument()
  expect(screen.getByText('Delivered')).toBeInTheDocument()
  expect(dataProvider.getManyReference).toHaveBeenCalledWith(
    'webhook-deliveries',
    expect.objectContaining({ target: 'webhookId', id: 3 }),
  )

  await user.click(button('New secret'))
  expect(rotateWebhookSecret).not.toHaveBeenCalled()
  await user.click(await screen.findByRole('button', { name: 'Confirm' }))

  await waitFor(() => expect(rotateWebhookSecret).toHaveBeenCalledWith(3))
  expect(await screen.findByText('New secret generated')).toBeInTheDocument()
})

test("in Spanish, the texts and the dates are written the Spanish way, whatever the browser's language", async () => {
  const dataProvider = fakeDataProvider({ webhooks: [webhook], 'webhook-deliveries': [delivery({ id: 1 })] })
  renderAdmin(<WebhookShow id={3} />, {
    resource: 'webhooks',
    dataProvider,
    authProvider: fakeAuthProvider('admin'),
    locale: 'es',
  })

  expect(await screen.findByText('Entregado')).toBeInTheDocument()
  expect(screen.getByText(/El sitio web verifica la X-RCM-Signature/)).toBeInTheDocument()
  // Day first, as Spanish writes it; the browser here speaks en-US (month first).
  expect(screen.getByText(/^20\/11\/2026/)).toBeInTheDocument()
  expect(screen.getByText(/^21\/11\/2026/)).toBeInTheDocument()
})
