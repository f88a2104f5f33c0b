import { EVENT_SORT_FIELDS, EventCreateSchema, EventFilterSchema, SERVER_OWNED_EVENT_FIELDS, omitKeys } from '@rcm/shared'
import type { Router } from 'express'
import type { Db } from '../db/connection'
import { crudRouter } from '../http/crud-router'
import { createEvent, deleteEvent, getEventJson, listEventsJson, updateEvent } from './events.service'

/** `/api/events`: the ra-data-simple-rest calls (CONTRACT, "HTTP API"); the workflow's are in events-workflow.routes.ts. */
export function eventsRouter(db: Db): Router {
  return crudRouter(
    { resource: 'events', label: 'Event', sortFields: EVENT_SORT_FIELDS, defaultSort: { field: 'startDate', order: 'ASC' }, filterSchema: EventFilterSchema },
    {
      list: (query) => listEventsJson(db, query),
      get: (id) => getEventJson(db, id),
      create: (actor, body) => createEvent(db, actor, EventCreateSchema.parse(omitKeys(body, SERVER_OWNED_EVENT_FIELDS))),
      // The update checks `version` and the fields the client may set itself.
      update: (actor, id, body) => updateEvent(db, actor, id, body),
      remove: (actor, id) => deleteEvent(db, actor, id),
    },
  )
}
