import { localize, objectivesToText, type Language, type PublicEventData } from '@rcm/shared'
import { htmlToText } from '../db/text'
import type { PublicCopy } from './public-copies.repository'
import type { FeedFormat } from './feed-response'
import { escapeIcsText, foldIcsLine, icsDate, icsDateTime, icsParam } from './ics-text'
import { icsTimeZone, type ZoneSpan } from './ics-time-zones'
import { publicEventUrl, publicFileUrl } from './public-events'

const CALENDAR_NAME: Record<Language, string> = { en: 'RCM events calendar', es: 'Calendario de eventos de la CRM' }
const VIRTUAL: Record<Language, string> = { en: 'Virtual', es: 'Virtual' }

function location(event: PublicEventData, lang: Language): string {
  if (event.venue)
    return [localize(event.venue.name, lang), event.venue.city || event.city].filter((part) => part).join(', ')
  if (event.modality === 'virtual') return VIRTUAL[lang]
  return event.city
}

const MEETING_LINK: Record<Language, string> = { en: 'Meeting link', es: 'Enlace de la reunión' }

function description(event: PublicEventData, lang: Language): string {
  const text = htmlToText(localize(event.description, lang))
  const objectives = objectivesToText(event.objectives, lang)
  const link = event.meetingUrl ? `${MEETING_LINK[lang]}: ${event.meetingUrl}` : ''
  return [text, objectives, link].filter((part) => part !== '').join('\n\n')
}

/** `YYYY-MM-DD` and `HH:MM` as an iCalendar local DATE-TIME, `days` later. */
const localDateTime = (date: string, time: string, days = 0) => `${icsDate(date, days)}T${time.replace(':', '')}00`

/**
 * DTSTART and DTEND: whole days (DATE, the end exclusive) for an all-day
 * event; for a timed one, wall-clock times with the zone's TZID, whose
 * VTIMEZONE the calendar carries. Without an end time, a one-day event is an
 * instant (RFC 5545 §3.6.1) and a longer one lasts to the end of its last day.
 */
function when(event: PublicEventData, start: string): string[] {
  if (event.startTime === null || event.timeZone === null)
    return [`DTSTART;VALUE=DATE:${icsDate(start)}`, `DTEND;VALUE=DATE:${icsDate(event.endDate ?? start, 1)}`]
  const tzid = `TZID=${icsParam(event.timeZone)}`
  const lines = [`DTSTART;${tzid}:${localDateTime(start, event.startTime)}`]
  const last = event.endDate ?? start
  if (event.endTime !== null) lines.push(`DTEND;${tzid}:${localDateTime(last, event.endTime)}`)
  else if (last !== start) lines.push(`DTEND;${tzid}:${localDateTime(last, '00:00', 1)}`)
  return lines
}

/** The VEVENT of one dated public copy; undated ones are never passed here (the query leaves them out). */
export function icsEvent(
  { data: event, sequence }: PublicCopy,
  options: { host: string; siteUrl: string; lang: Language },
): string {
  const { lang } = options
  const start = event.startDate ?? ''
  const published = icsDateTime(event.publishedAt)
  const lines = [
    'BEGIN:VEVENT',
    `UID:event-${event.id}@${options.host}`,
    `DTSTAMP:${published}`,
    ...when(event, start),
    `SUMMARY:${escapeIcsText(localize(event.title, lang))}`,
  ]
  const text = description(event, lang)
  if (text !== '') lines.push(`DESCRIPTION:${escapeIcsText(text)}`)
  const where = location(event, lang)
  if (where !== '') lines.push(`LOCATION:${escapeIcsText(where)}`)
  const organizer = event.contactEmails[0]
  if (organizer !== undefined) {
    const name = event.institutions[0] ? localize(event.institutions[0].name, lang) : ''
    lines.push(`ORGANIZER${name ? `;CN=${icsParam(name)}` : ''}:mailto:${organizer}`)
  }
  for (const contact of [...event.contactEmails, ...event.contactPhones])
    lines.push(`CONTACT:${escapeIcsText(contact)}`)
  // documents (issue 18 §1): each a link the calendar app can open
  for (const document of event.documents)
    lines.push(`ATTACH;FMTTYPE=${document.mediaType}:${publicFileUrl(document, options.siteUrl)}`)
  // The event's type (issue 18 §3), which calendar apps show and filter on.
  if (event.type) lines.push(`CATEGORIES:${escapeIcsText(localize(event.type, lang))}`)
  lines.push(
    `URL;VALUE=URI:${publicEventUrl(event.id, options.siteUrl, lang)}`,
    `SEQUENCE:${Math.max(0, sequence - 1)}`,
    `LAST-MODIFIED:${published}`,
    'END:VEVENT',
  )
  return lines.map(foldIcsLine).join('')
}

/**
 * The iCalendar feed (RFC 5545): one VCALENDAR, a VTIMEZONE per zone of
 * `zones` (those the timed events use), a VEVENT per dated event, in one
 * language (default en).
 */
export function icsFormat(
  siteUrl: string,
  lang: Language = 'en',
  zones: readonly ZoneSpan[] = [],
): FeedFormat<PublicCopy> {
  const host = new URL(siteUrl).hostname
  const head = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Regional Conference on Migration//Events calendar//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(CALENDAR_NAME[lang])}`,
  ]
  return {
    head: head.map(foldIcsLine).join('') + zones.map(icsTimeZone).join(''),
    row: (row) => icsEvent(row, { host, siteUrl, lang }),
    tail: foldIcsLine('END:VCALENDAR'),
  }
}
