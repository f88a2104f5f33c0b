import { localize, objectivesToText, type Language, type PublicEventData } from '@rcm/shared'
import { htmlToText } from '../db/text'
import type { PublicCopy } from './public-copies.repository'
import type { FeedFormat } from './feed-response'
import { escapeIcsText, foldIcsLine, icsDate, icsDateTime, icsParam } from './ics-text'
import { publicEventUrl } from './public-events'

const CALENDAR_NAME: Record<Language, string> = { en: 'RCM events calendar', es: 'Calendario de eventos de la CRM' }
const VIRTUAL: Record<Language, string> = { en: 'Virtual', es: 'Virtual' }

function location(event: PublicEventData, lang: Language): string {
  if (event.venue)
    return [localize(event.venue.name, lang), event.venue.city || event.city].filter((part) => part).join(', ')
  if (event.modality === 'virtual') return VIRTUAL[lang]
  return event.city
}

function description(event: PublicEventData, lang: Language): string {
  const text = htmlToText(localize(event.description, lang))
  const objectives = objectivesToText(event.objectives, lang)
  return [text, objectives].filter((part) => part !== '').join('\n\n')
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
    `DTSTART;VALUE=DATE:${icsDate(start)}`,
    `DTEND;VALUE=DATE:${icsDate(event.endDate ?? start, 1)}`,
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

/** The iCalendar feed (RFC 5545): one VCALENDAR, a VEVENT per dated event, in one language (default en). */
export function icsFormat(siteUrl: string, lang: Language = 'en'): FeedFormat<PublicCopy> {
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
    head: head.map(foldIcsLine).join(''),
    row: (row) => icsEvent(row, { host, siteUrl, lang }),
    tail: foldIcsLine('END:VCALENDAR'),
  }
}
