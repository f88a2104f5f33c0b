import { toFieldErrors, type ImportFileFormat, type Language } from '@rcm/shared'
import { say, type Text } from '../i18n/messages'
import { CellError } from '../public/csv-values'
import { CsvSyntaxError, readCsv } from './csv-reader'
import { EXPORT_FIELDS, type FileDialect } from './export-fields'
import {
  cellCannotBeRead,
  describeFieldErrors,
  ICS_NOT_IMPORTABLE,
  LANGUAGE_UNKNOWN,
  NOT_AN_EVENT,
  NOT_AN_EXPORT_CSV,
  unknownField,
} from './import-messages'

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
  /** Its fields by export field name (EXPORT_FIELDS), checked, texts as `{en, es}`; null when it cannot be imported. */
  fields: Record<string, unknown> | null
  /** Why it cannot be imported (fields null), in the report's language. */
  error: string | null
}

/** The events of a file and how the file writes them. */
export interface ExportFile {
  dialect: FileDialect
  records: ExportRecord[]
}

/** The file as a whole cannot be read: not JSON/CSV, or not an export of this app. `message` is the English of `text`. */
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

/** The language an event's public `url` names with `lang=`, if any. */
export function languageOfUrl(url: unknown): Language | null {
  if (typeof url !== 'string') return null
  try {
    const lang = new URL(url).searchParams.get('lang')
    return lang === 'en' || lang === 'es' ? lang : null
  } catch {
    return null
  }
}

/** The event's source key: its public `url` without `lang`, the same in the feed of each language. */
export function sourceKeyOf(url: string): string {
  try {
    const parsed = new URL(url)
    if (!parsed.searchParams.has('lang')) return url
    parsed.searchParams.delete('lang')
    return parsed.href
  } catch {
    return url
  }
}

function titleOf(value: Record<string, unknown>): string {
  const title = value.title
  if (typeof title === 'string') return title
  if (typeof title === 'object' && title !== null) {
    const { en, es } = title as Record<string, unknown>
    return typeof en === 'string' && en !== '' ? en : typeof es === 'string' ? es : ''
  }
  return ''
}

/** Checks each field of `raw` against its entry; the event's fields, or why they cannot be imported. */
function checkFields(raw: Record<string, unknown>, dialect: FileDialect, isJson: boolean, lang: Language) {
  const fields: Record<string, unknown> = {}
  const problems: string[] = []
  for (const [name, value] of Object.entries(raw)) {
    const entry = EXPORT_FIELDS[name]
    if (!entry) {
      problems.push(unknownField(name)[lang])
      continue
    }
    const given = isJson && dialect.lang !== null && entry.fromOneLanguage ? entry.fromOneLanguage(value) : value
    const parsed = entry.schema.safeParse(given)
    if (parsed.success) fields[name] = parsed.data
    else {
      const errors = toFieldErrors(parsed.error, lang)
      const prefixed = Object.fromEntries(
        Object.entries(errors).map(([path, message]) => [path === '_root' ? name : `${name}.${path}`, message]),
      )
      problems.push(describeFieldErrors(prefixed, lang))
    }
  }
  return problems.length > 0 ? { fields: null, error: problems.join('; ') } : { fields, error: null }
}

function toRecord(
  raw: Record<string, unknown>,
  at: { index: number; line: number | null },
  dialect: FileDialect,
  lang: Language,
  failure?: string,
): ExportRecord {
  const id = raw.id
  const sourceId = typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : null
  const base = { ...at, sourceId, title: titleOf(raw) }
  if (failure !== undefined) return { ...base, fields: null, error: failure }
  return { ...base, ...checkFields(raw, dialect, at.line === null, lang) }
}

/** Reads the public JSON feed (with or without `lang`) and the events list's JSON. */
export function readJsonExport(text: string, lang: Language = 'en', maxRecords = Infinity): ExportFile {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new ExportFileError(say('notJson', error instanceof Error ? error.message : String(error)))
  }
  if (!Array.isArray(value)) throw new ExportFileError(say('notAnExportJson'))
  checkCount(value.length, maxRecords)
  const items = value.map((item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as Record<string, unknown>) : null,
  )
  const isOneLanguage = items.some((item) => typeof item?.title === 'string')
  const dialect: FileDialect = {
    lang: isOneLanguage ? fileLanguage(items.map((item) => item?.url)) : null,
    descriptionIsText: false,
  }
  return {
    dialect,
    records: items.map((item, index) =>
      item === null
        ? { line: null, index: index + 1, sourceId: null, title: '', fields: null, error: NOT_AN_EVENT[lang] }
        : toRecord(item, { index: index + 1, line: null }, dialect, lang),
    ),
  }
}

