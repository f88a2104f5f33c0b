import {
  LookupFilterSchema,
  RESOURCE_ACCESS,
  VENUE_SORT_FIELDS,
  VenueSchema,
  VenueWriteSchema,
  omitKeys,
} from '@rcm/shared'
import { crudRoutes } from '../http/crud-routes'
import { createVenue, deleteVenue, getVenue, listVenues, updateVenue } from './venues.service'

/** The record react-admin sends back on update carries its id; the client never sets it. */
const parse = (body: unknown) => VenueWriteSchema.parse(omitKeys(body, ['id']))

/** `/api/venues`: the ra-data-simple-rest calls (docs/contract.md, "Conventions"). */
export const venuesRoutes = crudRoutes(
  {
    resource: 'venues',
    label: 'Venue',
    one: 'venue',
    tag: 'Venues',
    roles: RESOURCE_ACCESS.venues,
    record: VenueSchema,
    create: VenueWriteSchema,
    update: VenueWriteSchema,
    sortFields: VENUE_SORT_FIELDS,
    defaultSort: { field: 'name', order: 'ASC' },
    filterSchema: LookupFilterSchema,
    deleteConflict: { why: 'An event uses the venue' },
  },
  {
    list: ({ db }, query) => listVenues(db, query),
    get: ({ db }, id) => getVenue(db, id),
    create: ({ db }, actor, body) => createVenue(db, actor, parse(body)),
    update: ({ db }, actor, id, body) => updateVenue(db, actor, id, parse(body)),
    remove: ({ db }, actor, id) => deleteVenue(db, actor, id),
  },
)
