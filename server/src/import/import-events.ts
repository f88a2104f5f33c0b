import { ZodError } from 'zod'
import {
  EventInputSchema,
  toFieldErrors,
  type Event,
  type EventData,
  type FieldErrors,
  type Language,
} from '@rcm/shared'
import type { Actor } from '../actor'
import type { Db } from '../db/connection'
import { sortKey } from '../db/text'
import { createEvent, getEvent, updateEvent } from '../events/events.service'
import { eventsRepository } from '../events/events.repository'
import { fieldErrorsIn, HttpError } from '../http/errors'
import type { ImportLookup } from './import-lookup'
import { createLegacyLookup, isKnownInstitutionName, resolveInstitutions, resolveVenue } from './import-references'
import { importedIds, runImport } from './import-run'
import { keepOtherLanguage } from './keep-other-language'
import { localized } from './legacy-objectives'
import { guessEventType, legacyTaxonomy, typeNote, type LegacyTaxonomy } from './legacy-taxonomy'
import { parseLegacyPage, type ImportWarning, type ParsedLegacyEvent } from './legacy-page.parser'

/** The states an import may create events in: drafts to review, or published (the demo seed). */
export const IMPORT_STATUSES = ['draft', 'published'] as const
export type ImportStatus = (typeof IMPORT_STATUSES)[number]

export interface ImportOptions {
  /** The language of the page's content. */
  lang: Language
  /** The status of the events created; an update keeps the event's status. */
  status: ImportStatus
  /** Do everything, report it, and roll it all back. */
  dryRun: boolean
}

export interface ImportedEvent {
  line: number
  title: string
  outcome: 'created' | 'updated' | 'failed'
  id: number | null
  /** An update that found the event already as the page has it, so nothing was written. */
  isUnchanged: boolean
  /** Why the event could not be imported (outcome `failed`). */
  error: string | null
  /** What of the event could not be read. */
  warnings: ImportWarning[]
  /** Venues and institutions created for it, and other things done on the way. */
  notes: string[]
}

/** How many events each outcome took; `unchanged` are among the `updated`. */
export interface ImportCounts {
  created: number
  updated: number
  unchanged: number
  failed: number
}

export interface ImportReport {
  events: ImportedEvent[]
  /** The counts of `events`, the ones the audit entry records. */
  counts: ImportCounts
  /** Lines outside every event that could not be read. */
  warnings: ImportWarning[]
  isDryRun: boolean
}

/**
 * Imports the legacy events page: each event is created, or updated when an
 * event with the same title (in `lang`) and city exists. Institutions and
 * venues are matched or created on the way. All in one transaction (rolled
 * back for a dry run); an event that fails is rolled back alone and reported,
 * the others are kept.
 */
export function importLegacyPage(db: Db, actor: Actor, text: string, options: ImportOptions): ImportReport {
  return runImport(db, actor, options.dryRun, () => {
    const lookup = createLegacyLookup(db)
    const taxonomy = legacyTaxonomy(db)
    const page = parseLegacyPage(text, options.lang, { isKnownInstitution: isKnownInstitutionName(lookup) })
    const touched = new Set<number>()
    const events = page.events.map((parsed) => importEvent(db, actor, lookup, taxonomy, parsed, options, touched))
    const count = (outcome: ImportedEvent['outcome']) => events.filter((event) => event.outcome === outcome).length
    const counts: ImportCounts = {
      created: count('created'),
      updated: count('updated'),
      unchanged: events.filter((event) => event.isUnchanged).length,
      failed: count('failed'),
    }
    const { created, updated, failed } = counts
    const audit = {
      format: 'legacy-page',
      lang: options.lang,
      status: options.status,
      created,
      updated,
      failed,
      eventIds: importedIds(events),
    }
    return {
      report: { events, counts, warnings: page.warnings, isDryRun: options.dryRun },
      audit,
      eventsWritten: created + updated - counts.unchanged,
    }
  })
}

