import type { Language } from './languages'

// en-GB to match joinNames: the RCM's English texts write "3 June 2025".
const INTL_LOCALES: Record<Language, string> = { en: 'en-GB', es: 'es' }

function utcDate(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number)
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1))
}

// Building a formatter costs far more than using one (about 1 ms against a few µs): a page of events reuses them.
const formats = new Map<string, Intl.DateTimeFormat>()

function dateFormat(language: Language, dateStyle: 'long' | 'medium'): Intl.DateTimeFormat {
  const key = `${language} ${dateStyle}`
  let format = formats.get(key)
  if (!format) {
    // The dates are calendar days, not instants: format them in UTC, where they were built.
    format = new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle, timeZone: 'UTC' })
    formats.set(key, format)
  }
  return format
}

const DAY_MS = 86_400_000

/** The calendar day `days` after `isoDate` (before, when negative), both `YYYY-MM-DD`. */
export function addDays(isoDate: string, days: number): string {
  return new Date(utcDate(isoDate).getTime() + days * DAY_MS).toISOString().slice(0, 10)
}

/** How many days `to` is after `from` (negative when before), both `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDate(to).getTime() - utcDate(from).getTime()) / DAY_MS)
}

/**
 * The days of an event as one phrase in `language`, e.g. "3–5 June 2025" or
 * "3 de junio de 2025"; null when the event has no start date yet.
 */
export function formatDateRange(
  startDate: string | null,
  endDate: string | null,
  language: Language,
  dateStyle: 'long' | 'medium' = 'long',
): string | null {
  if (startDate === null) return null
  const format = dateFormat(language, dateStyle)
  if (endDate === null || endDate === startDate) return format.format(utcDate(startDate))
  return format.formatRange(utcDate(startDate), utcDate(endDate))
}
