import {
  EVENT_TYPE_SORT_FIELDS,
  EventTypeSchema,
  EventTypeWriteSchema,
  LookupFilterSchema,
  RESOURCE_ACCESS,
  omitKeys,
} from '@rcm/shared'
import { crudRoutes } from '../http/crud-routes'
import { createEventType, deleteEventType, getEventType, listEventTypes, updateEventType } from './event-types.service'

/** The record react-admin sends back on update carries its id; the client never sets it. */
const parse = (body: unknown) => EventTypeWriteSchema.parse(omitKeys(body, ['id']))

/** `/api/event-types`: the ra-data-simple-rest calls. */
export const eventTypesRoutes = crudRoutes(
  {
    resource: 'event-types',
    label: 'Event type',
    one: 'event type',
    tag: 'Event types',
    roles: RESOURCE_ACCESS['event-types'],
    record: EventTypeSchema,
    create: EventTypeWriteSchema,
    update: EventTypeWriteSchema,
    sortFields: EVENT_TYPE_SORT_FIELDS,
    defaultSort: { field: 'name', order: 'ASC' },
    filterSchema: LookupFilterSchema,
    deleteConflict: { why: 'An event is of this type' },
  },
  {
    list: ({ db }, query) => listEventTypes(db, query),
    get: ({ db }, id) => getEventType(db, id),
    create: ({ db }, actor, body) => createEventType(db, actor, parse(body)),
    update: ({ db }, actor, id, body) => updateEventType(db, actor, id, parse(body)),
    remove: ({ db }, actor, id) => deleteEventType(db, actor, id),
  },
)
