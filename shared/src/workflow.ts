import type { EventStatus } from './event-values'
import type { Event } from './events'
import { VALIDATION_MESSAGES } from './validation-messages'

// No zod here: the admin client checks access with this table on every page, and a module that builds schemas brings all of zod into its initial bundle.

/** editor < reviewer < admin (docs/contract.md, "Sign-in and roles"). */
export const ROLES = ['editor', 'reviewer', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** True for one of the roles. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/** True when `role` may do what `minimum` may. */
export function hasRole(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum)
}

/** The workflow steps, named as their paths: POST /api/events/{id}/{step} (docs/contract.md, "Workflow"). */
export const WORKFLOW_STEPS = ['submit', 'request-changes', 'publish', 'unpublish', 'archive'] as const
export type WorkflowStep = (typeof WORKFLOW_STEPS)[number]

/** What a step looks at: the working copy's status, and whether a public copy exists and differs. */
export interface WorkflowState {
  status: EventStatus
  hasUnpublishedChanges: boolean
  /** null when nothing is public */
  publishedAt: string | null
}

interface Transition {
  /** The least role that may take the step. */
  role: Role
  /** Whether the step may be taken from this state. */
  from: (state: WorkflowState) => boolean
  to: EventStatus
  /** The step needs a comment (400 without). */
  needsComment: boolean
}

/**
 * The workflow table, used by the server (403 / 409) and by the client to
 * show only the buttons that can work.
 */
export const TRANSITIONS: Record<WorkflowStep, Transition> = {
  submit: {
    role: 'editor',
    from: (s) => s.status === 'draft' || (s.status === 'published' && s.hasUnpublishedChanges),
    to: 'in_review',
    needsComment: false,
  },
  'request-changes': { role: 'reviewer', from: (s) => s.status === 'in_review', to: 'draft', needsComment: true },
  publish: {
    role: 'reviewer',
    from: (s) =>
      s.status === 'in_review' || s.status === 'draft' || (s.status === 'published' && s.hasUnpublishedChanges),
    to: 'published',
    needsComment: false,
  },
  // A public copy can outlive a "request changes" on an edit of a published event; it can be withdrawn then too.
  unpublish: {
    role: 'reviewer',
    from: (s) => s.status === 'published' || s.publishedAt !== null,
    to: 'draft',
    needsComment: false,
  },
  archive: { role: 'reviewer', from: (s) => s.status !== 'archived', to: 'archived', needsComment: false },
}

/** Whether `role` may take `step` at all (the 403 check). */
export function canTakeStep(role: Role, step: WorkflowStep): boolean {
  return hasRole(role, TRANSITIONS[step].role)
}

/** Whether the state allows `step` (the 409 check). */
export function canTransition(state: WorkflowState, step: WorkflowStep): boolean {
  return TRANSITIONS[step].from(state)
}

/** POST /api/events/bulk answers one of these per id, in order: the event after the step, or why it was refused. */
export type BulkResult = { id: number; status: 200; event: Event } | { id: number; status: number; message: string }

/** What publishing needs (docs/contract.md, "Workflow"): each missing field with a message. */
export interface CompletenessInput {
  title: { en: string; es: string }
  city: string
  modality: string
  institutionIds: readonly number[]
  contactEmails: readonly string[]
}

export interface Completeness {
  isComplete: boolean
  /** field names, e.g. ["city", "institutionIds"] */
  missing: string[]
  /** field → what to do, the shape of the 400 `errors` */
  errors: Record<string, string>
}

/** The checklist shown on the edit page and enforced by publish (409 with `missing`). */
export function checkCompleteness(event: CompletenessInput): Completeness {
  const errors: Record<string, string> = {}
  if (event.title.en.trim() === '' && event.title.es.trim() === '') errors.title = VALIDATION_MESSAGES.giveTitle.en
  if (event.city.trim() === '' && event.modality !== 'virtual') errors.city = VALIDATION_MESSAGES.giveCity.en
  if (event.institutionIds.length === 0) errors.institutionIds = VALIDATION_MESSAGES.addInstitution.en
  if (event.contactEmails.length === 0) errors.contactEmails = VALIDATION_MESSAGES.addContactEmail.en
  const missing = Object.keys(errors)
  return { isComplete: missing.length === 0, missing, errors }
}
