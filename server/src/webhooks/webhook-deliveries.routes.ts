import {
  RESOURCE_ACCESS,
  WEBHOOK_DELIVERY_SORT_FIELDS,
  WebhookDeliveryFilterSchema,
  WebhookDeliverySchema,
} from '@rcm/shared'
import { actorOf } from '../http/access'
import { readOnlyRoutes } from '../http/crud-routes'
import { parseId } from '../http/list-params'
import { routeTable } from '../http/route-table'
import { getWebhookDelivery, listWebhookDeliveries, redeliver } from './webhooks.service'

const DELIVERIES = RESOURCE_ACCESS['webhook-deliveries']

/** `/api/webhook-deliveries`: read-only for administrators, getManyReference by `webhookId`; and redeliver. */
export const webhookDeliveriesRoutes = [
  ...readOnlyRoutes(
    {
      resource: 'webhook-deliveries',
      label: 'Webhook delivery',
      one: 'webhook delivery',
      tag: 'Webhooks',
      roles: DELIVERIES,
      record: WebhookDeliverySchema,
      sortFields: WEBHOOK_DELIVERY_SORT_FIELDS,
      defaultSort: { field: 'id', order: 'DESC' },
      filterSchema: WebhookDeliveryFilterSchema,
      description: 'The notices queued for each webhook (getManyReference by `webhookId`), with every attempt.',
    },
    { list: ({ db }, query) => listWebhookDeliveries(db, query), get: ({ db }, id) => getWebhookDelivery(db, id) },
  ),
  ...routeTable('/api/webhook-deliveries', 'Webhooks', [
    {
      method: 'POST',
      path: '/:id/redeliver',
      access: DELIVERIES.actions.redeliver,
      summary: 'Send a notice again',
      description: 'The same body and id, with a fresh retry budget.',
      ok: { description: 'The delivery, queued again', json: WebhookDeliverySchema },
      conflict: { why: 'The notice is being sent right now' },
      handler: (req, res, { db, now }) => {
        res.json(redeliver(db, actorOf(res), parseId(req.params.id, 'Webhook delivery'), now()))
      },
    },
  ]),
]
