import {
  omitKeys,
  RESOURCE_ACCESS,
  WEBHOOK_SORT_FIELDS,
  WebhookDeliverySchema,
  WebhookFilterSchema,
  WebhookInputSchema,
  WebhookSchema,
} from '@rcm/shared'
import { actorOf } from '../http/access'
import { crudRoutes } from '../http/crud-routes'
import { parseId } from '../http/list-params'
import { routeTable } from '../http/route-table'
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

const WEBHOOKS = RESOURCE_ACCESS.webhooks

/** `/api/webhooks`: administrators only; and a new secret, a test notice. */
export const webhooksRoutes = [
  ...crudRoutes(
    {
      resource: 'webhooks',
      label: 'Webhook',
      one: 'webhook',
      tag: 'Webhooks',
      roles: WEBHOOKS,
      record: WebhookSchema,
      create: WebhookInputSchema,
      update: WebhookInputSchema,
      sortFields: WEBHOOK_SORT_FIELDS,
      defaultSort: { field: 'id', order: 'ASC' },
      filterSchema: WebhookFilterSchema,
    },
    {
      list: ({ db }, query) => listWebhooks(db, query),
      get: ({ db }, id) => getWebhook(db, id),
      create: ({ db, now, resolveHost }, actor, body) => createWebhook(db, actor, parse(body), now(), resolveHost),
      update: ({ db, now, resolveHost }, actor, id, body) =>
        updateWebhook(db, actor, id, parse(body), now(), resolveHost),
      remove: ({ db, now }, actor, id) => deleteWebhook(db, actor, id, now()),
    },
  ),
  ...routeTable('/api/webhooks', 'Webhooks', [
    {
      method: 'POST',
      path: '/:id/rotate-secret',
      access: WEBHOOKS.actions['rotate-secret'],
      summary: "Replace a webhook's secret",
      description: 'Signatures use the new secret at once, also for notices still queued.',
      ok: { description: 'The webhook with its new secret', json: WebhookSchema },
      handler: (req, res, { db, now }) => {
        res.json(rotateWebhookSecret(db, actorOf(res), parseId(req.params.id, 'Webhook'), now()))
      },
    },
    {
      method: 'POST',
      path: '/:id/test',
      access: WEBHOOKS.actions.test,
      summary: 'Queue a test notice',
      description: 'A notice of type `test` with `event: null`, delivered like any other.',
      ok: { status: 201, description: 'The queued delivery', json: WebhookDeliverySchema },
      handler: (req, res, { db, now }) => {
        res.status(201).json(sendTestNotice(db, actorOf(res), parseId(req.params.id, 'Webhook'), now()))
      },
    },
  ]),
]
