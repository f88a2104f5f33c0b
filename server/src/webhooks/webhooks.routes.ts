import { omitKeys, WEBHOOK_SORT_FIELDS, WebhookFilterSchema, WebhookInputSchema } from '@rcm/shared'
import type { Router } from 'express'
import type { Db } from '../db/connection'
import { actorOf } from '../http/access'
import { crudRouter } from '../http/crud-router'
import { parseId } from '../http/list-params'
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  listWebhooks,
  rotateWebhookSecret,
  sendTestNotice,
  updateWebhook,
} from './webhooks.service'

// Sent back by react-admin with the record; the server owns them.
const parse = (body: unknown) => WebhookInputSchema.parse(omitKeys(body, ['id', 'secret', 'createdAt', 'updatedAt']))

/** `/api/webhooks`: administrators only (the rules are in http/route-rules.ts). */
export function webhooksRouter(db: Db, now: () => Date = () => new Date()): Router {
  const router = crudRouter(
    {
      resource: 'webhooks',
      label: 'Webhook',
      sortFields: WEBHOOK_SORT_FIELDS,
      defaultSort: { field: 'id', order: 'ASC' },
      filterSchema: WebhookFilterSchema,
    },
    {
      list: (query) => listWebhooks(db, query),
      get: (id) => getWebhook(db, id),
      create: (actor, body) => createWebhook(db, actor, parse(body), now()),
      update: (actor, id, body) => updateWebhook(db, actor, id, parse(body), now()),
      remove: (actor, id) => deleteWebhook(db, actor, id, now()),
    },
  )

  router.post('/:id/rotate-secret', (req, res) => {
    res.json(rotateWebhookSecret(db, actorOf(res), parseId(req.params.id, 'Webhook'), now()))
  })

  router.post('/:id/test', (req, res) => {
    res.status(201).json(sendTestNotice(db, actorOf(res), parseId(req.params.id, 'Webhook'), now()))
  })

  return router
}
