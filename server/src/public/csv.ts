import type { Language, PublicEventData } from '@rcm/shared'
import { htmlToText } from '../db/text'
import {
  exactText,
  institutionsCell,
  objectivesCell,
  presidencyCell,
  textOrOther,
  venueCell,
  type TextIn,
} from './csv-values'
import type { FeedFormat } from './feed-response'
import { publicEventUrl, publicFileUrl } from './public-events'

/**
 * Cells a spreadsheet would run as a formula start with one of these (docs/contract.md, "Public exports": prefixed with `'`);
 * so that the import can take the prefix off again, a cell that itself starts with `'` gets one too.
 */
const PREFIXED_START = /^[=+\-@\t\r']/

/** One RFC 4180 cell: formula starts neutralised, quoted when it holds a quote, comma or line break. */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value)
  if (PREFIXED_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One CSV record, CRLF-terminated. */
export const csvRecord = (cells: Array<string | number | null>): string => `${cells.map(csvCell).join(',')}\r\n`

/**
 * The columns that change with the language, each a function of the event. The `_en`/`_es`
 * columns show each language exactly (an empty cell when it is not written), so that the file
 * holds both languages and can be imported back; with `lang`, the other language fills in.
 */
const TRANSLATED: Record<string, (event: PublicEventData, lang: Language, text: TextIn) => string> = {
  title: (event, lang, text) => text(event.title, lang),
  venue: (event, lang, text) => venueCell(event.venue, lang, text),
  institutions: (event, lang, text) => institutionsCell(event.institutions, lang, text),
  description: (event, lang, text) => htmlToText(text(event.description, lang)),
  objectives: (event, lang, text) => objectivesCell(event.objectives, lang, text),
  // presidency, type, countries and networks (issue 18 §3)
  presidency: (event, lang, text) => presidencyCell(event.presidency, lang, text),
  type: (event, lang, text) => (event.type ? text(event.type, lang) : ''),
  countries: (event, lang, text) => event.countries.map((country) => text(country.name, lang)).join('; '),
  networks: (event, lang, text) => institutionsCell(event.networks, lang, text),
}

/** The CSV columns in order (docs/contract.md, "Public exports"). */
export const CSV_COLUMNS = [
  'id',
  'title',
  'startDate',
  'endDate',
  'modality',
  'city',
  'venue',
  'institutions',
  'contactEmails',
  'contactPhones',
  'description',
  'objectives',
  'url',
  'publishedAt',
  // times and meeting link (issue 18 §2)
  'startTime',
  'endTime',
  'timeZone',
  // presidency, type, countries and networks (issue 18 §3)
  'presidency',
  'type',
  'countries',
  'networks',
  // documents and cover image (issue 18 §1)
  'documents',
] as const

/** The header row's names: a translated column is two (`title_en`, `title_es`) without `lang`. */
export const csvHeader = (lang?: Language): string[] =>
  CSV_COLUMNS.flatMap((column) => (column in TRANSLATED && !lang ? [`${column}_en`, `${column}_es`] : [column]))

/** The CSV feed: UTF-8 byte-order mark, a header row, one CRLF-terminated row per event. */
export function csvFormat(siteUrl: string, lang?: Language): FeedFormat {
  const header = csvHeader(lang)
  const cells = (event: PublicEventData): Array<string | number | null> =>
    CSV_COLUMNS.flatMap((column): Array<string | number | null> => {
      const translated = TRANSLATED[column]
      if (translated)
        return lang
          ? [translated(event, lang, textOrOther)]
          : [translated(event, 'en', exactText), translated(event, 'es', exactText)]
      switch (column) {
        case 'contactEmails':
        case 'contactPhones':
          return [event[column].join('; ')]
        case 'url':
          return [publicEventUrl(event.id, siteUrl, lang)]
        case 'documents':
          return [event.documents.map((document) => publicFileUrl(document, siteUrl)).join('; ')]
        default:
          return [
            event[
              column as
                | 'id'
                | 'startDate'
                | 'endDate'
                | 'modality'
                | 'city'
                | 'publishedAt'
                | 'startTime'
                | 'endTime'
                | 'timeZone'
            ],
          ]
      }
    })
  return { head: `\uFEFF${csvRecord(header)}`, row: ({ data }) => csvRecord(cells(data)), tail: '' }
}
