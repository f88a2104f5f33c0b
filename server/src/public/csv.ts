import { htmlToText } from '../db/text'
import {
  countriesCell,
  csvRecord,
  exactText,
  institutionsCell,
  networksCell,
  objectivesCell,
  presidencyCell,
  textOrOther,
  typeCell,
  venueCell,
  type Language,
  type PublicEventData,
  type TextIn,
} from '@rcm/shared'
import type { FeedFormat } from './feed-response'
import { publicEventUrl, publicFileUrl } from './public-events'

// The cells are shared with the admin app's list export (shared/src/csv-cells.ts).
export { csvCell, csvRecord } from '@rcm/shared'

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
  type: (event, lang, text) => typeCell(event.type, lang, text),
  countries: (event, lang, text) => countriesCell(event.countries, lang, text),
  networks: (event, lang, text) => networksCell(event.networks, lang, text),
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
