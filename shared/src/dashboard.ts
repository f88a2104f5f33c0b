import { z } from 'zod'
import { EventStatusSchema } from './events'
import { addDays } from './date-range'
import type { EventFilter } from './list-query'
import { LocalizedTextSchema } from './primitives'

/** An event as a dashboard panel lists it: enough for a line and a link. */
export const EventSummarySchema = z.object({
  id: z.number().int(),
  title: LocalizedTextSchema,
  status: EventStatusSchema,
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  updatedAt: z.string(),
})
export type EventSummary = z.infer<typeof EventSummarySchema>

/** A workflow step or save as the dashboard names it: who, when, and the comment left. */
export const StepNoteSchema = z.object({
  action: z.string(),
  by: z.string().nullable(),
  at: z.string(),
  comment: z.string().nullable(),
})
export type StepNote = z.infer<typeof StepNoteSchema>

const panel = <T extends z.ZodType>(item: T) =>
  z.object({
    /** How many there are in all; `items` holds the first few. */
    total: z.number().int(),
    items: z.array(item),
  })

const NotedEventSchema = z.object({ event: EventSummarySchema, step: StepNoteSchema.nullable() })

/**
 * GET /api/dashboard: what the signed-in user has to do, then what is coming,
 * in one answer. `awaitingReview` is null for those who cannot publish.
 */
export const DashboardSchema = z.object({
  /** The server's date (YYYY-MM-DD), from which "upcoming" counts. */
  today: z.string(),
  /** In review, the longest waiting first, with who submitted and when. */
  awaitingReview: panel(NotedEventSchema).nullable(),
  /** Sent back by a reviewer, with their comment; the oldest first. */
  changesRequested: panel(NotedEventSchema),
  /** Drafts the user created, the last edited first. */
  myDrafts: panel(EventSummarySchema),
  /** Events taking place in the next 60 days (or under way), the soonest first. */
  upcoming: panel(EventSummarySchema),
  /** How many events (not archived) lack each piece; the `missing` and `incompleteLanguage` filters list them. */
  missing: z.object({
    date: z.number().int(),
    contact: z.number().int(),
    venue: z.number().int(),
    en: z.number().int(),
    es: z.number().int(),
  }),
  /** Publications and withdrawals set for a time, the soonest first. */
  scheduled: panel(
    z.object({ event: EventSummarySchema, publishAt: z.string().nullable(), unpublishAt: z.string().nullable() }),
  ),
  /** The last saves and steps of other users, newest first. */
  recentActivity: z.array(z.object({ event: EventSummarySchema, step: StepNoteSchema })),
})
export type Dashboard = z.infer<typeof DashboardSchema>

/** Days ahead that the "upcoming" panel covers. */
export const UPCOMING_DAYS = 60
/** Items per panel. */
export const DASHBOARD_PANEL_SIZE = 5

/** The statuses of events that still need work or are public: every one but archived. */
export const LIVE_STATUSES: EventFilter['status'] = ['draft', 'in_review', 'published']

/** The filter of the events list that the "upcoming" panel counts: under way or starting within UPCOMING_DAYS of `today`. */
export function upcomingFilter(today: string) {
  const horizon = addDays(today, UPCOMING_DAYS)
  return {
    status: LIVE_STATUSES,
    endDate_gte: today,
    startDate_lte: horizon,
  } satisfies EventFilter
}
