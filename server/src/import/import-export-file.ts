import { ZodError } from 'zod'
import {
  EventInputSchema,
  toFieldErrors,
  type ImportFileFormat,
  type ImportReportBody,
  type ImportResult,
  type Language,
} from '@rcm/shared'
import { actorHasRole, type Actor } from '../actor'
import type { Db } from '../db/connection'
import { createEvent, getEvent, updateEvent } from '../events/events.service'
import { fieldErrorsIn, forbidden, HttpError } from '../http/errors'
import { say } from '../i18n/messages'
import { EXPORT_FIELDS, EXPORT_LOOKUP_KEYS, type Draft, type FileDialect } from './export-fields'
import { importKeysRepository } from './import-keys.repository'
import { createImportLookup, type ImportLookup } from './import-lookup'
import { describeFieldErrors } from './import-messages'
import { fullReport } from './import-report'
import { importedIds, runImport } from './import-run'
import { ImportError, type ImportStatus } from './import-events'
import { readExport, sourceKeyOf, type ExportRecord } from './read-export'
import { publicEventUrlAlias } from '../public/public-events'

/** How many events of the file each action took; `failed` counts the errors. */
export interface ExportImportCounts {
  created: number
  updated: number
  unchanged: number
  failed: number
}

/** The report (the answer of `POST /api/import`) and its counts, the ones the audit entry records. */
export interface ExportImportOutcome {
  report: ImportReportBody
  counts: ExportImportCounts
}

export interface ExportImportOptions {
  format: ImportFileFormat
  /** The status of the events created; an update keeps the event's status. */
  status: ImportStatus
  dryRun: boolean
  /** The report's language (the request's; English on the command line). */
  lang: Language
  /** More events than this in the file is a 413 ExportFileError (the API's limit; none on the command line). */
  maxRecords?: number
  /** Called every PROGRESS_EVERY events with how many are done of how many. */
  onProgress?: (done: number, total: number) => void
}

/** How often an import reports its progress, in events. */
const PROGRESS_EVERY = 100

/**
 * Imports a file of the events list's Export menu: the public JSON or CSV
 * feed (in both languages, or one with `lang=`) or the list as JSON or CSV.
 * Each event is matched by its source key (its exported `url` without
 * `lang`, or for the list its id and creation time) to the event it was
 * imported as before, or, for an export of this very database, to the event
 * with its id that was published at its `publishedAt` (created at its
 * `createdAt` for the list); matched events are updated field by field
 * (export-fields.ts: what the file shows as stored stays as stored), others
 * created with their exported id when it is free here and, when published,
 * their exported `publishedAt` (docs/decisions/007 and 024). One transaction
 * (rolled back for a dry run); an event that fails is rolled back alone and
 * reported.
 * Throws an ExportFileError for a file that cannot be read at all, and a 403
 * when a non-reviewer asks for published events.
 */
