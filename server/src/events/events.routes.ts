import { EVENT_SORT_FIELDS, EventCreateSchema, EventFilterSchema, SERVER_OWNED_EVENT_FIELDS, omitKeys } from '@rcm/shared'
import { Router } from 'express'
import type { Db } from '../db/connection'
import { actorOf } from '../http/access'
import { parseId, parseListParams, sendJson, sendJsonList } from '../http/list-params'
import { allowOnly } from '../http/method-not-allowed'
import { createEvent, deleteEvent, getEventJson, listEventsJson, updateEvent } from './events.service'

/** `/api/events`: the ra-data-simple-rest calls (CONTRACT, "HTTP API"). */
export function eventsRouter(db: Db): Router {
  const router = Router()

  router.get('/', (req, res) => {
    const query = parseListParams(req.query, {
      sortFields: EVENT_SORT_FIELDS,
      defaultSort: { field: 'startDate', order: 'ASC' },
      filterSchema: EventFilterSchema,
    })
    sendJsonList(res, 'events', listEventsJson(db, query), query.range)
  })

  router.post('/', (req, res) => {
    const data = EventCreateSchema.parse(omitKeys(req.body ?? {}, SERVER_OWNED_EVENT_FIELDS))
    res.status(201).json(createEvent(db, actorOf(res), data))
  })

  router.get('/:id', (req, res) => {
    sendJson(res, getEventJson(db, parseId(req.params.id, 'Event')))
  })

  router.put('/:id', (req, res) => {
    res.json(updateEvent(db, actorOf(res), parseId(req.params.id, 'Event'), req.body ?? {}))
  })

  router.delete('/:id', (req, res) => {
    res.json(deleteEvent(db, actorOf(res), parseId(req.params.id, 'Event')))
  })

  router.all('/', allowOnly('GET, POST'))
  router.all('/:id', allowOnly('GET, PUT, DELETE'))
  return router
}
