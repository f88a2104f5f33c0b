import type { Webhook } from '@rcm/shared'
import { Typography } from '@mui/material'
import { BooleanField, Labeled, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin'
import { NoticeChips } from './NoticeChips'
import { WebhookActions } from './WebhookActions'
import { WebhookDeliveries } from './WebhookDeliveries'
import { LocaleDateField } from '../common/LocaleDateField'

/** A webhook, its secret (for the website to verify signatures), and its deliveries. */
export const WebhookShow = ({ id }: { id?: Webhook['id'] }) => {
  const translate = useTranslate()
  return (
    <Show<Webhook> id={id} actions={<WebhookActions />}>
      <SimpleShowLayout>
        <TextField source="url" />
        <TextField source="description" emptyText="—" />
        <Labeled source="notices">
          <NoticeChips />
        </Labeled>
        <BooleanField source="active" />
        <BooleanField source="allowPrivateNetwork" />
        <Labeled source="secret">
          <>
            <TextField source="secret" sx={{ fontFamily: 'monospace' }} />
            <Typography variant="caption" component="p" color="text.secondary">
              {translate('resources.webhooks.helpers.secret')}
            </Typography>
          </>
        </Labeled>
        <LocaleDateField source="updatedAt" showTime />
        <Labeled label="resources.webhook-deliveries.name" fullWidth>
          <WebhookDeliveries />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  )
}

export default WebhookShow
