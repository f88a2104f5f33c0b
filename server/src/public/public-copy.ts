import type { Event, PublicEventData } from '@rcm/shared'
import type { Db } from '../db/connection'
import { institutionsRepository } from '../institutions/institutions.repository'
import { venuesRepository } from '../venues/venues.repository'
import { eventsRepository } from '../events/events.repository'
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
    // presidency, type, countries and networks (issue 18 §3)
    ...publicTaxonomy(db, event),
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
