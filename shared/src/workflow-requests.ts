import { z } from 'zod'
import { VALIDATION_MESSAGES } from './validation-messages'
import { WORKFLOW_STEPS } from './workflow'

/** The body of a workflow step. */
export const WorkflowStepSchema = z.strictObject({ comment: z.string().trim().max(2000).optional() })

/** POST /api/events/bulk: one step over many events, each checked as if taken alone. */
export const BulkStepSchema = z.strictObject({
  step: z.enum(WORKFLOW_STEPS),
  ids: z.array(z.number().int().positive()).min(1).max(500),
  comment: z.string().trim().max(2000).optional(),
})
export type BulkStep = z.infer<typeof BulkStepSchema>

/** POST /api/events/{id}/schedule: ISO 8601 times; null (or left out) clears that step. */
export const ScheduleInputSchema = z
  .strictObject({
    publishAt: z.iso.datetime({ offset: true }).nullable().optional(),
    unpublishAt: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .refine((s) => !s.publishAt || !s.unpublishAt || Date.parse(s.unpublishAt) > Date.parse(s.publishAt), {
    message: VALIDATION_MESSAGES.unpublishAfterPublish.en,
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
