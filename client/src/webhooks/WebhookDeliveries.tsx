import { WEBHOOK_DELIVERY_STATUSES, type WebhookDelivery } from '@rcm/shared'
import ReplayIcon from '@mui/icons-material/Replay'
import {
  Button,
  DataTable,
  FunctionField,
  NumberField,
  Pagination,
  ReferenceManyField,
  SelectField,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin'
import { useWebhookCall } from './useWebhookCall'
import { LocaleDateField } from '../common/LocaleDateField'

const Column = DataTable.Col<WebhookDelivery>

export const STATUS_CHOICES = WEBHOOK_DELIVERY_STATUSES.map((status) => ({
  id: status,
  name: `resources.webhook-deliveries.status.${status}`,
}))

const RedeliverButton = () => {
  const delivery = useRecordContext<WebhookDelivery>()
  const redeliver = useWebhookCall('redeliverWebhookNotice', 'resources.webhook-deliveries.actions.redelivering')
  if (!delivery || delivery.status === 'in_progress') return null
  return (
    <Button
      label="resources.webhook-deliveries.actions.redeliver"
      onClick={() => redeliver.mutate(delivery.id)}
      disabled={redeliver.isPending}
    >
      <ReplayIcon />
    </Button>
  )
}

/** The notices sent to the webhook, newest first, with what the receiver answered. */
export const WebhookDeliveries = () => {
  const translate = useTranslate()
  return (
    <ReferenceManyField
      reference="webhook-deliveries"
      target="webhookId"
      sort={{ field: 'id', order: 'DESC' }}
      perPage={10}
      pagination={<Pagination />}
    >
      <DataTable<WebhookDelivery>
        bulkActionButtons={false}
        rowClick={false}
        empty={<>{translate('resources.webhook-deliveries.empty')}</>}
      >
        <Column source="id" />
        <Column source="createdAt">
          <LocaleDateField source="createdAt" showTime />
        </Column>
        <Column source="type">
          <FunctionField<WebhookDelivery>
            render={(delivery) => translate(`resources.webhooks.notices.${delivery.type}`)}
          />
        </Column>
        <Column source="eventId">
          <TextField source="eventId" emptyText="—" />
        </Column>
        <Column source="status">
          <SelectField source="status" choices={STATUS_CHOICES} />
        </Column>
        <Column source="attempts">
          <NumberField source="attempts" />
        </Column>
        <Column source="lastStatusCode">
          <TextField source="lastStatusCode" emptyText="—" />
        </Column>
        <Column source="lastError">
          <TextField source="lastError" emptyText="—" />
        </Column>
        <Column source="nextAttemptAt">
          <LocaleDateField source="nextAttemptAt" showTime emptyText="—" />
        </Column>
        <Column label="">
          <RedeliverButton />
        </Column>
      </DataTable>
    </ReferenceManyField>
  )
}
