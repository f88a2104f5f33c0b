import { BaseFilterSchema, VENUE_SORT_FIELDS, VenueWriteSchema, omitKeys } from '@rcm/shared'
import { Router } from 'express'
import type { Db } from '../db/connection'
import { actorOf } from '../http/access'
import { parseId, parseListParams, sendList } from '../http/list-params'
import { allowOnly } from '../http/method-not-allowed'
import { createVenue, deleteVenue, getVenue, listVenues, updateVenue } from './venues.service'

/** The record react-admin sends back on update carries its id; the client never sets it. */
const SERVER_OWNED = ['id']

/** `/api/venues`: the ra-data-simple-rest calls (CONTRACT, "HTTP API"). */
export function venuesRouter(db: Db): Router {
  const router = Router()

  router.get('/', (req, res) => {
    const query = parseListParams(req.query, {
      sortFields: VENUE_SORT_FIELDS,
      defaultSort: { field: 'name', order: 'ASC' },
      filterSchema: BaseFilterSchema,
    })
    sendList(res, 'venues', listVenues(db, query), query.range)
  })

  router.post('/', (req, res) => {
    const data = VenueWriteSchema.parse(omitKeys(req.body ?? {}, SERVER_OWNED))
    res.status(201).json(createVenue(db, actorOf(res), data))
  })

  router.get('/:id', (req, res) => {
    res.json(getVenue(db, parseId(req.params.id, 'Venue')))
  })

  router.put('/:id', (req, res) => {
    const id = parseId(req.params.id, 'Venue')
    const data = VenueWriteSchema.parse(omitKeys(req.body ?? {}, SERVER_OWNED))
    res.json(updateVenue(db, actorOf(res), id, data))
  })

  router.delete('/:id', (req, res) => {
    res.json(deleteVenue(db, actorOf(res), parseId(req.params.id, 'Venue')))
  })

  router.all('/', allowOnly('GET, POST'))
  router.all('/:id', allowOnly('GET, PUT, DELETE'))
  return router
}
