import { z } from 'zod'
import { VALIDATION_MESSAGES } from './validation-messages'
import { WORKFLOW_STEPS } from './workflow'

/**
 * The version of the event the caller saw (docs/contract.md,
 * "Workflow"): a step on any other version is a 409 with `current`.
 */
export const StepVersionSchema = z.number().int().positive()

/**
 * The last day a workflow step or schedule without `version` is taken, for
 * scripts written before versions (docs/contract.md, "Workflow"):
 * such a call answers with a `Sunset` header naming it.
 */
export const UNVERSIONED_STEPS_UNTIL = '2027-03-31'

/** The body of a workflow step. */
export const WorkflowStepSchema = z.strictObject({
  version: StepVersionSchema.optional(),
  comment: z.string().trim().max(2000).optional(),
})
export type WorkflowStepInput = z.infer<typeof WorkflowStepSchema>

/**
 * POST /api/events/bulk: one step over many events, each checked as if taken
 * alone. `versions[i]` is the version of `ids[i]` the caller saw.
 */
export const BulkStepSchema = z
  .strictObject({
    step: z.enum(WORKFLOW_STEPS),
    ids: z.array(z.number().int().positive()).min(1).max(500),
    versions: z.array(StepVersionSchema).max(500).optional(),
    comment: z.string().trim().max(2000).optional(),
  })
  .refine((bulk) => bulk.versions === undefined || bulk.versions.length === bulk.ids.length, {
    message: VALIDATION_MESSAGES.oneVersionPerId.en,
    path: ['versions'],
  })
export type BulkStep = z.infer<typeof BulkStepSchema>
