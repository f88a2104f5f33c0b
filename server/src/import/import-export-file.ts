import {
  EventInputSchema,
  toFieldErrors,
  type EventData,
  type ImportFileFormat,
  type ImportReportBody,
  type ImportResult,
  type InstitutionData,
  type Language,
  type PublicEvent,
  type VenueData,
} from '@rcm/shared'
import { taxonomyIds } from './import-taxonomy'
import { actorHasRole, type Actor } from '../actor'
import type { Db } from '../db/connection'
import { createEvent, getEvent, updateEvent } from '../events/events.service'
import { forbidden } from '../http/errors'
import { say } from '../i18n/messages'
import { createInstitution } from '../institutions/institutions.service'
import { createVenue } from '../venues/venues.service'
import { importKeysRepository } from './import-keys.repository'
import { createImportLookup, type ImportLookup } from './import-lookup'
import { fullReport } from './import-report'
import { importedIds, runImport } from './import-run'
import { describeError, describeFieldErrors, ImportError, type ImportStatus } from './import-events'
import { readExport, type ExportRecord } from './read-export'
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
 * Imports the app's own public JSON or CSV export (without `lang`): each
 * event is matched by its source key (its exported `url`) to the event it
 * was imported as before, or, for an export of this very database, to the
 * event with its id that was published at its `publishedAt`; matched events
 * are updated, others created with their exported id when it is free here
 * and, when published, their exported `publishedAt`
 * (docs/decisions/007-round-trip-import.md). Venues and institutions are
 * matched exactly or created. One transaction (rolled back for a dry run);
 * an event that fails is rolled back alone and reported.
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
  const records = readExport(options.format, content, options.lang, options.maxRecords)
  const { onProgress } = options
  onProgress?.(0, records.length)
  return runImport(db, actor, options.dryRun, () => {
    const touched = new Set<number>()
    const lookup = createImportLookup(db, {
      venue: (venue) => [exactVenueKey(venue)],
      institution: (institution) => [exactInstitutionKey(institution)],
    })
    const events = records.map((record, index) => {
      if (onProgress && index % PROGRESS_EVERY === 0 && index > 0) onProgress(index, records.length)
      return importRecord(db, actor, lookup, record, options, touched)
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
  options: ExportImportOptions,
  touched: Set<number>,
): ImportResult {
  const base = { line: record.line, index: record.index, sourceId: record.sourceId, title: record.title }
  const { lang } = options
  const failed = (message: string): ImportResult => ({ ...base, id: null, action: 'error', message })
  const event = record.event
  if (event === null) return failed(record.error ?? say('cannotBeRead')[lang])
  try {
    // A savepoint: an event that fails leaves none of its venues or institutions behind.
    return lookup.savepoint((): ImportResult => {
      const notes: string[] = []
      const data = toEventData(db, actor, lookup, event, notes, lang)
      const existingId = findImportedBefore(db, event)
      if (existingId !== undefined) {
        if (touched.has(existingId)) throw new ImportError(say('sameEventTwice', event.url)[lang])
        touched.add(existingId)
        const current = getEvent(db, existingId)
        // An export links to its files but cannot carry them: the event keeps its own documents and image (issue 18 §1).
        const files = { documents: current.documents, imageFileId: current.imageFileId }
        // A file without a meeting link (a CSV, or a JSON export of a private one) leaves the stored link as it is.
        const meeting =
          data.meetingUrl === null ? { meetingUrl: current.meetingUrl, meetingUrlPublic: current.meetingUrlPublic } : {}
        const updated = updateEvent(db, actor, existingId, { ...data, ...files, ...meeting, version: current.version })
        importKeysRepository.save(db, event.url, existingId)
        const action = updated.version === current.version ? 'unchanged' : 'updated'
        return { ...base, id: existingId, action, message: notes.join('; ') }
      }
      const id = importKeysRepository.isIdFree(db, event.id) ? event.id : undefined
      const created = createEvent(db, actor, data, { status: options.status, id, publishedAt: event.publishedAt })
      touched.add(created.id)
      importKeysRepository.save(db, event.url, created.id)
      if (id === undefined) notes.push(say('idTaken', event.id, created.id)[lang])
      // A dry run's new ids are rolled back with everything else; they would mislead.
      return { ...base, id: options.dryRun ? null : created.id, action: 'created', message: notes.join('; ') }
    })
  } catch (error) {
    return failed(describeError(error, lang))
  }
}

function findImportedBefore(db: Db, event: PublicEvent): number | undefined {
  const alias = publicEventUrlAlias(event.url)
  const byKey =
    importKeysRepository.findEventId(db, event.url) ??
    (alias === undefined ? undefined : importKeysRepository.findEventId(db, alias))
  if (byKey !== undefined) return byKey
  return importKeysRepository.wasPublishedAt(db, event.id, event.publishedAt) ? event.id : undefined
}

// Exact, so that the venue and institutions are published exactly as the file has them (decision 007).
const exactVenueKey = (venue: VenueData) =>
  JSON.stringify([venue.name.en, venue.name.es, venue.city, venue.country, venue.address])
const exactInstitutionKey = (institution: InstitutionData) =>
  JSON.stringify([institution.name.en, institution.name.es, institution.acronym.en, institution.acronym.es])

/** The venue and institutions exactly as the file has them, so that they are published exactly so again. */
function toEventData(
  db: Db,
  actor: Actor,
  lookup: ImportLookup,
  event: PublicEvent,
  notes: string[],
  lang: Language,
): EventData {
  let venueId: number | null = null
  if (event.venue !== null) {
    const wanted = event.venue
    let venue = lookup.venues.find(exactVenueKey(wanted))
    if (!venue) {
      venue = createVenue(db, actor, wanted)
      lookup.venues.add(venue)
      notes.push(say('newVenue', wanted.name.en || wanted.name.es)[lang])
    }
    venueId = venue.id
  }
  const institutionIds = event.institutions.map((wanted) => {
    let institution = lookup.institutions.find(exactInstitutionKey(wanted))
    if (!institution) {
      institution = createInstitution(db, actor, wanted)
      lookup.institutions.add(institution)
      notes.push(say('newInstitution', wanted.name.en || wanted.name.es)[lang])
    }
    return institution.id
  })
  // What is left is the event's own data; the rest names where it was published, or is replaced by ids here.
  const {
    venue: _venue,
    institutions: _institutions,
    id: _id,
    publishedAt: _publishedAt,
    url: _url,
    documents: _documents,
    image: _image,
    ...fields
  } = event
  // presidency, type, countries and networks (issue 18 §3): names in the file, ids here
  const { presidency: _presidency, type: _type, countries: _countries, networks: _networks, ...own } = fields
  // A public export carries a meeting link only when it was public.
  const input = {
    ...own,
    venueId,
    institutionIds,
    meetingUrlPublic: own.meetingUrl !== null,
    ...taxonomyIds(db, actor, event, notes, lang),
  }
  const result = EventInputSchema.safeParse(input)
  if (!result.success) throw new ImportError(describeFieldErrors(toFieldErrors(result.error, lang)))
  return result.data
}
