import { WEBHOOK_NOTICES } from '@rcm/shared'
import { Create, SimpleForm } from 'react-admin'
import { WebhookInputs, webhookResolver } from './WebhookInputs'

/** Opens the new webhook's page, where its generated secret is shown. */
export const WebhookCreate = () => (
  <Create mutationMode="pessimistic" redirect="show">
    <SimpleForm
      resolver={webhookResolver}
      defaultValues={{
        url: '',
        description: '',
        notices: [...WEBHOOK_NOTICES],
        active: true,
        allowPrivateNetwork: false,
      }}
    >
      <WebhookInputs />
    </SimpleForm>
  </Create>
)

export default WebhookCreate
