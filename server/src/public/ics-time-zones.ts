import { zoneOffsetMinutes } from '@rcm/shared'
import type { Db } from '../db/connection'
import { statement } from '../db/statements'
import { foldIcsLine, icsParam } from './ics-text'

/** A zone the feed's timed events use, and the first and last of their days. */
export interface ZoneSpan {
  timeZone: string
  firstDate: string
  lastDate: string
}

/** Every zone of the timed public copies with the span of their days, read from a partial index (migration 0016). */
export function publicZoneSpans(db: Db): ZoneSpan[] {
  return statement<ZoneSpan>(
    db,
    `SELECT time_zone AS timeZone, min(start_date) AS firstDate, max(coalesce(end_date, start_date)) AS lastDate
       FROM event_public_copies WHERE time_zone IS NOT NULL AND start_date IS NOT NULL GROUP BY time_zone`,
  ).all()
}

// Intl's data is reliable from the epoch on, and a calendar needs no rules past this; events outside fall in the edge observances.
const FIRST_YEAR = 1970
const LAST_YEAR = 2100
// No zone has changed its offset twice within a week since 1970, and a step of a week reads a century in 30 ms.
const STEP = 7 * 86_400_000
const MINUTE = 60_000

/** `-0500` for -300 minutes (RFC 5545 §3.3.14 UTC-OFFSET). */
function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`
}

/** The wall-clock time of `instant` at `offset` minutes, as an iCalendar local DATE-TIME (`20260308T020000`). */
const localDateTime = (instant: number, offset: number) =>
  new Date(instant + offset * MINUTE)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, '')

interface Transition {
  at: number
  from: number
  to: number
}

/** The first minute at which the zone's offset is no longer `from`, between `low` (still `from`) and `high`. */
function changeBetween(timeZone: string, low: number, high: number, from: number): number {
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE
    if (zoneOffsetMinutes(timeZone, middle) === from) low = middle
    else high = middle
  }
  return high
}

/**
 * The zone's offset changes from 1 January of `fromYear` to the end of
 * `toYear`, found by reading its offset each week from Intl's time zone data
 * (the runtime's tzdata) and narrowing each change to the minute.
 */
function transitions(timeZone: string, fromYear: number, toYear: number): { initial: number; changes: Transition[] } {
  const start = Date.UTC(fromYear, 0, 1)
  const end = Date.UTC(toYear + 1, 0, 1)
  const initial = zoneOffsetMinutes(timeZone, start)
  const changes: Transition[] = []
  let offset = initial
  for (let time = start + STEP; time < end + STEP; time += STEP) {
    const next = zoneOffsetMinutes(timeZone, time)
    if (next === offset) continue
    changes.push({ at: changeBetween(timeZone, time - STEP, time, offset), from: offset, to: next })
    offset = next
  }
  return { initial, changes }
}

const observance = (kind: 'STANDARD' | 'DAYLIGHT', start: string, from: number, to: number) => [
  `BEGIN:${kind}`,
  `DTSTART:${start}`,
  `TZOFFSETFROM:${utcOffset(from)}`,
  `TZOFFSETTO:${utcOffset(to)}`,
  `END:${kind}`,
]

const MAX_CACHED = 200
const cache = new Map<string, string>()

/**
 * A VTIMEZONE (RFC 5545 §3.6.5) for `span`'s zone with each of its offset
 * changes over the years of its events, written out one observance per change
 * rather than as today's RRULE: a zone's rules change (Mexico City kept no
 * daylight time after October 2022), and a calendar app reads an event of an
 * earlier year with the rule that held then. Folded and CRLF-terminated.
 */
export function icsTimeZone(span: ZoneSpan): string {
  const clamp = (year: number) => Math.min(LAST_YEAR, Math.max(FIRST_YEAR, year))
  const fromYear = clamp(Number(span.firstDate.slice(0, 4)))
  const toYear = clamp(Number(span.lastDate.slice(0, 4)))
  const key = `${span.timeZone} ${fromYear} ${toYear}`
  let text = cache.get(key)
  if (text === undefined) {
    const { initial, changes } = transitions(span.timeZone, fromYear, toYear)
    const lines = [
      'BEGIN:VTIMEZONE',
      `TZID:${icsParam(span.timeZone)}`,
      ...observance('STANDARD', localDateTime(Date.UTC(fromYear, 0, 1), initial), initial, initial),
      ...changes.flatMap((change) =>
        observance(
          change.to > change.from ? 'DAYLIGHT' : 'STANDARD',
          localDateTime(change.at, change.from),
          change.from,
          change.to,
        ),
      ),
      'END:VTIMEZONE',
    ]
    text = lines.map(foldIcsLine).join('')
    if (cache.size >= MAX_CACHED) cache.clear()
    cache.set(key, text)
  }
  return text
}
