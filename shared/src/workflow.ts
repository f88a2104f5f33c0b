import { z } from 'zod'
import type { Event, EventStatus } from './events'
import { EVENT_STATUSES } from './events'
import type { Role } from './users'

export { EVENT_STATUSES }

/** The workflow steps, named as their paths: POST /api/events/{id}/{step} (CONTRACT, "Workflow"). */
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
    from: (s) => s.status === 'in_review' || s.status === 'draft' || (s.status === 'published' && s.hasUnpublishedChanges),
    to: 'published',
    needsComment: false,
  },
  // A public copy can outlive a "request changes" on an edit of a published event; it can be withdrawn then too.
  unpublish: { role: 'reviewer', from: (s) => s.status === 'published' || s.publishedAt !== null, to: 'draft', needsComment: false },
  archive: { role: 'reviewer', from: (s) => s.status !== 'archived', to: 'archived', needsComment: false },
}

const RANK: Record<Role, number> = { editor: 0, reviewer: 1, admin: 2 }

/** Whether `role` may take `step` at all (the 403 check). */
export function canTakeStep(role: Role, step: WorkflowStep): boolean {
  return RANK[role] >= RANK[TRANSITIONS[step].role]
}

/** Whether the state allows `step` (the 409 check). */
export function canTransition(state: WorkflowState, step: WorkflowStep): boolean {
  return TRANSITIONS[step].from(state)
}

/** The body of a workflow step. */
export const WorkflowStepSchema = z.strictObject({ comment: z.string().trim().max(2000).optional() })

/** POST /api/events/bulk: one step over many events, each checked as if taken alone. */
export const BulkStepSchema = z.strictObject({
  step: z.enum(WORKFLOW_STEPS),
  ids: z.array(z.number().int().positive()).min(1).max(500),
  comment: z.string().trim().max(2000).optional(),
})
export type BulkStep = z.infer<typeof BulkStepSchema>

/** POST /api/events/bulk answers one of these per id, in order: the event after the step, or why it was refused. */
export type BulkResult = { id: number; status: 200; event: Event } | { id: number; status: number; message: string }

/** What publishing needs (CONTRACT, issue "Workflow"): each missing field with a message. */
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
  if (event.title.en.trim() === '' && event.title.es.trim() === '') errors.title = 'Give the event a title'
  if (event.city.trim() === '' && event.modality !== 'virtual') errors.city = 'Give a city, or make the event virtual'
  if (event.institutionIds.length === 0) errors.institutionIds = 'Add at least one coordinating institution'
  if (event.contactEmails.length === 0) errors.contactEmails = 'Add at least one contact email'
  const missing = Object.keys(errors)
  return { isComplete: missing.length === 0, missing, errors }
}

/** POST /api/events/{id}/schedule: ISO 8601 times; null (or left out) clears that step. */
export const ScheduleInputSchema = z
  .strictObject({
    publishAt: z.iso.datetime({ offset: true }).nullable().optional(),
    unpublishAt: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .refine((s) => !s.publishAt || !s.unpublishAt || Date.parse(s.unpublishAt) > Date.parse(s.publishAt), {
    message: 'Unpublish after publishing',
    path: ['unpublishAt'],
  })
export type ScheduleInput = z.infer<typeof ScheduleInputSchema>

export const ScheduleSchema = z.object({
  id: z.number().int().positive(),
  eventId: z.number().int().positive(),
  publishAt: z.string().nullable(),
  unpublishAt: z.string().nullable(),
  userId: z.number().int().nullable(),
  updatedAt: z.string(),
})
export type Schedule = z.infer<typeof ScheduleSchema>
