import { z } from 'zod'
import { LANGUAGES } from './languages'
import { baseFilterShape } from './list-query'
import { LocalizedTextSchema } from './primitives'

/**
 * What a notice tells its reader: an event submitted for review (reviewers
 * and admins), changes requested on or publication of their event (its
 * creator and last editor), a scheduled step done or failed (who set the
 * schedule). The sentence is built from the type and data when it is read,
 * in the reader's language.
 */
export const NOTIFICATION_TYPES = [
  'submitted',
  'changes-requested',
  'published',
  'scheduled-done',
  'scheduled-failed',
] as const
export const NotificationTypeSchema = z.enum(NOTIFICATION_TYPES)
export type NotificationType = z.infer<typeof NotificationTypeSchema>

/** What the notice's sentence needs, as stored with it. */
export const NotificationDataSchema = z.object({
  eventTitle: LocalizedTextSchema,
  /** Who took the step; null for the scheduler. */
  actorName: z.string().nullable(),
  /** The step a schedule took or failed to take. */
  step: z.enum(['publish', 'unpublish']).nullable(),
  /** The reviewer's comment, or why a scheduled step failed. */
  comment: z.string().nullable(),
})
export type NotificationData = z.infer<typeof NotificationDataSchema>

export const NotificationSchema = z.object({
  id: z.number().int().positive(),
  type: NotificationTypeSchema,
  eventId: z.number().int().positive(),
  ...NotificationDataSchema.shape,
  createdAt: z.string(),
  read: z.boolean(),
})
export type Notification = z.infer<typeof NotificationSchema>

export const NOTIFICATION_SORT_FIELDS = ['id', 'createdAt'] as const
export const NotificationFilterSchema = z.strictObject({ ...baseFilterShape, read: z.boolean().optional() })
export type NotificationFilter = z.infer<typeof NotificationFilterSchema>

/** POST /api/notifications/read: these notices, or all of the user's, are read. */
export const NotificationsReadSchema = z.union([
  z.strictObject({ ids: z.array(z.number().int().positive()).min(1).max(1000) }),
  z.strictObject({ all: z.literal(true) }),
])
export type NotificationsRead = z.infer<typeof NotificationsReadSchema>
export const NotificationsReadResultSchema = z.object({ unread: z.number().int().nonnegative() })

/** How a user hears of their notices by e-mail: each at once, one mail a day, or not at all. */
export const EMAIL_NOTICE_CHOICES = ['immediate', 'daily', 'none'] as const
export const NotificationPreferencesSchema = z.strictObject({
  email: z.enum(EMAIL_NOTICE_CHOICES),
  /** The interface language: the language of the user's mails. */
  language: z.enum(LANGUAGES),
})
export type NotificationPreferences = z.infer<typeof NotificationPreferencesSchema>
