import { isIsoDate } from '@rcm/shared'

export type LegacyDateResult =
  { ok: true; startDate: string | null; endDate: string | null } | { ok: false; warning: string }

interface DatePart {
  day?: number
  month?: number
  year?: number
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  enero: 1,
  ene: 1,
  february: 2,
  feb: 2,
  febrero: 2,
  march: 3,
  mar: 3,
  marzo: 3,
  april: 4,
  apr: 4,
  abril: 4,
  abr: 4,
  may: 5,
  mayo: 5,
  june: 6,
  jun: 6,
  junio: 6,
  july: 7,
  jul: 7,
  julio: 7,
  august: 8,
  aug: 8,
  agosto: 8,
  ago: 8,
  september: 9,
  sep: 9,
  sept: 9,
  septiembre: 9,
  setiembre: 9,
  set: 9,
  october: 10,
  oct: 10,
  octubre: 10,
  november: 11,
  nov: 11,
  noviembre: 11,
  december: 12,
  dec: 12,
  diciembre: 12,
  dic: 12,
}

/** Words that carry no date information: weekdays, "de", "of", "the", "from", "del". */
const FILLER = new Set([
  'de',
  'del',
  'of',
  'the',
  'from',
  'on',
  'el',
  'los',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'lunes',
  'martes',
  'miercoles',
  'jueves',
  'viernes',
  'sabado',
  'domingo',
])

/** Separators between the first and the last day of a range, once the text is normalized (lowercase, single spaces). */
const RANGE_SEPARATOR = / ?[-–—] ?| (?:to|through|until|and|al|a|hasta|y) /

// Several times the longest date the pages write ("30 de noviembre de 2022 al 2 de diciembre de 2022"), so no pattern reads a paragraph.
const MAX_DATE_TEXT_LENGTH = 200

const pad = (value: number) => String(value).padStart(2, '0')

function normalize(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // ISO dates become D/M/Y so that their hyphens are not read as a range.
      .replace(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, '$3/$2/$1')
      .replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
      .replace(/(\d)[º°]/g, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  )
}

/** One side of a range: "3", "october 3", "30 de noviembre", "2 diciembre 2022", "03/10/2022". */
function readPart(text: string): DatePart | null {
  const numeric = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim())
  if (numeric) return { day: Number(numeric[1]), month: Number(numeric[2]), year: Number(numeric[3]) }
  const part: DatePart = {}
  for (const token of text.split(/[\s,.]+/).filter(Boolean)) {
    if (FILLER.has(token)) continue
    const month = MONTHS[token]
    if (month !== undefined && part.month === undefined) {
      part.month = month
    } else if (/^\d{4}$/.test(token) && part.year === undefined) {
      part.year = Number(token)
    } else if (/^\d{1,2}$/.test(token) && part.day === undefined) {
      part.day = Number(token)
    } else {
      return null
    }
  }
  return part.day === undefined && part.month === undefined && part.year === undefined ? null : part
}

function toIso(part: DatePart): string | null {
  if (part.day === undefined || part.month === undefined || part.year === undefined) return null
  const iso = `${part.year}-${pad(part.month)}-${pad(part.day)}`
  return isIsoDate(iso) ? iso : null
}

/**
 * Reads the `Fecha` of a legacy event: "2022-10-03", "03/10/2022" (day
 * first), or long forms in English or Spanish, single days or ranges, also
 * across months and years ("3-5 de octubre de 2022", "October 3-5, 2022",
 * "30 de noviembre al 2 de diciembre de 2022", "November 30 - December 2,
 * 2022"). Empty text is an undated event (date to be confirmed); text that
 * cannot be read is a warning, never a guess. A one-day range has no end date.
 */
export function parseLegacyDate(text: string): LegacyDateResult {
  if (text.length > MAX_DATE_TEXT_LENGTH) {
    return { ok: false, warning: `date "${text.trim().slice(0, 40)}…" not read: longer than any date` }
  }
  const normalized = normalize(text)
  if (normalized === '') return { ok: true, startDate: null, endDate: null }
  const unreadable: LegacyDateResult = {
    ok: false,
    warning: `date "${text.trim()}" not read; use YYYY-MM-DD, DD/MM/YYYY or e.g. "3-5 October 2022"`,
  }

  const sides = normalized.split(RANGE_SEPARATOR)
  if (sides.length > 2) return unreadable
  const first = readPart(sides[0] ?? '')
  const last = sides.length === 2 ? readPart(sides[1] ?? '') : null
  if (!first || (sides.length === 2 && !last)) return unreadable

  if (!last) {
    const startDate = toIso(first)
    if (!startDate) return { ok: false, warning: `date "${text.trim()}" is incomplete or not a real date` }
    return { ok: true, startDate, endDate: null }
  }

  const start: DatePart = { ...first }
  const end: DatePart = { ...last }
  end.month ??= first.month
  end.year ??= first.year
  start.month ??= end.month
  const isYearInherited = start.year === undefined
  start.year ??= end.year
  // "30 de diciembre al 2 de enero de 2023": the year written once is the last day's.
  if (
    isYearInherited &&
    start.year !== undefined &&
    start.month !== undefined &&
    end.month !== undefined &&
    start.month > end.month
  ) {
    start.year -= 1
  }
  const startDate = toIso(start)
  const endDate = toIso(end)
  if (!startDate || !endDate) return { ok: false, warning: `date "${text.trim()}" is incomplete or not a real date` }
  if (endDate < startDate) return { ok: false, warning: `date "${text.trim()}" ends before it starts` }
  return { ok: true, startDate, endDate: endDate === startDate ? null : endDate }
}
