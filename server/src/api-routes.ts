import { auditLogRoutes } from './audit-log/audit-log.routes'
import { authRoutes } from './auth/auth.routes'
import { calendarEventsRoutes } from './events/calendar-events.routes'
import { dashboardRoutes } from './dashboard/dashboard.routes'
import { eventsRoutes } from './events/events.routes'
import { filesRoutes } from './files/files.routes'
import type { ApiRoute } from './http/route-table'
import { importRoutes } from './import/import.routes'
import { institutionsRoutes } from './institutions/institutions.routes'
import { notificationsRoutes } from './notifications/notifications.routes'
import { openapiRoutes } from './openapi/openapi.routes'
import { publicRoutes } from './public/public.routes'
import { revisionsRoutes } from './revisions/revisions.routes'
import { schedulesRoutes } from './schedules/schedules.routes'
import { usersRoutes } from './users/users.routes'
import { venuesRoutes } from './venues/venues.routes'
import { webhookDeliveriesRoutes } from './webhooks/webhook-deliveries.routes'
import { webhooksRoutes } from './webhooks/webhooks.routes'
import { presidenciesRoutes } from './presidencies/presidencies.routes'
import { eventTypesRoutes } from './event-types/event-types.routes'
import { networksRoutes } from './networks/networks.routes'
import { countriesRoutes } from './countries/countries.routes'
import { preferencesRoutes } from './preferences/preferences.routes'

/**
 * Every route under /api, each resource's table in turn: the access check,
 * the routers and the OpenAPI document are built from this list
 * (docs/adding-a-route.md). The routers are mounted in this order, and a
 * request passes the mounts before its own: the busiest come first, and the
 * documentation's mount (`/api` itself, which every request would enter) last.
 */
export const API_ROUTES: readonly ApiRoute[] = [
  ...authRoutes,
  ...publicRoutes,
  ...eventsRoutes,
  ...calendarEventsRoutes,
  ...venuesRoutes,
  ...institutionsRoutes,
  ...usersRoutes,
  ...revisionsRoutes,
  ...schedulesRoutes,
  ...dashboardRoutes,
  ...notificationsRoutes,
  ...importRoutes,
  ...auditLogRoutes,
  ...webhooksRoutes,
  ...webhookDeliveriesRoutes,
  ...filesRoutes,
  // issue 18 §3
  ...presidenciesRoutes,
  ...eventTypesRoutes,
  ...networksRoutes,
  ...countriesRoutes,
  // list preferences per user (issue 17 §6)
  ...preferencesRoutes,
  ...openapiRoutes,
]
