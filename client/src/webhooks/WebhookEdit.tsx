import type { Webhook } from '@rcm/shared'
import { Edit, SimpleForm } from 'react-admin'
import { WebhookInputs, webhookResolver } from './WebhookInputs'

export const WebhookEdit = () => (
  <Edit<Webhook> mutationMode="pessimistic" redirect="show">
    <SimpleForm resolver={webhookResolver}>
      <WebhookInputs />
    </SimpleForm>
  </Edit>
)

export default WebhookEdit
