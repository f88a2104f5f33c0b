import { z } from 'zod'
import { EventStatusSchema } from './events'
import { LocalizedTextSchema } from './primitives'

/**
 * An event as the admin's calendar draws it (GET /api/calendar-events): what
 * a day cell shows and colours, and the version a drag saves against. A busy
 * month holds hundreds of events; their full records would be most of a
 * megabyte, this a few dozen kilobytes.
 */
export const CalendarEventSchema = z.object({
  id: z.number().int(),
  title: LocalizedTextSchema,
  status: EventStatusSchema,
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  timeZone: z.string().nullable(),
  version: z.number().int(),
})
export type CalendarEvent = z.infer<typeof CalendarEventSchema>
