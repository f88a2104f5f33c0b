import { VenueInputSchema, type BaseFilter, type ListQuery, type Venue, type VenueData } from '@rcm/shared'
import type { Actor } from '../actor'
import { recordAudit } from '../audit-log/audit-log.service'
import type { Db } from '../db/connection'
import { writeTransaction } from '../db/transaction'
import { eventsRepository } from '../events/events.repository'
import { conflict, notFound } from '../http/errors'
import { say } from '../i18n/messages'
import { venuesRepository, type VenueSortField } from './venues.repository'

/** The venue with this id, or a 404. */
export function getVenue(db: Db, id: number): Venue {
  const venue = venuesRepository.findById(db, id)
  if (!venue) throw notFound('Venue')
  return venue
}

/** One page of venues for the list's filter and sort, and the total. */
export function listVenues(db: Db, query: ListQuery<BaseFilter, VenueSortField>): { data: Venue[]; total: number } {
  return venuesRepository.list(db, query)
}

/** Creates a venue. Throws a ZodError for invalid data. */
export function createVenue(db: Db, _actor: Actor, data: VenueData): Venue {
  const clean = VenueInputSchema.parse(data)
  return writeTransaction(db, () => venuesRepository.insert(db, clean))
}

/** Replaces a venue's data; its events' search rows follow the new name. */
export function updateVenue(db: Db, _actor: Actor, id: number, data: VenueData): Venue {
  const clean = VenueInputSchema.parse(data)
  return writeTransaction(db, () => {
    getVenue(db, id)
    const venue = venuesRepository.update(db, id, clean)
    eventsRepository.reindexByVenue(db, id)
    return venue
  })
}

/** Deletes a venue no event uses (409 naming how many do) and returns it as it was. */
export function deleteVenue(db: Db, actor: Actor, id: number): Venue {
  return writeTransaction(db, () => {
    const venue = getVenue(db, id)
    const uses = eventsRepository.countByVenue(db, id)
    if (uses > 0) throw conflict(say('inUseByEvents', uses, 'venue'))
    venuesRepository.remove(db, id)
    recordAudit(db, actor, 'venues.delete', { type: 'venues', id }, { name: venue.name })
    return venue
  })
}
