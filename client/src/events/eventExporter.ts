import {
  institutionLabel,
  LANGUAGES,
  localize,
  objectivesToText,
  type Event,
  type Institution,
  type Venue,
} from '@rcm/shared'
import { defaultExporter, type Exporter, type FetchRelatedRecords } from 'react-admin'

/** Plain text of the server-sanitized description HTML, one line per block. */
function htmlToText(html: string): string {
  if (html === '') return ''
  const withBreaks = html.replace(/<\/(p|li|h[1-6]|blockquote)>|<br\s*\/?>/gi, '$&\n')
  const text = new DOMParser().parseFromString(withBreaks, 'text/html').body.textContent ?? ''
  return text.replace(/\n{2,}/g, '\n').trim()
}

async function fetchRelated<T>(
  fetch: FetchRelatedRecords,
  events: Event[],
  field: keyof Event,
  resource: string,
): Promise<Record<number, T>> {
  const hasAny = events.some((event) => {
    const value = event[field]
    return Array.isArray(value) ? value.length > 0 : value != null
  })
  return hasAny ? fetch<T>(events, field, resource) : {}
}

/** The venues and institutions the events refer to, by id. */
const fetchReferences = (fetch: FetchRelatedRecords, events: Event[]) =>
  Promise.all([
    fetchRelated<Venue>(fetch, events, 'venueId', 'venues'),
    fetchRelated<Institution>(fetch, events, 'institutionIds', 'institutions'),
  ])

/**
 * One CSV row per event, `{en, es}` fields as `…_en` / `…_es` columns (as the
 * public CSV export names them), lists joined with "; ", references by name.
 */
export function toCsvRow(event: Event, venues: Record<number, Venue>, institutions: Record<number, Institution>) {
  const venue = event.venueId === null ? undefined : venues[event.venueId]
  const eventInstitutions = event.institutionIds.flatMap((id) => (institutions[id] ? [institutions[id]] : []))
  const row: Record<string, string | number> = { id: event.id }
  for (const lang of LANGUAGES) row[`title_${lang}`] = event.title[lang]
  Object.assign(row, {
    startDate: event.startDate ?? '',
    endDate: event.endDate ?? '',
    modality: event.modality,
    city: event.city,
    status: event.status,
  })
  for (const lang of LANGUAGES) row[`venue_${lang}`] = venue ? localize(venue.name, lang) : ''
  for (const lang of LANGUAGES) {
    row[`institutions_${lang}`] = eventInstitutions.map((institution) => institutionLabel(institution, lang)).join('; ')
  }
  row.contactEmails = event.contactEmails.join('; ')
  row.contactPhones = event.contactPhones.join('; ')
  for (const lang of LANGUAGES) row[`description_${lang}`] = htmlToText(event.description[lang])
  for (const lang of LANGUAGES) row[`objectives_${lang}`] = objectivesToText(event.objectives, lang)
  row.hasUnpublishedChanges = event.hasUnpublishedChanges ? 'yes' : 'no'
  row.publishedAt = event.publishedAt ?? ''
  row.updatedAt = event.updatedAt
  return row
}

/** The list's Export button: the filtered events, readable in a spreadsheet. */
export const eventExporter: Exporter<Event> = async (events, fetchRelatedRecords, dataProvider) => {
  const [venues, institutions] = await fetchReferences(fetchRelatedRecords, events)
  const rows = events.map((event) => toCsvRow(event, venues, institutions))
  return defaultExporter(rows, fetchRelatedRecords, dataProvider, 'events')
}

/** Triggers the browser's download of `content` as `filename`. */
function download(content: string, filename: string, type: string) {
  const link = document.createElement('a')
  link.href = URL.createObjectURL(new Blob([content], { type }))
  link.download = filename
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
}

/**
 * The filtered events as JSON: each record as the API returns it (both
 * languages, workflow fields included), with its venue and institutions
 * in place of their ids' records, so the file stands on its own.
 */
export const eventJsonExporter: Exporter<Event> = async (events, fetchRelatedRecords) => {
  const [venues, institutions] = await fetchReferences(fetchRelatedRecords, events)
  const records = events.map((event) => ({
    ...event,
    venue: event.venueId === null ? null : (venues[event.venueId] ?? null),
    institutions: event.institutionIds.flatMap((id) => (institutions[id] ? [institutions[id]] : [])),
  }))
  download(`${JSON.stringify(records, null, 2)}\n`, 'events.json', 'application/json;charset=utf-8')
}
