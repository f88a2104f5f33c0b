import { omitKeys, WEBHOOK_SORT_FIELDS, WebhookFilterSchema, WebhookInputSchema } from '@rcm/shared'
import { Router } from 'express'
import type { Db } from '../db/connection'
import { actorOf } from '../http/access'
import { parseId, parseListParams, sendList } from '../http/list-params'
import { allowOnly } from '../http/method-not-allowed'
import { createWebhook, deleteWebhook, getWebhook, listWebhooks, rotateWebhookSecret, sendTestNotice, updateWebhook } from './webhooks.service'

// Sent back by react-admin with the record; the server owns them.
const SERVER_OWNED = ['id', 'secret', 'createdAt', 'updatedAt']

/** `/api/webhooks`: administrators only (the rules are in http/route-rules.ts). */
export function webhooksRouter(db: Db, now: () => Date = () => new Date()): Router {
  const router = Router()

  router.get('/', (req, res) => {
    const query = parseListParams(req.query, { sortFields: WEBHOOK_SORT_FIELDS, defaultSort: { field: 'id', order: 'ASC' }, filterSchema: WebhookFilterSchema })
    sendList(res, 'webhooks', listWebhooks(db, query), query.range)
  })

  router.post('/', (req, res) => {
    const input = WebhookInputSchema.parse(omitKeys(req.body ?? {}, SERVER_OWNED))
    res.status(201).json(createWebhook(db, actorOf(res), input, now()))
  })

  router.get('/:id', (req, res) => {
    res.json(getWebhook(db, parseId(req.params.id, 'Webhook')))
  })

  router.put('/:id', (req, res) => {
    const id = parseId(req.params.id, 'Webhook')
    const input = WebhookInputSchema.parse(omitKeys(req.body ?? {}, SERVER_OWNED))
    res.json(updateWebhook(db, actorOf(res), id, input, now()))
  })

  router.delete('/:id', (req, res) => {
    res.json(deleteWebhook(db, actorOf(res), parseId(req.params.id, 'Webhook'), now()))
  })

  router.post('/:id/rotate-secret', (req, res) => {
    res.json(rotateWebhookSecret(db, actorOf(res), parseId(req.params.id, 'Webhook'), now()))
  })

  router.post('/:id/test', (req, res) => {
    res.status(201).json(sendTestNotice(db, actorOf(res), parseId(req.params.id, 'Webhook'), now()))
  })

  router.all('/', allowOnly('GET, POST'))
  router.all('/:id', allowOnly('GET, PUT, DELETE'))
  return router
}
