import { DashboardSchema, RESOURCE_ACCESS } from '@rcm/shared'
import { actorOf } from '../http/access'
import { routeTable } from '../http/route-table'
import { buildDashboard } from './dashboard.service'

/** `/api/dashboard`: the admin app's home page in one call. */
export const dashboardRoutes = routeTable('/api/dashboard', 'Dashboard', [
  {
    method: 'GET',
    path: '/',
    access: RESOURCE_ACCESS.dashboard.read,
    summary: "The signed-in user's day",
    description:
      'Events awaiting their review (reviewers), sent back with a comment, their own drafts, the next 60 days, ' +
      'counts of events missing a date, a contact, a venue or a language, scheduled publications, ' +
      "and other users' recent saves and steps. Each panel matches a filter of GET /api/events.",
    ok: { description: 'The panels', json: DashboardSchema },
    handler: (_req, res, { db, now }) => {
      res.json(buildDashboard(db, actorOf(res), now()))
    },
  },
])
