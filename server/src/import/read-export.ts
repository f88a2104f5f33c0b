import { PublicEventSchema, toFieldErrors, type ImportFileFormat, type Language, type PublicEvent } from '@rcm/shared'
import { say, type Text } from '../i18n/messages'
import { csvHeader } from '../public/csv'
import {
  CellError,
  descriptionFromCell,
  listFromCell,
  parseInstitutionCells,
  parseObjectivesCells,
  parseVenueCells,
  parseCountriesCells,
  parseNetworkCells,
  parsePresidencyCells,
  parseTypeCells,
} from '../public/csv-values'
import { CsvSyntaxError, readCsv } from './csv-reader'
import { describeFieldErrors } from './import-events'

/** One event of an export file, read or not. */
export interface ExportRecord {
  /** The CSV line the event starts on; null for JSON. */
  line: number | null
  /** Its position in the file, from 1. */
  index: number
  /** The `id` it had where it was exported, when readable. */
  sourceId: number | null
  /** A title to name it by in the report. */
  title: string
  event: PublicEvent | null
  /** Why it cannot be imported (event null). */
  error: string | null
}

/** The file as a whole cannot be read: not JSON/CSV, not an export of this app, or exported in one language. `message` is the English of `text`. */
export class ExportFileError extends Error {
  constructor(
    readonly text: Text,
    /** The HTTP status that refuses it: 400, or 413 for more events than an import takes. */
    readonly status = 400,
  ) {
    super(text.en)
  }
}

/** Refuses, before reading any of them, more records than `maxRecords`. */
function checkCount(count: number, maxRecords: number) {
  if (count > maxRecords) throw new ExportFileError(say('tooManyRecords', count, maxRecords), 413)
}

function titleOf(value: unknown): string {
  if (typeof value !== 'object' || value === null || !('title' in value)) return ''
  const title = value.title
  if (typeof title === 'string') return title
  if (typeof title === 'object' && title !== null) {
    const { en, es } = title as Record<string, unknown>
    return typeof en === 'string' && en !== '' ? en : typeof es === 'string' ? es : ''
  }
  return ''
}

/** A JSON export written before the times (issue 18 §2) has none: its events are all-day, without a public link. */
function withTimes(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  return { startTime: null, endTime: null, timeZone: null, meetingUrl: null, ...value }
}

function toRecord(value: unknown, index: number, line: number | null, lang: Language, context?: string): ExportRecord {
  const idValue = typeof value === 'object' && value !== null && 'id' in value ? value.id : null
  const sourceId = typeof idValue === 'number' && Number.isInteger(idValue) && idValue > 0 ? idValue : null
  const base = { line, index, sourceId, title: titleOf(value) }
  if (context) return { ...base, event: null, error: context }
  const parsed = PublicEventSchema.safeParse(withTimes(value))
  if (!parsed.success) return { ...base, event: null, error: describeFieldErrors(toFieldErrors(parsed.error, lang)) }
  return { ...base, event: parsed.data, error: null }
}

/** Reads the public JSON feed exported without `lang`. */
export function readJsonExport(text: string, lang: Language = 'en', maxRecords = Infinity): ExportRecord[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new ExportFileError(say('notJson', error instanceof Error ? error.message : String(error)))
  }
  if (!Array.isArray(value)) throw new ExportFileError(say('notAnExportJson'))
  checkCount(value.length, maxRecords)
  if (
    value.some((item) => typeof item === 'object' && item !== null && 'title' in item && typeof item.title === 'string')
  ) {
    throw new ExportFileError(say('oneLanguageExport', 'JSON'))
  }
  return value.map((item, index) => toRecord(item, index + 1, null, lang))
}

/** The CSV header's length before the second round's columns (docs/contract.md, "Public exports"). */
const FIRST_ROUND_COLUMNS = csvHeader().indexOf('startTime')

/** Undoes the formula neutralising of `csvCell`: its `'` prefix. */
const unprefix = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell)

