import { z } from 'zod'
import { EventSummarySchema } from './dashboard'

/**
 * An event as the admin's calendar draws it (GET /api/calendar-events): a
 * dashboard line's fields with the times and zone a day cell shows, and the
 * version a drag saves against. A busy month holds hundreds of events; their
 * full records would be most of a megabyte, this a few dozen kilobytes.
 */
export const CalendarEventSchema = EventSummarySchema.omit({ updatedAt: true }).extend({
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  timeZone: z.string().nullable(),
  version: z.number().int(),
})
export type CalendarEvent = z.infer<typeof CalendarEventSchema>
