import { z } from 'zod'
import {
  htmlToLines,
  LANGUAGES,
  localize,
  ModalitySchema,
  ObjectiveStyleSchema,
  otherLanguage,
  type Event,
  type Institution,
  type Language,
  type LocalizedText,
  type ObjectiveSection,
  type Venue,
} from '@rcm/shared'
import type { Actor } from '../actor'
import type { Db } from '../db/connection'
import { htmlToText } from '../db/text'
import { say } from '../i18n/messages'
import { createInstitution } from '../institutions/institutions.service'
import { institutionsRepository } from '../institutions/institutions.repository'
import { escapeHtml } from '../public/html'
import {
  listFromCell,
  parseCountriesCells,
  parseInstitutionCells,
  parseNetworkCells,
  parseObjectivesCells,
  parsePresidencyCells,
  parseTypeCells,
  parseVenueCells,
} from '../public/csv-values'
import { createVenue } from '../venues/venues.service'
import { venuesRepository } from '../venues/venues.repository'
import type { ImportLookup, LookupKeys } from './import-lookup'
import { OBJECTIVES_RESHAPED } from './import-messages'
import { takeCountries, takeNetworks, takePresidency, takeType } from './import-taxonomy'
import { mergeObjectives } from './keep-other-language'

/*
 * Every field the Export menu's files carry, and what the import does with
 * it: one entry per field. An entry with `take` sets event fields from the
 * file, keeping what is stored wherever the file shows it as it is (same
 * text, whitespace aside; the plain text of the stored HTML; the same list
 * in another order; in a one-language file, the language it falls back to),
 * so that an unchanged file changes nothing and a poorer rendering never
 * replaces richer content. An entry without `take` is known and ignored. A
 * field that is not here is an error ("not something an import can set").
 */

/** What the file is: its language (null: both, exactly) and whether its descriptions are plain text (CSV) or HTML (JSON). */
export interface FileDialect {
  lang: Language | null
  descriptionIsText: boolean
}

export interface TakeContext extends FileDialect {
  db: Db
  actor: Actor
  lookup: ImportLookup
  /** The event the file's event was imported as before; null when it is created. */
  stored: Event | null
  /** All the file's fields of this event, for an entry whose reading depends on another's. */
  file: Record<string, unknown>
  /** Things done on the way (a venue created), in `reportLang`. */
  notes: string[]
  reportLang: Language
}

/** The event input being built: the stored event's fields, or none for a new event, changed by the file's. */
export type Draft = Record<string, unknown>

export interface ExportField {
  /** The value as the JSON exports have it, texts as `{en, es}`. */
  schema: z.ZodType
  /** How a CSV cell reads into that value; a translated column reads its `_en` and `_es` cells (a one-language file's one cell as both). */
  csv: ((cell: string) => unknown) | { translated: (en: string, es: string) => unknown }
  /** In a one-language JSON file, texts are strings: this makes them `{en, es}` (the same string in both). */
  fromOneLanguage?: (value: unknown) => unknown
  /** Sets the draft from the file's value; absent: the field is known and ignored. */
  take?: (value: never, draft: Draft, context: TakeContext) => void
}

// ---- comparing what the file shows with what is stored

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim()
const isSameText = (a: string, b: string) => normalize(a) === normalize(b)

/** How a text shows in the file: exactly per language, or in the file's language with the other as fallback. */
const shownText = (text: LocalizedText | null | undefined, lang: Language | null): string =>
  lang === null
    ? JSON.stringify([normalize(text?.en ?? ''), normalize(text?.es ?? '')])
    : normalize(localize(text, lang))

/** The file's text over the stored one: what the file shows as stored keeps the stored text. */
function mergeText(stored: LocalizedText | null, file: LocalizedText, lang: Language | null): LocalizedText {
  if (lang === null) {
    if (!stored) return file
    return {
      en: isSameText(stored.en, file.en) ? stored.en : file.en,
      es: isSameText(stored.es, file.es) ? stored.es : file.es,
    }
  }
  if (stored && shownText(stored, lang) === shownText(file, lang)) return stored
  const other = otherLanguage(lang)
  return { [lang]: file[lang], [other]: stored?.[other] ?? '' } as LocalizedText
}

