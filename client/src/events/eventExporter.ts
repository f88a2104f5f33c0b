import {
  eventListCsv,
  eventListJson,
  type Event,
  type EventListReferences,
  type EventType,
  type Institution,
  type Network,
  type Presidency,
  type Venue,
} from '@rcm/shared'
import type { Exporter, FetchRelatedRecords } from 'react-admin'

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

/** The venues, institutions, presidencies, types and networks the events refer to, by id. */
async function fetchReferences(fetch: FetchRelatedRecords, events: Event[]): Promise<EventListReferences> {
  const [venues, institutions, presidencies, eventTypes, networks] = await Promise.all([
    fetchRelated<Venue>(fetch, events, 'venueId', 'venues'),
    fetchRelated<Institution>(fetch, events, 'institutionIds', 'institutions'),
    fetchRelated<Presidency>(fetch, events, 'presidencyId', 'presidencies'),
    fetchRelated<EventType>(fetch, events, 'typeId', 'event-types'),
    fetchRelated<Network>(fetch, events, 'networkIds', 'networks'),
  ])
  return { venues, institutions, presidencies, eventTypes, networks }
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
 * "This list as CSV": the filtered events in the public CSV's two-language
 * columns plus their state (shared/src/event-list-files.ts), readable in a
 * spreadsheet and importable back.
 */
export const eventExporter: Exporter<Event> = async (events, fetchRelatedRecords) => {
  const references = await fetchReferences(fetchRelatedRecords, events)
  download(eventListCsv(events, references), 'events.csv', 'text/csv;charset=utf-8')
}

/** "This list as JSON": each record as the API returns it, with what its ids name beside them (venue, institutions, presidency, …). */
export const eventJsonExporter: Exporter<Event> = async (events, fetchRelatedRecords) => {
  const references = await fetchReferences(fetchRelatedRecords, events)
  download(eventListJson(events, references), 'events.json', 'application/json;charset=utf-8')
}