/** Reads the public CSV feed exported without `lang`. */
export function readCsvExport(text: string, lang: Language = 'en', maxRecords = Infinity): ExportRecord[] {
  let records
  try {
    records = readCsv(text)
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ExportFileError(say('notCsv', error.message))
    throw error
  }
  const [header, ...rows] = records
  const expected = csvHeader()
  const names = header?.cells ?? []
  if (names.join(',') === csvHeader('en').join(',')) throw new ExportFileError(say('oneLanguageExport', 'CSV'))
  // An export written before the second round's columns were added (times, documents: issue 18) lacks some of them
  // at the end: a prefix of the header is read too.
  const isOlderExport =
    names.length >= FIRST_ROUND_COLUMNS && names.join(',') === expected.slice(0, names.length).join(',')
  if (names.join(',') !== expected.join(',') && !isOlderExport) {
    throw new ExportFileError(say('notAnExportCsv', expected.join(',')))
  }
  const eventRows = rows.filter((row) => !(row.cells.length === 1 && row.cells[0] === ''))
  checkCount(eventRows.length, maxRecords)
  return eventRows.map((row, index) => {
    const cell = Object.fromEntries(names.map((name, at) => [name, unprefix(row.cells[at] ?? '')])) as Record<
      string,
      string
    >
    const both = (column: string) => ({ en: cell[`${column}_en`] ?? '', es: cell[`${column}_es`] ?? '' })
    const id = Number(cell.id)
    const raw = { id: Number.isInteger(id) && cell.id !== '' ? id : cell.id, title: both('title') }
    if (row.cells.length !== names.length)
      return toRecord(raw, index + 1, row.line, lang, say('cellCount', row.cells.length, names.length)[lang])
    try {
      const event = {
        ...raw,
        description: {
          en: descriptionFromCell(cell.description_en ?? ''),
          es: descriptionFromCell(cell.description_es ?? ''),
        },
        objectives: parseObjectivesCells(cell.objectives_en ?? '', cell.objectives_es ?? ''),
        startDate: cell.startDate || null,
        endDate: cell.endDate || null,
        modality: cell.modality,
        city: cell.city,
        venue: parseVenueCells(cell.venue_en ?? '', cell.venue_es ?? ''),
        institutions: parseInstitutionCells(cell.institutions_en ?? '', cell.institutions_es ?? ''),
        contactEmails: listFromCell(cell.contactEmails ?? ''),
        contactPhones: listFromCell(cell.contactPhones ?? ''),
        publishedAt: cell.publishedAt,
        url: cell.url,
        // times and meeting link (issue 18 §2): the CSV has no meeting link column
        startTime: cell.startTime || null,
        endTime: cell.endTime || null,
        timeZone: cell.timeZone || null,
        meetingUrl: null,
        // presidency, type, countries and networks (issue 18 §3)
        presidency: parsePresidencyCells(cell.presidency_en ?? '', cell.presidency_es ?? ''),
        type: parseTypeCells(cell.type_en ?? '', cell.type_es ?? ''),
        countries: parseCountriesCells(cell.countries_en ?? '', cell.countries_es ?? ''),
        networks: parseNetworkCells(cell.networks_en ?? '', cell.networks_es ?? ''),
      }
      return toRecord(event, index + 1, row.line, lang)
    } catch (error) {
      if (!(error instanceof CellError)) throw error
      return toRecord(raw, index + 1, row.line, lang, error.message)
    }
  })
}

/**
 * The events of an export file in `format`; throws an ExportFileError when
 * the file as a whole cannot be read, or holds more than `maxRecords` events.
 */
export function readExport(
  format: ImportFileFormat,
  text: string,
  lang: Language = 'en',
  maxRecords = Infinity,
): ExportRecord[] {
  const content = text.replace(/^\uFEFF/, '')
  return format === 'json' ? readJsonExport(content, lang, maxRecords) : readCsvExport(content, lang, maxRecords)
}