function importEvent(
  db: Db,
  actor: Actor,
  lookup: ImportLookup,
  taxonomy: LegacyTaxonomy,
  parsed: ParsedLegacyEvent,
  options: ImportOptions,
  touched: Set<number>,
): ImportedEvent {
  const notes: string[] = []
  const base = {
    line: parsed.line,
    title: parsed.title,
    warnings: [...parsed.warnings],
    notes,
    isUnchanged: false,
    error: null,
  }
  if (parsed.title === '') return { ...base, outcome: 'failed', id: null, error: 'it has no title' }
  try {
    // A savepoint: an event that fails leaves none of its venues or institutions behind.
    return lookup.savepoint((): ImportedEvent => {
      const data = toEventData(db, actor, lookup, parsed, options, notes, taxonomy)
      const existing = findImportedBefore(db, parsed, options.lang, touched)
      if (!existing) {
        const created = createEvent(db, actor, data, { status: options.status })
        touched.add(created.id)
        return { ...base, outcome: 'created', id: created.id }
      }
      touched.add(existing.id)
      const merged = keepOtherLanguage(existing, data, options.lang)
      if (merged.hasDroppedOtherLanguage)
        notes.push('the objectives changed shape, so their text in the other language was replaced')
      // The legacy page has no files: the event keeps its documents and image (issue 18 §1).
      const files = { documents: existing.documents, imageFileId: existing.imageFileId }
      // What the page does not say is the editors' (issue 18 §3): their presidency, type, countries and networks stay.
      const kept = {
        presidencyId: existing.presidencyId ?? merged.data.presidencyId,
        typeId: existing.typeId ?? merged.data.typeId,
        countryCodes: existing.countryCodes,
        networkIds: existing.networkIds,
      }
      const updated = updateEvent(db, actor, existing.id, {
        ...merged.data,
        ...files,
        ...kept,
        version: existing.version,
      })
      return { ...base, outcome: 'updated', id: existing.id, isUnchanged: updated.version === existing.version }
    })
  } catch (error) {
    return { ...base, notes: [], outcome: 'failed', id: null, error: describeError(error) }
  }
}

function toEventData(
  db: Db,
  actor: Actor,
  lookup: ImportLookup,
  parsed: ParsedLegacyEvent,
  { lang, dryRun }: ImportOptions,
  notes: string[],
  taxonomy: LegacyTaxonomy,
): EventData {
  // A dry run's ids are rolled back with everything else; they would mislead.
  const idOf = (record: { id: number }) => (dryRun ? '' : ` #${record.id}`)
  const institutions = resolveInstitutions(db, actor, lookup, parsed.institutionNames, lang)
  for (const institution of institutions.created) {
    const label = [institution.acronym[lang], institution.name[lang] || institution.name.en || institution.name.es]
      .filter(Boolean)
      .join(' – ')
    notes.push(`new institution${idOf(institution)} ${label}`)
  }
  for (const name of institutions.repeated)
    notes.push(`"${name}" is an institution already listed for this event; listed once`)

  let venueId: number | null = null
  if (parsed.venueName !== null) {
    const { venue, isNew } = resolveVenue(db, actor, lookup, parsed.venueName, parsed.city, lang)
    venueId = venue.id
    if (isNew) notes.push(`new venue${idOf(venue)} "${parsed.venueName}" (${parsed.city || 'no city'})`)
  }

  const type = guessEventType(parsed.title, taxonomy.types)
  if (type) notes.push(typeNote(type, lang))
  const input = {
    title: localized(parsed.title, lang),
    objectives: parsed.objectives,
    startDate: parsed.startDate,
    endDate: parsed.endDate,
    modality: parsed.modality,
    city: parsed.city,
    venueId,
    institutionIds: institutions.ids,
    contactEmails: parsed.contactEmails,
    contactPhones: parsed.contactPhones,
    // El Salvador's presidency and a type guessed from the title (issue 18 §3), noted for review
    presidencyId: taxonomy.presidencyId,
    typeId: type?.id ?? null,
  }
  const result = EventInputSchema.safeParse(input)
  if (!result.success) throw new ImportError(describeFieldErrors(toFieldErrors(result.error)))
  return result.data
}

const titleKey = (title: string) => sortKey(title).replace(/\s+/g, ' ')

/**
 * The event this one was imported as before: same title in the import
 * language, same city, ignoring case, accents and spacing; the lowest id
 * first, each matched once per run. Only the events whose title starts with
 * the same first word are read (a range of the title's index), not the table.
 */
function findImportedBefore(
  db: Db,
  parsed: ParsedLegacyEvent,
  lang: Language,
  touched: Set<number>,
): Event | undefined {
  const title = titleKey(parsed.title)
  const city = titleKey(parsed.city)
  const firstWord = title.split(' ', 1)[0] ?? ''
  const match = eventsRepository
    .findByTitlePrefix(db, lang, firstWord)
    .find((event) => !touched.has(event.id) && titleKey(event.title) === title && titleKey(event.city) === city)
  return match && getEvent(db, match.id)
}

/** An event the import cannot take; the message says why. */
export class ImportError extends Error {}

/** Field errors as one line: `field: message; field: message`. */
export const describeFieldErrors = (errors: FieldErrors) =>
  Object.entries(errors)
    .map(([field, message]) => `${field}: ${message}`)
    .join('; ')

/** Why an event could not be imported, in one line. */
export function describeError(error: unknown, lang: Language = 'en'): string {
  if (error instanceof ZodError) return describeFieldErrors(toFieldErrors(error, lang))
  if (error instanceof HttpError) {
    const fields = error.fieldErrors ? ` (${describeFieldErrors(fieldErrorsIn(error.fieldErrors, lang))})` : ''
    return `${error.text[lang]}${fields}`
  }
  if (error instanceof Error) return error.message
  return String(error)
}
