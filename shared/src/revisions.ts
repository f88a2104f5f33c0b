import { z } from 'zod'
import { EventSchema } from './events'
import { IdSchema } from './primitives'
import { baseFilterShape } from './list-query'

/** What a revision records: a save, a workflow step, or one of these. */
export const REVISION_ACTIONS = [
  'create',
  'update',
  'submit',
  'request-changes',
  'publish',
  'unpublish',
  'archive',
  'restore',
  'delete',
] as const
export const RevisionActionSchema = z.enum(REVISION_ACTIONS)
export type RevisionAction = z.infer<typeof RevisionActionSchema>

/** A snapshot of an event: `data` is the whole record as it was after `action`. */
export const RevisionSchema = z.object({
  id: z.number().int().positive(),
  eventId: z.number().int().positive(),
  version: z.number().int().positive(),
  action: RevisionActionSchema,
  userId: z.number().int().nullable(),
  /** The full name of `userId` now; null for the system (scheduled steps, imports). */
  userName: z.string().nullable(),
  createdAt: z.string(),
  comment: z.string().nullable(),
  data: EventSchema,
})
export type Revision = z.infer<typeof RevisionSchema>

export const REVISION_SORT_FIELDS = ['id', 'createdAt', 'version'] as const
export const RevisionFilterSchema = z.strictObject({
  ...baseFilterShape,
  eventId: z.union([IdSchema, z.array(IdSchema)]).optional(),
  action: z.union([RevisionActionSchema, z.array(RevisionActionSchema)]).optional(),
  userId: IdSchema.optional(),
})
export type RevisionFilter = z.infer<typeof RevisionFilterSchema>

/** POST /api/events/{id}/restore */
export const RestoreInputSchema = z.strictObject({
  revisionId: IdSchema,
  version: z.number().int().positive().optional(),
})
