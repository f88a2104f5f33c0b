import { z } from 'zod'
import { VALIDATION_MESSAGES } from './validation-messages'

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
