import { publicTaxonomyOf, type Event, type PublicTaxonomy } from '@rcm/shared'
import type { Db } from '../db/connection'
import { eventTypesRepository } from '../event-types/event-types.repository'
import { networksRepository } from '../networks/networks.repository'
import { presidenciesRepository } from './presidencies.repository'

/** The event's presidency, type, countries and networks as the public sees them, read from the database. */
export function publicTaxonomy(
  db: Db,
  event: Pick<Event, 'presidencyId' | 'typeId' | 'countryCodes' | 'networkIds'>,
): PublicTaxonomy {
  return publicTaxonomyOf(event, {
    presidency: (id) => presidenciesRepository.findById(db, id),
    eventType: (id) => eventTypesRepository.findById(db, id),
    network: (id) => networksRepository.findById(db, id),
  })
}
