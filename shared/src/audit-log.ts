import { z } from 'zod'
import { VALIDATION_MESSAGES } from './validation-messages'
import { baseFilterShape } from './list-query'
import { IdSchema } from './primitives'

/** One entry of the audit log; `details` never holds a password or a session token. */
export const AuditEntrySchema = z.object({
  id: z.number().int().positive(),
  createdAt: z.string(),
  userId: z.number().int().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.number().int().nullable(),
  details: z.record(z.string(), z.unknown()),
  hash: z.string(),
})
export type AuditEntry = z.infer<typeof AuditEntrySchema>

export const AUDIT_SORT_FIELDS = ['id', 'createdAt', 'action', 'userId'] as const
const Timestamp = z
  .string()
  .max(64, { message: VALIDATION_MESSAGES.isoTime.en, abort: true })
  .refine((value) => !Number.isNaN(Date.parse(value)), { message: VALIDATION_MESSAGES.isoTime.en })
export const AuditFilterSchema = z.strictObject({
  ...baseFilterShape,
  userId: IdSchema.optional(),
  action: z.union([z.string().max(100), z.array(z.string().max(100))]).optional(),
  targetType: z.string().max(100).optional(),
  targetId: IdSchema.optional(),
  createdAt_gte: Timestamp.optional(),
  createdAt_lte: Timestamp.optional(),
})
export type AuditFilter = z.infer<typeof AuditFilterSchema>
