import { z } from 'zod'
import { isTimeZone } from './time-zones'
import { MAX_WEBHOOK_URL_LENGTH, VALIDATION_MESSAGES } from './validation-messages'

/** A wall-clock time, 24-hour "HH:MM", in the event's time zone. */
export const TimeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: VALIDATION_MESSAGES.timeOfDay.en })
  .meta({ examples: ['09:30'] })

/** An IANA time zone name the runtime knows (docs/contract.md, "Times and meeting links"). */
export const TimeZoneSchema = z
  .string()
  .refine(isTimeZone, { message: VALIDATION_MESSAGES.timeZone.en })
  .meta({ examples: ['America/El_Salvador'] })

// The authority part of a URL holding "user@" or "user:password@".
const HAS_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i

/** A meeting link: https only, so the public page never sends a visitor to a plain-text or script URL. */
export const MeetingUrlSchema = z
  .string()
  .trim()
  .max(MAX_WEBHOOK_URL_LENGTH, { message: VALIDATION_MESSAGES.urlTooLong.en, abort: true })
  .pipe(z.url({ protocol: /^https$/, error: VALIDATION_MESSAGES.httpsUrl.en }))
  .refine((value) => !HAS_CREDENTIALS.test(value), { message: VALIDATION_MESSAGES.urlCredentials.en })
  .meta({ examples: ['https://meet.example.org/rcm-2026'] })

/** The time and meeting-link fields of an event's input (issue 18 §2); every one optional, so old requests keep working. */
export const eventTimesShape = {
  startTime: TimeOfDaySchema.nullable().default(null),
  endTime: TimeOfDaySchema.nullable().default(null),
  timeZone: TimeZoneSchema.nullable().default(null),
  meetingUrl: MeetingUrlSchema.nullable().default(null),
  meetingUrlPublic: z.boolean().default(false),
}

interface EventTimes {
  startDate: string | null
  endDate: string | null
  startTime: string | null
  endTime: string | null
  timeZone: string | null
}

/**
 * The rules between the times and the dates: a time needs a start date and a
 * zone, an end time a start time, and on a one-day event the end time comes
 * after the start time.
 */
export function checkEventTimes(event: EventTimes, ctx: z.RefinementCtx): void {
  if (event.startTime !== null && event.startDate === null)
    ctx.addIssue({ code: 'custom', path: ['startTime'], message: VALIDATION_MESSAGES.timeWithoutDate.en })
  if (event.endTime !== null && event.startTime === null)
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: VALIDATION_MESSAGES.endTimeWithoutStart.en })
  if ((event.startTime !== null || event.endTime !== null) && event.timeZone === null)
    ctx.addIssue({ code: 'custom', path: ['timeZone'], message: VALIDATION_MESSAGES.timeZoneRequired.en })
  const oneDay = event.endDate === null || event.endDate === event.startDate
  if (oneDay && event.startTime !== null && event.endTime !== null && event.endTime <= event.startTime)
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: VALIDATION_MESSAGES.endTimeBeforeStart.en })
}
