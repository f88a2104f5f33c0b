import {
  countriesCell,
  csvRecord,
  exactText,
  htmlToLines,
  institutionsCell,
  networksCell,
  objectivesCell,
  presidencyCell,
  typeCell,
  venueCell,
  type TextIn,
} from './csv-cells'
import type { Event } from './events'
import type { Institution } from './institutions'
import { LANGUAGES, type Language } from './languages'
import { publicTaxonomyOf } from './public-taxonomy'
import type { EventType, Network, Presidency } from './taxonomy'
import type { Venue } from './venues'

/*
 * The files of the events list's Export menu ("This list as CSV / JSON"):
 * the working copies as filtered, in the public CSV's dialect plus the
 * working-copy columns, so that Import reads them back (docs/import.md).
 */

type Cell = string | number | null
type ListVenue = Pick<Venue, 'name' | 'city' | 'country' | 'address'>

export interface EventListReferences {
  venues: Record<number, Venue>
  institutions: Record<number, Institution>
  // presidency, type and networks (issue 18 §3)
  presidencies: Record<number, Presidency>
  eventTypes: Record<number, EventType>
  networks: Record<number, Network>
}

/**
 * What the event's ids name, as the public exports write them: the ids are
 * this calendar's, the names are what another calendar imports by.
 */
function referencesOf(event: Event, references: EventListReferences) {
  const { venues, institutions, presidencies, eventTypes, networks } = references
  const venue: ListVenue | null = event.venueId === null ? null : (venues[event.venueId] ?? null)
  const eventInstitutions = event.institutionIds.flatMap((id) => (institutions[id] ? [institutions[id]] : []))
  return {
    venue,
    institutions: eventInstitutions,
    ...publicTaxonomyOf(event, {
      presidency: (id) => presidencies[id],
      eventType: (id) => eventTypes[id],
      network: (id) => networks[id],
    }),
  }
}

type Listed = Event & ReturnType<typeof referencesOf>

/** A column in both languages (`title_en`, `title_es`), each exactly as written in it. */
const both = (column: string, cell: (event: Listed, lang: Language, text: TextIn) => string) =>
  LANGUAGES.map((lang) => [`${column}_${lang}`, (event: Listed) => cell(event, lang, exactText)] as const)

/** The list CSV's columns: the public CSV's, in both languages and without url, then the working copy's state. */
const LIST_CSV_COLUMNS: ReadonlyArray<readonly [string, (event: Listed) => Cell]> = [
  ['id', (event) => event.id],
  ...both('title', (event, lang, text) => text(event.title, lang)),
  ['startDate', (event) => event.startDate],
  ['endDate', (event) => event.endDate],
  ['modality', (event) => event.modality],
  ['city', (event) => event.city],
  ...both('venue', (event, lang, text) => venueCell(event.venue, lang, text)),
  ...both('institutions', (event, lang, text) => institutionsCell(event.institutions, lang, text)),
  ['contactEmails', (event) => event.contactEmails.join('; ')],
  ['contactPhones', (event) => event.contactPhones.join('; ')],
  ...both('description', (event, lang) => htmlToLines(event.description[lang])),
  ...both('objectives', (event, lang, text) => objectivesCell(event.objectives, lang, text)),
  // times and meeting link (issue 18 §2)
  ['startTime', (event) => event.startTime],
  ['endTime', (event) => event.endTime],
  ['timeZone', (event) => event.timeZone],
  ['meetingUrl', (event) => event.meetingUrl],
  ['meetingUrlPublic', (event) => (event.meetingUrlPublic ? 'yes' : 'no')],
  // presidency, type, countries and networks (issue 18 §3)
  ...both('presidency', (event, lang, text) => presidencyCell(event.presidency, lang, text)),
  ...both('type', (event, lang, text) => typeCell(event.type, lang, text)),
  ...both('countries', (event, lang, text) => countriesCell(event.countries, lang, text)),
  ...both('networks', (event, lang, text) => networksCell(event.networks, lang, text)),
  ['status', (event) => event.status],
  ['hasUnpublishedChanges', (event) => (event.hasUnpublishedChanges ? 'yes' : 'no')],
  ['publishedAt', (event) => event.publishedAt],
  ['createdAt', (event) => event.createdAt],
  ['updatedAt', (event) => event.updatedAt],
]

/** The list CSV's header row. */
export const EVENT_LIST_CSV_HEADER = LIST_CSV_COLUMNS.map(([name]) => name)

/** The list as CSV: UTF-8 byte-order mark, a header row, one CRLF-terminated row per event. */
export function eventListCsv(events: Event[], references: EventListReferences): string {
  const rows = events.map((event) => {
    const listed = { ...event, ...referencesOf(event, references) }
    return csvRecord(LIST_CSV_COLUMNS.map(([, cell]) => cell(listed)))
  })
  return `\uFEFF${csvRecord(EVENT_LIST_CSV_HEADER)}${rows.join('')}`
}

/**
 * The list as JSON: each record as the API returns it (both languages,
 * workflow fields included), with its venue and institutions in place of
 * their ids' records and its presidency, type, countries and networks named
 * as the public JSON names them, so the file stands on its own.
 */
export function eventListJson(events: Event[], references: EventListReferences): string {
  const records = events.map((event) => ({ ...event, ...referencesOf(event, references) }))
  return `${JSON.stringify(records, null, 2)}\n`
}
