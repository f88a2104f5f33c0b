import type { Event, PublicEventData } from '@rcm/shared'
import type { Db } from '../db/connection'
import { institutionsRepository } from '../institutions/institutions.repository'
import { venuesRepository } from '../venues/venues.repository'
import { eventsRepository } from '../events/events.repository'
import { filesRepository } from '../files/files.repository'
import { publicCopiesRepository } from './public-copies.repository'
import { publicTaxonomy } from '../presidencies/public-taxonomy'

/**
 * The event as the public sees it, venue and institution names included:
 * what a publish freezes, and what the admin preview shows of a working copy.
 */
export function toPublicEventData(db: Db, event: Event, publishedAt: string): PublicEventData {
  const venue = event.venueId === null ? undefined : venuesRepository.findById(db, event.venueId)
  return {
    id: event.id,
    title: event.title,
    description: event.description,
    objectives: event.objectives,
    startDate: event.startDate,
    endDate: event.endDate,
    modality: event.modality,
    city: event.city,
    venue: venue ? { name: venue.name, city: venue.city, country: venue.country, address: venue.address } : null,
    institutions: event.institutionIds.flatMap((id) => {
      const institution = institutionsRepository.findById(db, id)
      return institution ? [{ name: institution.name, acronym: institution.acronym }] : []
    }),
    contactEmails: event.contactEmails,
    contactPhones: event.contactPhones,
    publishedAt,
    // times and meeting link (issue 18 §2): the link only when the editor marked it public
    startTime: event.startTime,
    endTime: event.endTime,
    timeZone: event.timeZone,
    meetingUrl: event.meetingUrlPublic ? event.meetingUrl : null,
    // presidency, type, countries and networks (issue 18 §3)
    ...publicTaxonomy(db, event),
    // documents and cover image (issue 18 §1): the files as they are now, frozen with the rest
    ...publicFiles(db, event),
  }
}

/**
 * Whether publishing the event now would give the same public copy: an edit
 * that undoes every change made since the publish (a calendar move and its
 * undo) leaves nothing unpublished. A copy written by an older version of
 * this code never matches, which keeps the event marked, as before.
 */
export function matchesPublicCopy(db: Db, event: Event, copy: PublicEventData): boolean {
  return JSON.stringify(toPublicEventData(db, event, copy.publishedAt)) === JSON.stringify(copy)
}

function publicFiles(db: Db, event: Event): Pick<PublicEventData, 'documents' | 'image'> {
  const files = filesRepository.findByIds(db, [
    ...event.documents.map((document) => document.fileId),
    ...(event.imageFileId === null ? [] : [event.imageFileId]),
  ])
  const image = event.imageFileId === null ? undefined : files.get(event.imageFileId)
  return {
    documents: event.documents.flatMap((document) => {
      const file = files.get(document.fileId)
      if (!file) return []
      const { title, kind, language } = document
      return [{ fileId: file.id, name: file.name, bytes: file.bytes, mediaType: file.mediaType, title, kind, language }]
    }),
    image: image
      ? { fileId: image.id, name: image.name, width: image.width ?? null, height: image.height ?? null }
      : null,
  }
}

/**
 * Freezes the event as the public sees it: renaming a venue later does not
 * change what is published until the next publish.
 */
export function writePublicCopy(db: Db, event: Event, publishedAt: string): PublicEventData {
  const data = toPublicEventData(db, event, publishedAt)
  publicCopiesRepository.write(db, data, eventsRepository.publishCount(db, event.id))
  publicCopiesRepository.writeTaxonomyKeys(db, event)
  return data
}
