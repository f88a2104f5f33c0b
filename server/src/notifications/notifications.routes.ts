import {
  NOTIFICATION_SORT_FIELDS,
  NotificationFilterSchema,
  NotificationPreferencesSchema,
  NotificationSchema,
  NotificationsReadResultSchema,
  NotificationsReadSchema,
  RESOURCE_ACCESS,
} from '@rcm/shared'
import { actorOf } from '../http/access'
import { parseListParams, sendList } from '../http/list-params'
import { routeTable } from '../http/route-table'
import {
  getNotificationPreferences,
  listNotifications,
  markNotificationsRead,
  setNotificationPreferences,
} from './notifications.service'

const ACCESS = RESOURCE_ACCESS.notifications
const LIST_OPTIONS = {
  sortFields: NOTIFICATION_SORT_FIELDS,
  defaultSort: { field: 'id', order: 'DESC' },
  filterSchema: NotificationFilterSchema,
} as const

/** `/api/notifications`: the signed-in user's notices, their read state and their mail preference. */
export const notificationsRoutes = routeTable('/api/notifications', 'Notifications', [
  {
    method: 'GET',
    path: '/',
    access: ACCESS.read,
    summary: 'List your notices',
    description:
      "The signed-in user's notices, newest first: type, event and the data its sentence is written from. " +
      'Filter `read: false` for the unread ones (their count is the total of `Content-Range`).',
    list: { resource: 'notifications', sortFields: NOTIFICATION_SORT_FIELDS, filter: NotificationFilterSchema },
    ok: { description: 'A page of notices', json: NotificationSchema, array: true, headers: ['Content-Range'] },
    handler: (req, res, { db }) => {
      const query = parseListParams(req.query, LIST_OPTIONS)
      sendList(res, 'notifications', listNotifications(db, actorOf(res), query), query.range)
    },
  },
  {
    method: 'POST',
    path: '/read',
    access: ACCESS.write,
    summary: 'Mark notices read',
    description: '`{ids}` marks those of your notices read (others are ignored), `{all: true}` every one.',
    body: NotificationsReadSchema,
    ok: { description: 'How many of your notices stay unread', json: NotificationsReadResultSchema },
    handler: (req, res, { db, now }) => {
      res.json(markNotificationsRead(db, actorOf(res), NotificationsReadSchema.parse(req.body), now()))
    },
  },
  {
    method: 'GET',
    path: '/preferences',
    access: ACCESS.read,
    summary: 'Your notice preferences',
    description: 'How you get notices by e-mail (`immediate`, `daily` digest or `none`) and in which language.',
    ok: { description: 'The preferences', json: NotificationPreferencesSchema },
    handler: (_req, res, { db }) => {
      res.json(getNotificationPreferences(db, actorOf(res)))
    },
  },
  {
    method: 'PUT',
    path: '/preferences',
    access: ACCESS.write,
    summary: 'Set your notice preferences',
    description: 'The admin app sends its interface language with the choice, so mails come in that language.',
    body: NotificationPreferencesSchema,
    ok: { description: 'The preferences', json: NotificationPreferencesSchema },
    handler: (req, res, { db }) => {
      res.json(setNotificationPreferences(db, actorOf(res), NotificationPreferencesSchema.parse(req.body)))
    },
  },
])
