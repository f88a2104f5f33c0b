import { z } from 'zod'
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
