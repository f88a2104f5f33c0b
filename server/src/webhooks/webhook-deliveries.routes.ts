import { WEBHOOK_DELIVERY_SORT_FIELDS, WebhookDeliveryFilterSchema } from '@rcm/shared'
import type { Router } from 'express'
import type { Db } from '../db/connection'
import { actorOf } from '../http/access'
import { readOnlyRouter } from '../http/crud-router'
import { parseId } from '../http/list-params'
import { getWebhookDelivery, listWebhookDeliveries, redeliver } from './webhooks.service'

/** `/api/webhook-deliveries`: read-only for administrators (writes are a 405), getManyReference by `webhookId`; and redeliver. */
export function webhookDeliveriesRouter(db: Db, now: () => Date = () => new Date()): Router {
  const router = readOnlyRouter(
    {
      resource: 'webhook-deliveries',
      label: 'Webhook delivery',
      sortFields: WEBHOOK_DELIVERY_SORT_FIELDS,
      defaultSort: { field: 'id', order: 'DESC' },
      filterSchema: WebhookDeliveryFilterSchema,
    },
    { list: (query) => listWebhookDeliveries(db, query), get: (id) => getWebhookDelivery(db, id) },
  )

  router.post('/:id/redeliver', (req, res) => {
    res.json(redeliver(db, actorOf(res), parseId(req.params.id, 'Webhook delivery'), now()))
  })

  return router
}
