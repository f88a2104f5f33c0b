import {
  EVENT_SORT_FIELDS,
  EventCreateSchema,
  EventFilterSchema,
  EventSchema,
  EventUpdateSchema,
  RESOURCE_ACCESS,
  SERVER_OWNED_EVENT_FIELDS,
  omitKeys,
} from '@rcm/shared'
import { crudRoutes } from '../http/crud-routes'
import { eventPreviewRoutes } from '../public/calendar.routes'
import { eventsWorkflowRoutes, STALE_VERSION } from './events-workflow.routes'
import { createEvent, deleteEvent, getEventJson, listEventsJson, updateEvent } from './events.service'

/**
 * `/api/events`: the ra-data-simple-rest calls (docs/contract.md, "Conventions"),
 * the workflow's (events-workflow.routes.ts) and the preview, on one router:
 * Express pays for every router a request enters (decision 008). The CRUD's
 * come first, so a list or getOne is matched before the rest.
 */
export const eventsRoutes = [
  ...crudRoutes(
    {
      resource: 'events',
      label: 'Event',
      one: 'event',
      tag: 'Events',
      roles: RESOURCE_ACCESS.events,
      record: EventSchema,
      create: EventCreateSchema,
      update: EventUpdateSchema,
      sortFields: EVENT_SORT_FIELDS,
      defaultSort: { field: 'startDate', order: 'ASC' },
      filterSchema: EventFilterSchema,
      updateConflict: STALE_VERSION,
    },
    {
      list: ({ db }, query) => listEventsJson(db, query),
      get: ({ db }, id) => getEventJson(db, id),
      create: ({ db }, actor, body) =>
        createEvent(db, actor, EventCreateSchema.parse(omitKeys(body, SERVER_OWNED_EVENT_FIELDS))),
      // The update checks `version` and the fields the client may set itself.
      update: ({ db }, actor, id, body) => updateEvent(db, actor, id, body),
      remove: ({ db }, actor, id) => deleteEvent(db, actor, id),
    },
  ),
  ...eventsWorkflowRoutes,
  ...eventPreviewRoutes,
]
