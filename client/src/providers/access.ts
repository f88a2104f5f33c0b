import {
  canTakeStep,
  canTransition,
  hasRole,
  leastRole,
  resourceAccess,
  WORKFLOW_STEPS,
  type Role,
  type WorkflowState,
  type WorkflowStep,
} from '@rcm/shared'

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
 * The roles are the server's own (RESOURCE_ACCESS and TRANSITIONS in
 * shared/): the server stays the authority, this only hides what it would refuse.
 */
export function canRoleAccess(role: Role | undefined, { resource, action, record }: AccessRequest): boolean {
  if (!role) return false
  const [resourceName = resource] = resource.split('.')
  const access = resourceAccess(resourceName)
  if (!access) return false
  if (access.read !== undefined && !hasRole(role, access.read)) return false
  if (resourceName === 'events' && isStep(action)) {
    return canTakeStep(role, action) && (!isWorkflowState(record) || canTransition(record, action))
  }
  const least = leastRole(access, action)
  return least !== undefined && hasRole(role, least)
}

/** The steps `role` can take on the event now, in the workflow table's order. */
export function allowedSteps(role: Role | undefined, state: WorkflowState): WorkflowStep[] {
  return WORKFLOW_STEPS.filter((step) => canRoleAccess(role, { resource: 'events', action: step, record: state }))
}
