import { zonedInstant, zoneOffsetMinutes, type Language } from '@rcm/shared'

interface TimedEvent {
  startDate: string | null
  endDate: string | null
  startTime: string | null
  endTime: string | null
  timeZone: string | null
}

/** What an event's times say: in its own zone, and in the reader's when that differs. */
export interface EventTimeText {
  /** "10:00–12:30 America/El_Salvador" */
  inZone: string
  /** "11:00–13:30", with the day when it is another one; null when the reader's zone shows the same times. */
  local: { start: string; end: string | null; startDay: string | null } | null
}

const LOCALES: Record<Language, string> = { en: 'en-GB', es: 'es' }
const formats = new Map<string, Intl.DateTimeFormat>()

function format(language: Language, timeZone: string, part: 'time' | 'day' | 'date'): Intl.DateTimeFormat {
  const key = `${language} ${timeZone} ${part}`
  let found = formats.get(key)
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      part === 'time'
        ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
        : part === 'day'
          ? { day: 'numeric', month: 'short' }
          : { year: 'numeric', month: '2-digit', day: '2-digit' }
    found = new Intl.DateTimeFormat(part === 'date' ? 'en-CA' : LOCALES[language], { ...options, timeZone })
    formats.set(key, found)
  }
  return found
}

/** The zone the reader's browser is in. */
export const readerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone

/**
 * The event's times as the admin shows them: in the event's zone, and in
 * `readerZone` beside them when a clock there reads otherwise at that instant.
 * Null for an all-day event.
 */
export function eventTimeText(event: TimedEvent, language: Language, readerZone: string): EventTimeText | null {
  const { startDate, startTime, endTime, timeZone } = event
  if (startDate === null || startTime === null || timeZone === null) return null
  const inZone = `${endTime === null ? startTime : `${startTime}–${endTime}`} ${timeZone}`
  const start = zonedInstant(startDate, startTime, timeZone)
  if (zoneOffsetMinutes(readerZone, start) === zoneOffsetMinutes(timeZone, start)) return { inZone, local: null }
  const time = format(language, readerZone, 'time')
  const end = endTime === null ? null : time.format(zonedInstant(event.endDate ?? startDate, endTime, timeZone))
  const startDay =
    format(language, readerZone, 'date').format(start) === startDate
      ? null
      : format(language, readerZone, 'day').format(start)
  return { inZone, local: { start: time.format(start), end, startDay } }
}
