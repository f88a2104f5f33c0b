import {
  EVENT_SORT_FIELDS,
  EventCreateSchema,
  EventFilterSchema,
  SERVER_OWNED_EVENT_FIELDS,
  omitKeys,
} from '@rcm/shared'
import { Router } from 'express'
import type { Db } from '../db/connection'
import { crudRouter } from '../http/crud-router'
import { addPreviewRoute } from '../public/calendar.routes'
import { addWorkflowRoutes } from './events-workflow.routes'
import { createEvent, deleteEvent, getEventJson, listEventsJson, updateEvent } from './events.service'

/**
 * `/api/events`: the ra-data-simple-rest calls (docs/contract.md, "Conventions"), the
 * workflow's (events-workflow.routes.ts) and the preview, on one router:
 * Express pays for every router a request enters (decision 008). The
 * workflow's come first, so `POST /bulk` is not the CRUD's 405 for `/:id`.
 */
export function eventsRouter(db: Db, now?: () => Date): Router {
  return crudRouter(
    {
      resource: 'events',
      label: 'Event',
      sortFields: EVENT_SORT_FIELDS,
      defaultSort: { field: 'startDate', order: 'ASC' },
      filterSchema: EventFilterSchema,
    },
    {
      list: (query) => listEventsJson(db, query),
      get: (id) => getEventJson(db, id),
      create: (actor, body) =>
        createEvent(db, actor, EventCreateSchema.parse(omitKeys(body, SERVER_OWNED_EVENT_FIELDS))),
      // The update checks `version` and the fields the client may set itself.
      update: (actor, id, body) => updateEvent(db, actor, id, body),
      remove: (actor, id) => deleteEvent(db, actor, id),
    },
    addPreviewRoute(addWorkflowRoutes(Router(), db, now), db),
  )
}
