import { zodResolver } from '@hookform/resolvers/zod'
import { Alert } from '@mui/material'
import { WEBHOOK_NOTICES, WebhookInputSchema } from '@rcm/shared'
import { useWatch } from 'react-hook-form'
import { BooleanInput, CheckboxGroupInput, TextInput, useTranslate } from 'react-admin'
import { z } from 'zod'

export const NOTICE_CHOICES = WEBHOOK_NOTICES.map((notice) => ({
  id: notice,
  name: `resources.webhooks.notices.${notice}`,
}))

// The record carries `id`, `secret` and timestamps, which the server ignores; the strict API schema would refuse them here.
export const webhookResolver = zodResolver(z.object(WebhookInputSchema.shape))

/** Said while private networks are allowed: the server then posts wherever the URL points inside the network. */
const PrivateNetworkWarning = () => {
  const translate = useTranslate()
  const isAllowed = useWatch({ name: 'allowPrivateNetwork' }) === true
  return isAllowed ? (
    <Alert severity="warning" sx={{ mb: 2 }}>
      {translate('resources.webhooks.helpers.allowPrivateNetwork_warning')}
    </Alert>
  ) : null
}

/** A webhook's inputs, shared by create and edit; the secret is the server's. */
export const WebhookInputs = () => (
  <>
    <TextInput source="url" type="url" helperText="resources.webhooks.helpers.url" isRequired />
    <TextInput source="description" />
    <CheckboxGroupInput source="notices" choices={NOTICE_CHOICES} helperText="resources.webhooks.helpers.notices" />
    <BooleanInput source="active" />
    <BooleanInput source="allowPrivateNetwork" helperText="resources.webhooks.helpers.allowPrivateNetwork" />
    <PrivateNetworkWarning />
  </>
)
