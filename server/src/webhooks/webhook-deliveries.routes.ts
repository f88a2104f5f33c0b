import { WEBHOOK_DELIVERY_SORT_FIELDS, WebhookDeliveryFilterSchema } from '@rcm/shared'
import { Router } from 'express'
import type { Db } from '../db/connection'
import { actorOf } from '../http/access'
import { parseId, parseListParams, sendList } from '../http/list-params'
import { allowOnly } from '../http/method-not-allowed'
import { getWebhookDelivery, listWebhookDeliveries, redeliver } from './webhooks.service'

/** `/api/webhook-deliveries`: read-only for administrators (writes are a 405), getManyReference by `webhookId`; and redeliver. */
export function webhookDeliveriesRouter(db: Db, now: () => Date = () => new Date()): Router {
  const router = Router()

  router.get('/', (req, res) => {
    const query = parseListParams(req.query, { sortFields: WEBHOOK_DELIVERY_SORT_FIELDS, defaultSort: { field: 'id', order: 'DESC' }, filterSchema: WebhookDeliveryFilterSchema })
    sendList(res, 'webhook-deliveries', listWebhookDeliveries(db, query), query.range)
  })

  router.get('/:id', (req, res) => {
    res.json(getWebhookDelivery(db, parseId(req.params.id, 'Webhook delivery')))
  })

  router.post('/:id/redeliver', (req, res) => {
    res.json(redeliver(db, actorOf(res), parseId(req.params.id, 'Webhook delivery'), now()))
  })

  router.all('/', allowOnly('GET'))
  router.all('/:id', allowOnly('GET'))
  return router
}
