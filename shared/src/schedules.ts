import { z } from 'zod'
import { VALIDATION_MESSAGES } from './validation-messages'
import { StepVersionSchema } from './workflow-requests'
import { WORKFLOW_STEPS } from './workflow'

/**
 * POST /api/events/{id}/schedule: ISO 8601 times; null (or left out) clears
 * that step. `version` is the event's version the reviewer saw: the publish
 * releases that version and no other (decision 013).
 */
export const ScheduleInputSchema = z
  .strictObject({
    version: StepVersionSchema.optional(),
    publishAt: z.iso.datetime({ offset: true }).nullable().optional(),
    unpublishAt: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .refine((s) => !s.publishAt || !s.unpublishAt || Date.parse(s.unpublishAt) > Date.parse(s.publishAt), {
    message: VALIDATION_MESSAGES.unpublishAfterPublish.en,
    path: ['unpublishAt'],
  })
export type ScheduleInput = z.infer<typeof ScheduleInputSchema>

/** The changes that cancel a scheduled publish: any new version of the event, named as its revision's action. */
export const SCHEDULE_CANCEL_REASONS = ['update', 'restore', ...WORKFLOW_STEPS] as const

/** Why a scheduled publish did not happen: kept on the schedule for whoever set it to see. */
export const ScheduleCancellationSchema = z.object({
  /** The publish time that was cancelled. */
  publishAt: z.string(),
  at: z.string(),
  userId: z.number().int().nullable(),
  /** The full name of `userId` now; null for the system. */
  userName: z.string().nullable(),
  reason: z.enum(SCHEDULE_CANCEL_REASONS),
  /** The version the cancelling change made. */
  version: z.number().int().positive(),
})
export type ScheduleCancellation = z.infer<typeof ScheduleCancellationSchema>

export const ScheduleSchema = z.object({
  id: z.number().int().positive(),
  eventId: z.number().int().positive(),
  publishAt: z.string().nullable(),
  unpublishAt: z.string().nullable(),
  /** The event's version the schedule was set on, the only one its publish releases. */
  version: z.number().int().positive(),
  userId: z.number().int().nullable(),
  /** The full name of whoever set it; null for the system. */
  userName: z.string().nullable(),
  updatedAt: z.string(),
  /** Set when a change to the event cancelled the scheduled publish, until the schedule is set or cleared again. */
  cancelled: ScheduleCancellationSchema.nullable(),
})
export type Schedule = z.infer<typeof ScheduleSchema>
