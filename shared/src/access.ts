import { ROLES, type Role } from './workflow'

// No zod here, as in workflow.ts: the admin client reads this table on every page.

/** Any session, full or still waiting for its second factor: the second-factor calls (decision 016). */
export const SECOND_FACTOR = 'second-factor'

/** Who may call a route: anyone, any session (SECOND_FACTOR), or a signed-in user with at least this role. */
export type Access = 'public' | typeof SECOND_FACTOR | Role

/** Any signed-in user: the least role there is. */
export const SIGNED_IN: Role = ROLES[0]

/** The least role for each kind of call on one resource; a kind it does not list, nobody may do. */
export interface ResourceAccess {
  /** list, show, export (GET) */
  read?: Role
  /** create, edit (POST, PUT) */
  write?: Role
  /** delete; the write role when not given */
  remove?: Role
  /** The resource's own POSTs (`restore`, `redeliver`, …), by name. Workflow steps take their roles from TRANSITIONS. */
  actions?: Readonly<Record<string, Role>>
}

/**
 * THE role table: per resource, the least role that may read, write, remove
 * or take one of its actions. The server's route tables take their roles from
 * here (docs/adding-a-route.md), and the admin client hides what the server
 * would refuse with the same table, so the two cannot disagree.
 */
export const RESOURCE_ACCESS = {
  events: { read: 'editor', write: 'editor', remove: 'reviewer', actions: { restore: 'editor', schedule: 'reviewer' } },
  venues: { read: 'editor', write: 'editor' },
  institutions: { read: 'editor', write: 'editor' },
  users: { read: 'admin', write: 'admin', actions: { 'reset-mfa': 'admin', 'end-sessions': 'admin' } },
  // The calendar's light projection of events (GET /api/calendar-events): read like events.
  'calendar-events': { read: 'editor' },
  revisions: { read: 'editor' },
  schedules: { read: 'editor' },
  dashboard: { read: 'editor' },
  'audit-log': { read: 'admin' },
  webhooks: { read: 'admin', write: 'admin', actions: { 'rotate-secret': 'admin', test: 'admin' } },
  'webhook-deliveries': { read: 'admin', actions: { redeliver: 'admin' } },
  // Importing published events needs a reviewer; the import service checks the status asked for (403).
  import: { write: 'editor' },
  // Each user reads and marks only their own notices and sets only their own preferences.
  notifications: { read: SIGNED_IN, write: SIGNED_IN },
  // Documents and images (issue 18 §1): staff upload and download; the public reads published ones without a session.
  files: { read: 'editor', write: 'editor' },
  // presidencies, types, countries and networks (issue 18 §3): every staff member reads, reviewers keep the lists
  presidencies: { read: 'editor', write: 'reviewer' },
  'event-types': { read: 'editor', write: 'reviewer' },
  networks: { read: 'editor', write: 'reviewer' },
  countries: { read: 'editor' },
  // Each user reads and keeps only their own list preferences (issue 17 §6).
  preferences: { read: SIGNED_IN, write: SIGNED_IN },
} as const satisfies Record<string, ResourceAccess>

export type ResourceName = keyof typeof RESOURCE_ACCESS

const BY_NAME: ReadonlyMap<string, ResourceAccess> = new Map(Object.entries(RESOURCE_ACCESS))

/** The row of RESOURCE_ACCESS for `name`, if there is one. */
export const resourceAccess = (name: string): ResourceAccess | undefined => BY_NAME.get(name)

const READ_ACTIONS: ReadonlySet<string> = new Set(['list', 'show', 'read', 'export'])

/**
 * The least role for `action` on a resource: react-admin's actions (list,
 * show, export read; delete removes; create, edit and any other write),
 * or one of the resource's own `actions`. Undefined when nobody may.
 */
export function leastRole(access: ResourceAccess, action: string): Role | undefined {
  if (READ_ACTIONS.has(action)) return access.read
  if (access.actions !== undefined && Object.hasOwn(access.actions, action)) return access.actions[action]
  if (action === 'delete') return access.remove ?? access.write
  return access.write
}
