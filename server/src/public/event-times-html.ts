import { zonedInstant, zoneOffsetMinutes, type Language, type PublicEventData } from '@rcm/shared'
import { html, type SafeHtml } from './html'

const TEXTS: Record<Language, { time: string; meeting: string }> = {
  en: { time: 'Time', meeting: 'Meeting link' },
  es: { time: 'Hora', meeting: 'Enlace de la reunión' },
}

/** "-06:00" for -360 minutes, as HTML's global date and time strings and "UTC−06:00" write it. */
function offsetText(minutes: number): string {
  const abs = Math.abs(minutes)
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/**
 * The public page's time and meeting-link lines of one event (issue 18 §2):
 * the times as the event's own clock reads them, with its zone and UTC offset
 * ("10:00–12:30 (America/El_Salvador, UTC-06:00)"), and the link when the
 * public copy has one. Nothing for an all-day event without a link.
 */
export function eventTimeFields(event: PublicEventData, lang: Language): SafeHtml | null {
  const text = TEXTS[lang]
  const parts: SafeHtml[] = []
  const { startDate, startTime, endTime, timeZone } = event
  if (startDate !== null && startTime !== null && timeZone !== null) {
    const offset = offsetText(zoneOffsetMinutes(timeZone, zonedInstant(startDate, startTime, timeZone)))
    const end = endTime === null ? '' : `–${endTime}`
    parts.push(
      html`<dt>${text.time}</dt><dd><time datetime="${startDate}T${startTime}${offset}">${startTime}</time>${end} (${timeZone}, UTC${offset})</dd>`,
    )
  }
  if (event.meetingUrl !== null)
    parts.push(
      html`<dt>${text.meeting}</dt><dd><a href="${event.meetingUrl}" rel="noopener">${event.meetingUrl}</a></dd>`,
    )
  return parts.length === 0 ? null : html`${parts}`
}
