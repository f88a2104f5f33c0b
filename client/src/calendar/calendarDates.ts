import { addDays, daysBetween, type Event } from '@rcm/shared'

/** The calendar's end of an all-day event: the day after its last day (FullCalendar's end is exclusive). */
export function exclusiveEnd(event: Pick<Event, 'startDate' | 'endDate'>): string | undefined {
  const last = event.endDate ?? event.startDate
  return last === null ? undefined : addDays(last, 1)
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
  const shift = daysBetween(event.startDate, newStart)
  return { startDate: newStart, endDate: event.endDate === null ? null : addDays(event.endDate, shift) }
}
