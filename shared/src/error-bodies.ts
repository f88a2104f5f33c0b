import { z } from 'zod'
import { FieldErrorsSchema } from './field-errors'
import { EventSchema } from './events'
import { CompletenessSchema } from './workflow-results'

/** Every error body (docs/contract.md, "Errors"). */
export const ErrorBodySchema = z.object({ message: z.string() })
export type ErrorBody = z.infer<typeof ErrorBodySchema>

/** A 400: `errors` has one message per bad field, at its dotted path. */
export const ValidationErrorBodySchema = z.object({
  message: z.string(),
  errors: FieldErrorsSchema.meta({ examples: [{ 'objectives.0.items.2.text.en': 'Fill in at least one language' }] }),
})
export type ValidationErrorBody = z.infer<typeof ValidationErrorBodySchema>

/** A 409 from publish: the state forbids it, or (with `missing` and `errors`) the event is not complete enough to be public. */
export const PublishConflictBodySchema = z.object({
  message: z.string(),
  missing: CompletenessSchema.shape.missing.optional(),
  errors: CompletenessSchema.shape.errors.optional(),
})
export type PublishConflictBody = z.infer<typeof PublishConflictBodySchema>

/** A 409 for a stale `version`: `current` is the event as it is now, for the form to show beside the edit. */
export const VersionConflictBodySchema = z.object({ message: z.string(), current: EventSchema })
export type VersionConflictBody = z.infer<typeof VersionConflictBodySchema>