/** The language of a one-language file, from its events' urls; refused when none says. */
function fileLanguage(urls: unknown[]): Language {
  for (const url of urls) {
    const lang = languageOfUrl(url)
    if (lang) return lang
  }
  throw new ExportFileError(LANGUAGE_UNKNOWN)
}

/** Undoes the formula neutralising of `csvCell`: its `'` prefix. */
const unprefix = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell)

/** A header cell as the field it belongs to, and the language of a translated column's cell. */
function columnOf(name: string): { field: string; lang: Language | null } {
  const match = /^(.+)_(en|es)$/.exec(name)
  const entry = match ? EXPORT_FIELDS[match[1] ?? ''] : undefined
  if (match && entry && typeof entry.csv === 'object') return { field: match[1] ?? name, lang: match[2] as Language }
  return { field: name, lang: null }
}

/** Reads the public CSV feed (with or without `lang`) and the events list's CSV. */
export function readCsvExport(text: string, lang: Language = 'en', maxRecords = Infinity): ExportFile {
  let rows
  try {
    rows = readCsv(text)
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ExportFileError(say('notCsv', error.message))
    throw error
  }
  const [header, ...records] = rows
  const names = header?.cells ?? []
  const isOneLanguage = names.includes('title')
  if (!names.includes('id') || (!isOneLanguage && !names.includes('title_en')))
    throw new ExportFileError(NOT_AN_EXPORT_CSV)
  const eventRows = records.filter((row) => !(row.cells.length === 1 && row.cells[0] === ''))
  checkCount(eventRows.length, maxRecords)
  const columns = names.map(columnOf)
  const urlAt = names.indexOf('url')
  const dialect: FileDialect = {
    lang: isOneLanguage ? fileLanguage(eventRows.map((row) => row.cells[urlAt])) : null,
    descriptionIsText: true,
  }
  return {
    dialect,
    records: eventRows.map((row, index) => {
      const at = { index: index + 1, line: row.line }
      const cells: Record<string, Partial<Record<Language | 'cell', string>>> = {}
      columns.forEach(({ field, lang: cellLang }, column) => {
        cells[field] = { ...cells[field], [cellLang ?? 'cell']: unprefix(row.cells[column] ?? '') }
      })
      const id = Number(cells.id?.cell)
      const idValue = cells.id?.cell !== '' && Number.isInteger(id) ? id : cells.id?.cell
      const title = cells.title?.cell ?? (cells.title?.en || cells.title?.es || '')
      const raw: Record<string, unknown> = { id: idValue, title }
      if (row.cells.length !== names.length)
        return toRecord(raw, at, dialect, lang, say('cellCount', row.cells.length, names.length)[lang])
      for (const [field, cell] of Object.entries(cells)) {
        const entry = EXPORT_FIELDS[field]
        try {
          if (!entry) raw[field] = cell.cell ?? cell.en ?? cell.es
          else if (typeof entry.csv === 'function') raw[field] = entry.csv(cell.cell ?? '')
          else {
            const { en = cell.cell ?? '', es = cell.cell ?? '' } = cell
            raw[field] = entry.csv.translated(en, es)
          }
        } catch (error) {
          if (!(error instanceof CellError)) throw error
          const said = cellCannotBeRead(field)[lang]
          return toRecord(raw, at, dialect, lang, `${said} (${error.message})`)
        }
      }
      return toRecord(raw, at, dialect, lang)
    }),
  }
}

/**
 * The events of an export file in `format`; throws an ExportFileError when
 * the file as a whole cannot be read (an iCalendar file among them), or
 * holds more than `maxRecords` events.
 */
export function readExport(
  format: ImportFileFormat,
  text: string,
  lang: Language = 'en',
  maxRecords = Infinity,
): ExportFile {
  const content = text.replace(/^\uFEFF/, '')
  if (content.trimStart().startsWith('BEGIN:VCALENDAR')) throw new ExportFileError(ICS_NOT_IMPORTABLE)
  return format === 'json' ? readJsonExport(content, lang, maxRecords) : readCsvExport(content, lang, maxRecords)
}
