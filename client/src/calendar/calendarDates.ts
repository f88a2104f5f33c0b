import type { Event } from '@rcm/shared'

const DAY_MS = 86_400_000
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const msOf = (day: string) => Date.parse(`${day}T00:00:00Z`)

/** The calendar's end of an all-day event: the day after its last day (FullCalendar's end is exclusive). */
export function exclusiveEnd(event: Pick<Event, 'startDate' | 'endDate'>): string | undefined {
  const last = event.endDate ?? event.startDate
  return last === null ? undefined : toDay(msOf(last) + DAY_MS)
}

/**
 * The event's dates moved so that it starts on `newStart`, keeping its length:
 * what dragging it to another day means.
 */
export function movedDates(
  event: Pick<Event, 'startDate' | 'endDate'>,
  newStart: string,
): { startDate: string; endDate: string | null } {
  if (event.startDate === null) return { startDate: newStart, endDate: null }
  const shift = msOf(newStart) - msOf(event.startDate)
  return { startDate: newStart, endDate: event.endDate === null ? null : toDay(msOf(event.endDate) + shift) }
}
