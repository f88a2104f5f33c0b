import type { Language } from './primitives'

// en-GB to match joinNames: the RCM's English texts write "3 June 2025".
const INTL_LOCALES: Record<Language, string> = { en: 'en-GB', es: 'es' }

function utcDate(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number)
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1))
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
  // The dates are calendar days, not instants: format them in UTC, where they were built.
  const format = new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle, timeZone: 'UTC' })
  if (endDate === null || endDate === startDate) return format.format(utcDate(startDate))
  return format.formatRange(utcDate(startDate), utcDate(endDate))
}
