import {
  canTakeStep,
  canTransition,
  hasRole,
  WORKFLOW_STEPS,
  type Role,
  type WorkflowState,
  type WorkflowStep,
} from '@rcm/shared'

type Rule = { read: Role; write: Role; remove?: Role } | { read: Role; readOnly: true }

/**
 * Who may do what, per resource: the least role, as the server's route table
 * (server/src/http/route-rules.ts) has it. The server stays the authority;
 * this only hides what would be refused.
 */
const RESOURCES: Record<string, Rule> = {
  events: { read: 'editor', write: 'editor', remove: 'reviewer' },
  venues: { read: 'editor', write: 'editor' },
  institutions: { read: 'editor', write: 'editor' },
  users: { read: 'admin', write: 'admin' },
  revisions: { read: 'editor', readOnly: true },
  schedules: { read: 'editor', readOnly: true },
  'audit-log': { read: 'admin', readOnly: true },
  webhooks: { read: 'admin', write: 'admin' },
  'webhook-deliveries': { read: 'admin', readOnly: true },
}

const READ_ACTIONS = new Set(['list', 'show', 'read', 'export'])
const isStep = (action: string): action is WorkflowStep => (WORKFLOW_STEPS as readonly string[]).includes(action)

function isWorkflowState(record: unknown): record is WorkflowState {
  return typeof record === 'object' && record !== null && 'status' in record && typeof record.status === 'string'
}

export interface AccessRequest {
  resource: string
  action: string
  record?: unknown
}

/**
 * Whether `role` may take `action` on `resource`: react-admin's actions
 * (list, show, create, edit, delete, export, the `resource.field` ones), and
 * on events the workflow steps, which with a `record` also check its state.
 */
export function canRoleAccess(role: Role | undefined, { resource, action, record }: AccessRequest): boolean {
  if (!role) return false
  const [resourceName = resource] = resource.split('.')
  const rule = RESOURCES[resourceName]
  if (!rule) return false
  if (!hasRole(role, rule.read)) return false
  if (resourceName === 'events' && isStep(action)) {
    return canTakeStep(role, action) && (!isWorkflowState(record) || canTransition(record, action))
  }
  if (resourceName === 'events' && action === 'restore') return true
  if (READ_ACTIONS.has(action)) return true
  if ('readOnly' in rule) return false
  if (action === 'delete') return hasRole(role, rule.remove ?? rule.write)
  return hasRole(role, rule.write)
}

/** The steps `role` can take on the event now, in the workflow table's order. */
export function allowedSteps(role: Role | undefined, state: WorkflowState): WorkflowStep[] {
  return WORKFLOW_STEPS.filter((step) => canRoleAccess(role, { resource: 'events', action: step, record: state }))
}
