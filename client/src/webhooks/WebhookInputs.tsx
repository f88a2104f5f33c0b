import { zodResolver } from '@hookform/resolvers/zod'
import { WEBHOOK_NOTICES, WebhookInputSchema } from '@rcm/shared'
import { BooleanInput, CheckboxGroupInput, TextInput } from 'react-admin'
import { z } from 'zod'

export const NOTICE_CHOICES = WEBHOOK_NOTICES.map((notice) => ({
  id: notice,
  name: `resources.webhooks.notices.${notice}`,
}))

// The record carries `id`, `secret` and timestamps, which the server ignores; the strict API schema would refuse them here.
export const webhookResolver = zodResolver(z.object(WebhookInputSchema.shape))

/** A webhook's inputs, shared by create and edit; the secret is the server's. */
export const WebhookInputs = () => (
  <>
    <TextInput source="url" type="url" helperText="resources.webhooks.helpers.url" isRequired />
    <TextInput source="description" />
    <CheckboxGroupInput source="notices" choices={NOTICE_CHOICES} helperText="resources.webhooks.helpers.notices" />
    <BooleanInput source="active" />
  </>
)
