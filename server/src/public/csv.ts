import { objectivesToText, type Language, type LocalizedText, type ObjectiveSection } from '@rcm/shared'
import { htmlToText } from '../db/text'
import type { PublicEventData } from '../events/public-copies.repository'
import type { FeedFormat } from './feed-response'
import { publicEventUrl } from './public-events'

/** Cells a spreadsheet would run as a formula start with one of these (CONTRACT: prefixed with `'`). */
const FORMULA_START = /^[=+\-@\t\r]/

/** One RFC 4180 cell: formula starts neutralised, quoted when it holds a quote, comma or line break. */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value)
  if (FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One CSV record, CRLF-terminated. */
export const csvRecord = (cells: Array<string | number | null>): string => `${cells.map(csvCell).join(',')}\r\n`

const pick = (text: LocalizedText, lang: Language) => (text[lang] !== '' ? text[lang] : text[lang === 'en' ? 'es' : 'en'])

/** The columns that change with the language, each a function of the event. */
const TRANSLATED: Record<string, (event: PublicEventData, lang: Language) => string> = {
  title: (event, lang) => pick(event.title, lang),
  venue: (event, lang) => {
    const venue = event.venue
    return venue ? [pick(venue.name, lang), venue.address, venue.city, venue.country].filter((part) => part).join(', ') : ''
  },
  institutions: (event, lang) =>
    event.institutions.map((item) => [pick(item.name, lang), pick(item.acronym, lang)].filter((part) => part).join(' - ')).join('; '),
  description: (event, lang) => htmlToText(pick(event.description, lang)),
  objectives: (event, lang) => objectivesToText(event.objectives as ObjectiveSection[], lang),
}

/** The CONTRACT's columns in order; a translated one is two (`title_en`, `title_es`) without `lang`. */
const COLUMNS = ['id', 'title', 'startDate', 'endDate', 'modality', 'city', 'venue', 'institutions', 'contactEmails', 'contactPhones', 'description', 'objectives', 'url', 'publishedAt'] as const

/** The CSV feed: UTF-8 byte-order mark, a header row, one CRLF-terminated row per event. */
export function csvFormat(siteUrl: string, lang?: Language): FeedFormat {
  const header = COLUMNS.flatMap((column) => (column in TRANSLATED && !lang ? [`${column}_en`, `${column}_es`] : [column]))
  const cells = (event: PublicEventData): Array<string | number | null> =>
    COLUMNS.flatMap((column): Array<string | number | null> => {
      const translated = TRANSLATED[column]
      if (translated) return lang ? [translated(event, lang)] : [translated(event, 'en'), translated(event, 'es')]
      switch (column) {
        case 'contactEmails':
        case 'contactPhones':
          return [event[column].join('; ')]
        case 'url':
          return [publicEventUrl(event.id, siteUrl, lang)]
        default:
          return [event[column as 'id' | 'startDate' | 'endDate' | 'modality' | 'city' | 'publishedAt']]
      }
    })
  return { head: `\uFEFF${csvRecord(header)}`, row: ({ data }) => csvRecord(cells(data)), tail: '' }
}
