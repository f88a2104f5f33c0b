import { BaseFilterSchema, VENUE_SORT_FIELDS, VenueWriteSchema, omitKeys } from '@rcm/shared'
import type { Router } from 'express'
import type { Db } from '../db/connection'
import { crudRouter } from '../http/crud-router'
import { createVenue, deleteVenue, getVenue, listVenues, updateVenue } from './venues.service'

/** The record react-admin sends back on update carries its id; the client never sets it. */
const parse = (body: unknown) => VenueWriteSchema.parse(omitKeys(body, ['id']))

/** `/api/venues`: the ra-data-simple-rest calls (docs/contract.md, "Conventions"). */
export function venuesRouter(db: Db): Router {
  return crudRouter(
    {
      resource: 'venues',
      label: 'Venue',
      sortFields: VENUE_SORT_FIELDS,
      defaultSort: { field: 'name', order: 'ASC' },
      filterSchema: BaseFilterSchema,
    },
    {
      list: (query) => listVenues(db, query),
      get: (id) => getVenue(db, id),
      create: (actor, body) => createVenue(db, actor, parse(body)),
      update: (actor, id, body) => updateVenue(db, actor, id, parse(body)),
      remove: (actor, id) => deleteVenue(db, actor, id),
    },
  )
}
