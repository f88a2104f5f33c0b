import { z } from 'zod'
import { FieldErrorsSchema } from './field-errors'
import { EventSchema } from './events'

/** What publishing still needs (GET /api/events/{id}/publish-check), from checkCompleteness in workflow.ts. */
export const CompletenessSchema = z.object({
  isComplete: z.boolean(),
  /** Field names, e.g. ["city", "institutionIds"]. */
  missing: z.array(z.string()),
  /** Field → what to do, the shape of a 400's `errors`. */
  errors: FieldErrorsSchema,
})
export type Completeness = z.infer<typeof CompletenessSchema>

/**
 * POST /api/events/bulk answers one of these per id, in order: the event after
 * the step, or why it was refused, with the event as it is now (`current`)
 * when the version sent was not.
 */
export const BulkResultSchema = z.union([
  z.object({ id: z.number().int(), status: z.literal(200), event: EventSchema }),
  z.object({ id: z.number().int(), status: z.number().int(), message: z.string(), current: EventSchema.optional() }),
])
export type BulkResult = z.infer<typeof BulkResultSchema>

export const BulkResponseSchema = z.object({ results: z.array(BulkResultSchema) })
export type BulkResponse = z.infer<typeof BulkResponseSchema>