export function importExportFile(
  db: Db,
  actor: Actor,
  content: string,
  options: ExportImportOptions,
): ExportImportOutcome {
  if (options.status === 'published' && !actorHasRole(actor, 'reviewer'))
    throw forbidden(say('importPublishedNeedsReviewer'))
  const { dialect, records } = readExport(options.format, content, options.lang, options.maxRecords)
  const { onProgress } = options
  onProgress?.(0, records.length)
  return runImport(db, actor, options.dryRun, () => {
    const touched = new Set<number>()
    const lookup = createImportLookup(db, EXPORT_LOOKUP_KEYS)
    const events = records.map((record, index) => {
      if (onProgress && index % PROGRESS_EVERY === 0 && index > 0) onProgress(index, records.length)
      return importRecord(db, actor, lookup, record, { ...options, dialect }, touched)
    })
    const count = (action: ImportResult['action']) => events.filter((event) => event.action === action).length
    const counts: ExportImportCounts = {
      created: count('created'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      failed: count('error'),
    }
    const audit = { format: options.format, status: options.status, ...counts, eventIds: importedIds(events) }
    return {
      report: { report: fullReport(events, options.dryRun), counts },
      audit,
      eventsWritten: counts.created + counts.updated,
    }
  })
}

function importRecord(
  db: Db,
  actor: Actor,
  lookup: ImportLookup,
  record: ExportRecord,
  options: ExportImportOptions & { dialect: FileDialect },
  touched: Set<number>,
): ImportResult {
  const base = { line: record.line, index: record.index, sourceId: record.sourceId, title: record.title }
  const { lang } = options
  const failed = (message: string): ImportResult => ({ ...base, id: null, action: 'error', message })
  const fields = record.fields
  if (fields === null) return failed(record.error ?? say('cannotBeRead')[lang])
  try {
    // A savepoint: an event that fails leaves none of its venues or institutions behind.
    return lookup.savepoint((): ImportResult => {
      const notes: string[] = []
      const { key, existingId } = findImportedBefore(db, fields)
      const stored = existingId === undefined ? null : getEvent(db, existingId)
      if (existingId !== undefined) {
        if (touched.has(existingId)) throw new ImportError(say('sameEventTwice', key ?? String(existingId))[lang])
        touched.add(existingId)
      }
      const context = { ...options.dialect, db, actor, lookup, stored, file: fields, notes, reportLang: lang }
      // The stored event is the start: what the file does not carry (documents, a private meeting link) stays.
      const draft: Draft = stored ? { ...stored } : {}
      for (const [name, entry] of Object.entries(EXPORT_FIELDS))
        if (name in fields) entry.take?.(fields[name] as never, draft, context)
      const parsed = EventInputSchema.safeParse(draft)
      if (!parsed.success) throw new ImportError(describeFieldErrors(toFieldErrors(parsed.error, lang), lang))
      const data = parsed.data
      if (stored) {
        const updated = updateEvent(db, actor, stored.id, { ...data, version: stored.version })
        if (key !== null) importKeysRepository.save(db, key, stored.id)
        const action = updated.version === stored.version ? 'unchanged' : 'updated'
        return { ...base, id: stored.id, action, message: notes.join('; ') }
      }
      const sourceId = typeof fields.id === 'number' ? fields.id : undefined
      const id = sourceId !== undefined && importKeysRepository.isIdFree(db, sourceId) ? sourceId : undefined
      const publishedAt = typeof fields.publishedAt === 'string' ? fields.publishedAt : undefined
      const created = createEvent(db, actor, data, { status: options.status, id, publishedAt })
      touched.add(created.id)
      if (key !== null) importKeysRepository.save(db, key, created.id)
      if (sourceId !== undefined && id === undefined) notes.push(say('idTaken', sourceId, created.id)[lang])
      // A dry run's new ids are rolled back with everything else; they would mislead.
      return { ...base, id: options.dryRun ? null : created.id, action: 'created', message: notes.join('; ') }
    })
  } catch (error) {
    return failed(describeImportError(error, lang))
  }
}

/**
 * The event the file's event was imported as before, and its source key:
 * for a public feed its `url` without `lang`, matched by that key or, for
 * an export of this database, by id and `publishedAt`; for the events list
 * (no `url`) its id and `createdAt`, matched likewise.
 */
function findImportedBefore(db: Db, fields: Record<string, unknown>): { key: string | null; existingId?: number } {
  const id = typeof fields.id === 'number' ? fields.id : undefined
  const { url, publishedAt, createdAt } = fields
  if (typeof url === 'string') {
    const key = sourceKeyOf(url)
    // An older export's event, imported by the feeds' earlier URL form, is the same event (and the other way round).
    const alias = publicEventUrlAlias(key)
    const byKey =
      importKeysRepository.findEventId(db, key) ??
      (alias === undefined ? undefined : importKeysRepository.findEventId(db, alias))
    if (byKey !== undefined) return { key, existingId: byKey }
    const isOwn =
      id !== undefined && typeof publishedAt === 'string' && importKeysRepository.wasPublishedAt(db, id, publishedAt)
    return { key, existingId: isOwn ? id : undefined }
  }
  if (id === undefined || typeof createdAt !== 'string') return { key: null }
  const key = `event:${id}@${createdAt}`
  const byKey = importKeysRepository.findEventId(db, key)
  if (byKey !== undefined) return { key, existingId: byKey }
  return { key, existingId: importKeysRepository.wasCreatedAt(db, id, createdAt) ? id : undefined }
}

/** Why an event could not be imported, in one line of reasons in `lang`. */
function describeImportError(error: unknown, lang: Language): string {
  if (error instanceof ZodError) return describeFieldErrors(toFieldErrors(error, lang), lang)
  if (error instanceof HttpError) {
    const fields = error.fieldErrors ? describeFieldErrors(fieldErrorsIn(error.fieldErrors, lang), lang) : ''
    return fields ? `${error.text[lang]}: ${fields}` : error.text[lang]
  }
  if (error instanceof Error) return error.message
  return String(error)
}
