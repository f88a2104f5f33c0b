import { VenueInputSchema, type Venue } from '@rcm/shared'
import { eventsRepository } from '../events/events.repository'
import { say } from '../i18n/messages'
import { lookupTableService } from '../lookup-tables/lookup-table.service'
import { venuesRepository, type VenueSortField } from './venues.repository'

const venues = lookupTableService<Venue, VenueSortField>({
  repository: venuesRepository,
  schema: VenueInputSchema,
  label: 'Venue',
  events: { count: eventsRepository.countByVenue, reindex: eventsRepository.reindexByVenue },
  inUse: (count) => say('inUseByEvents', count, 'venue'),
})

export const { get: getVenue, list: listVenues, create: createVenue, update: updateVenue, remove: deleteVenue } = venues