/** Plain text as description HTML: a paragraph per line. */
const textToHtml = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p>${escapeHtml(line, { quotes: false })}</p>`)
    .join('')

/** Whether the file's description shows the stored HTML: the same HTML, or one of its plain-text renderings. */
function showsDescription(stored: string, file: string, isText: boolean): boolean {
  if (!isText) return stored === file || (stored !== '' && isSameText(stored, file))
  const text = normalize(file)
  return text === normalize(htmlToText(stored)) || text === normalize(htmlToLines(stored))
}

function mergeDescription(stored: LocalizedText | null, file: LocalizedText, dialect: FileDialect): LocalizedText {
  const fromFile = (text: string) => (dialect.descriptionIsText ? textToHtml(text) : text)
  const { lang } = dialect
  if (lang === null) {
    const merged = { en: '', es: '' }
    for (const language of LANGUAGES) {
      const before = stored?.[language] ?? ''
      merged[language] = showsDescription(before, file[language], dialect.descriptionIsText)
        ? before
        : fromFile(file[language])
    }
    return merged
  }
  if (stored && showsDescription(localize(stored, lang), file[lang], dialect.descriptionIsText)) return stored
  const other = otherLanguage(lang)
  return { [lang]: fromFile(file[lang]), [other]: stored?.[other] ?? '' } as LocalizedText
}

/** The objectives as the file shows them; a section without items shows no style, an empty lead paragraph none. */
const shownObjectives = (sections: ObjectiveSection[], lang: Language | null) =>
  JSON.stringify(
    sections.map((section) => [
      shownText(section.heading, lang),
      section.intro ? shownText(section.intro, lang) : shownText(null, lang),
      section.items.length > 0 ? section.style : null,
      section.items.map((item) => [shownText(item.text, lang), item.items.map((sub) => shownText(sub.text, lang))]),
    ]),
  )

/** Objectives of a one-language file with the other language's text left empty. */
function inOneLanguage(sections: ObjectiveSection[], lang: Language): ObjectiveSection[] {
  const only = (text: LocalizedText): LocalizedText => ({ en: '', es: '', [lang]: text[lang] })
  return sections.map((section) => ({
    ...section,
    heading: only(section.heading),
    intro: section.intro && only(section.intro),
    items: section.items.map((item) => ({
      text: only(item.text),
      items: item.items.map((sub) => ({ text: only(sub.text) })),
    })),
  }))
}

// ---- venues and institutions: the stored one when the file shows it, else matched or created

type VenueValue = Pick<Venue, 'name' | 'city' | 'country' | 'address'>
type InstitutionValue = Pick<Institution, 'name' | 'acronym'>

const venueKey = (venue: VenueValue, lang: Language | null) =>
  `venue:${shownText(venue.name, lang)}:${JSON.stringify([normalize(venue.city), venue.country || null, venue.address || null])}`
const institutionKey = (institution: InstitutionValue, lang: Language | null) =>
  `institution:${shownText(institution.name, lang)}:${shownText(institution.acronym, lang)}`

/** The lookup keys of the export import: each record exactly, and as each language shows it. */
export const EXPORT_LOOKUP_KEYS: LookupKeys = {
  venue: (venue) => [null, ...LANGUAGES].map((lang) => venueKey(venue, lang)),
  institution: (institution) => [null, ...LANGUAGES].map((lang) => institutionKey(institution, lang)),
}

const oneLanguageText = (text: LocalizedText, lang: Language | null): LocalizedText =>
  lang === null ? text : ({ en: '', es: '', [lang]: text[lang] } as LocalizedText)

function venueId(value: VenueValue | null, context: TakeContext): number | null {
  if (value === null) return null
  const { stored, lang, lookup } = context
  const storedVenue = stored?.venueId ? venuesRepository.findById(context.db, stored.venueId) : undefined
  if (storedVenue && venueKey(storedVenue, lang) === venueKey(value, lang)) return storedVenue.id
  const found = lookup.venues.find(venueKey(value, lang))
  if (found) return found.id
  const name = oneLanguageText(value.name, lang)
  const created = createVenue(context.db, context.actor, { ...value, name })
  lookup.venues.add(created)
  context.notes.push(say('newVenue', name.en || name.es)[context.reportLang])
  return created.id
}

function institutionIds(values: InstitutionValue[], context: TakeContext): number[] {
  const { stored, lang, lookup } = context
  const storedIds = stored?.institutionIds ?? []
  const storedKeys = storedIds.map((id) => {
    const institution = institutionsRepository.findById(context.db, id)
    return institution ? institutionKey(institution, lang) : ''
  })
  const fileKeys = values.map((value) => institutionKey(value, lang))
  if (stored && JSON.stringify(storedKeys) === JSON.stringify(fileKeys)) return storedIds
  return values.map((value, at) => {
    const found = lookup.institutions.find(fileKeys[at] ?? '')
    if (found) return found.id
    const name = oneLanguageText(value.name, lang)
    const created = createInstitution(context.db, context.actor, {
      name,
      acronym: oneLanguageText(value.acronym, lang),
    })
    lookup.institutions.add(created)
    context.notes.push(say('newInstitution', name.en || name.es)[context.reportLang])
    return created.id
  })
}

// ---- the entries' parts

const TextSchema = z.object({ en: z.string(), es: z.string() })
const textFromOne = (value: unknown) => (typeof value === 'string' ? { en: value, es: value } : value)
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

const nullableCell = (cell: string) => (cell === '' ? null : cell)
const plainCell = (cell: string) => cell
const numberCell = (cell: string) => (cell !== '' && Number.isInteger(Number(cell)) ? Number(cell) : cell)

/** A field the import does not set: the calendar's own state, or ids that only mean something where the file was made. */
const ignored = (schema: z.ZodType = z.unknown(), csv: (cell: string) => unknown = plainCell): ExportField => ({
  schema,
  csv,
})

/** A value taken as the file has it, into the event field of the same name. */
const sameName = (field: string, schema: z.ZodType, csv: (cell: string) => unknown = plainCell): ExportField => ({
  schema,
  csv,
  take: (value: unknown, draft: Draft) => {
    draft[field] = value
  },
})

/** A list taken as the file has it, unless it holds the stored values in another order. */
const list = (field: 'contactEmails' | 'contactPhones'): ExportField => ({
  schema: z.array(z.string()),
  csv: listFromCell,
  take: (value: string[], draft: Draft, { stored }: TakeContext) => {
    const sorted = (items: string[]) => JSON.stringify([...items].sort())
    draft[field] = stored && sorted(stored[field]) === sorted(value) ? stored[field] : value
  },
})

const SectionSchema = z.object({
  heading: TextSchema,
  intro: TextSchema.nullable(),
  style: ObjectiveStyleSchema,
  items: z.array(z.object({ text: TextSchema, items: z.array(z.object({ text: TextSchema })) })),
})

const objectivesFromOne = (value: unknown) =>
  Array.isArray(value)
    ? value.map((section: unknown) => {
        if (!isRecord(section)) return section
        const items = Array.isArray(section.items) ? section.items : section.items
        return {
          ...section,
          heading: textFromOne(section.heading),
          intro: textFromOne(section.intro),
          items: Array.isArray(items)
            ? items.map((item: unknown) =>
                isRecord(item)
                  ? {
                      ...item,
                      text: textFromOne(item.text),
                      items: Array.isArray(item.items)
                        ? item.items.map((sub: unknown) =>
                            isRecord(sub) ? { ...sub, text: textFromOne(sub.text) } : sub,
                          )
                        : item.items,
                    }
                  : item,
              )
            : items,
        }
      })
    : value

const VenueValueSchema = z.object({
  name: TextSchema,
  city: z.string(),
  country: z.string().nullable(),
  address: z.string().nullable(),
})
const InstitutionValueSchema = z.object({ name: TextSchema, acronym: TextSchema })
const PresidencyValueSchema = z.object({
  country: z.object({ code: z.string(), name: TextSchema }),
  startDate: z.string(),
  endDate: z.string(),
  theme: TextSchema,
})

/** Institutions and networks of a one-language file: name and acronym as `{en, es}`. */
const namesFromOne = (value: unknown) =>
  Array.isArray(value)
    ? value.map((item: unknown) =>
        isRecord(item) ? { ...item, name: textFromOne(item.name), acronym: textFromOne(item.acronym) } : item,
      )
    : value

/** The export fields, by the name the JSON key or CSV column has (a translated CSV column without its `_en`/`_es`). */
export const EXPORT_FIELDS: Record<string, ExportField> = {
  // How the event is recognised (import-export-file.ts reads them), not set on it.
  id: ignored(z.number().int().positive(), numberCell),
  url: ignored(z.url()),
  publishedAt: ignored(z.iso.datetime().nullable(), nullableCell),
  createdAt: ignored(z.iso.datetime().nullable(), nullableCell),
  title: {
    schema: TextSchema,
    csv: { translated: (en, es) => ({ en, es }) },
    fromOneLanguage: textFromOne,
    take: (value: LocalizedText, draft: Draft, { stored, lang }: TakeContext) => {
      draft.title = mergeText(stored?.title ?? null, value, lang)
    },
  },
  description: {
    schema: TextSchema,
    csv: { translated: (en, es) => ({ en, es }) },
    fromOneLanguage: textFromOne,
    take: (value: LocalizedText, draft: Draft, context: TakeContext) => {
      draft.description = mergeDescription(context.stored?.description ?? null, value, context)
    },
  },
  objectives: {
    schema: z.array(SectionSchema),
    csv: { translated: parseObjectivesCells },
    fromOneLanguage: objectivesFromOne,
    take: (value: ObjectiveSection[], draft: Draft, context: TakeContext) => {
      const { stored, lang } = context
      if (stored && shownObjectives(stored.objectives, lang) === shownObjectives(value, lang)) {
        draft.objectives = stored.objectives
      } else if (lang === null || !stored) {
        draft.objectives = lang === null ? value : inOneLanguage(value, lang)
      } else {
        const merged = mergeObjectives(stored.objectives, inOneLanguage(value, lang), lang)
        draft.objectives = merged.objectives
        if (merged.hasDroppedOtherLanguage) context.notes.push(OBJECTIVES_RESHAPED[context.reportLang])
      }
    },
  },
  startDate: sameName('startDate', z.iso.date().nullable(), nullableCell),
  endDate: sameName('endDate', z.iso.date().nullable(), nullableCell),
  modality: sameName('modality', ModalitySchema),
  city: sameName('city', z.string()),
  venue: {
    schema: VenueValueSchema.nullable(),
    csv: { translated: parseVenueCells },
    fromOneLanguage: (value) => (isRecord(value) ? { ...value, name: textFromOne(value.name) } : value),
    take: (value: VenueValue | null, draft: Draft, context: TakeContext) => {
      draft.venueId = venueId(value, context)
    },
  },
  institutions: {
    schema: z.array(InstitutionValueSchema),
    csv: { translated: parseInstitutionCells },
    fromOneLanguage: namesFromOne,
    take: (value: InstitutionValue[], draft: Draft, context: TakeContext) => {
      draft.institutionIds = institutionIds(value, context)
    },
  },
  contactEmails: list('contactEmails'),
  contactPhones: list('contactPhones'),
  // The working copy's state in the list exports: the calendar's own, never set by a file.
  version: ignored(),
  status: ignored(),
  hasUnpublishedChanges: ignored(),
  updatedAt: ignored(),
  createdBy: ignored(),
  updatedBy: ignored(),
  // The list JSON's references by id: `venue` and `institutions` carry what they name.
  venueId: ignored(),
  institutionIds: ignored(),
  // translation marks (issue 17 §5): the working copy's own, in the list JSON
  staleTexts: ignored(),
  // times and meeting link (issue 18 §2): the times are the event's own. A feed shows the link only when it is
  // public; a file without one (a CSV, a private link) leaves the stored link and its visibility as they are.
  startTime: sameName('startTime', z.string().nullable(), nullableCell),
  endTime: sameName('endTime', z.string().nullable(), nullableCell),
  timeZone: sameName('timeZone', z.string().nullable(), nullableCell),
  meetingUrl: {
    schema: z.string().nullable(),
    csv: nullableCell,
    take: (value: string | null, draft: Draft, { file }: TakeContext) => {
      if (value === null) return
      draft.meetingUrl = value
      if (!('meetingUrlPublic' in file)) draft.meetingUrlPublic = true
    },
  },
  meetingUrlPublic: {
    schema: z.boolean(),
    csv: (cell) => (cell === 'yes' ? true : cell === 'no' ? false : cell),
    take: (value: boolean, draft: Draft, { file }: TakeContext) => {
      if (typeof file.meetingUrl === 'string') draft.meetingUrlPublic = value
    },
  },
  // presidency, type, countries and networks (§3): by name in the files, as ids here (import-taxonomy.ts);
  // the list JSON's ids are the exporting calendar's, and it carries the names beside them.
  presidency: {
    schema: PresidencyValueSchema.nullable(),
    csv: { translated: parsePresidencyCells },
    fromOneLanguage: (value) =>
      isRecord(value)
        ? {
            ...value,
            theme: textFromOne(value.theme),
            country: isRecord(value.country)
              ? { ...value.country, name: textFromOne(value.country.name) }
              : value.country,
          }
        : value,
    take: takePresidency,
  },
  type: {
    schema: TextSchema.nullable(),
    csv: { translated: parseTypeCells },
    fromOneLanguage: textFromOne,
    take: takeType,
  },
  countries: {
    schema: z.array(z.object({ code: z.string(), name: TextSchema })),
    csv: { translated: parseCountriesCells },
    fromOneLanguage: (value) =>
      Array.isArray(value)
        ? value.map((item: unknown) => (isRecord(item) ? { ...item, name: textFromOne(item.name) } : item))
        : value,
    take: takeCountries,
  },
  networks: {
    schema: z.array(InstitutionValueSchema),
    csv: { translated: parseNetworkCells },
    fromOneLanguage: namesFromOne,
    take: takeNetworks,
  },
  presidencyId: ignored(),
  typeId: ignored(),
  countryCodes: ignored(),
  networkIds: ignored(),
  // documents and images (§1): an export links to the files but cannot carry them; the event keeps its own.
  documents: ignored(z.unknown(), listFromCell),
  image: ignored(),
  imageFileId: ignored(),
}
