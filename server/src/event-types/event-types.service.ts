import { EventTypeInputSchema, type EventType } from '@rcm/shared'
import { eventsRepository } from '../events/events.repository'
import { say } from '../i18n/messages'
import { lookupTableService } from '../lookup-tables/lookup-table.service'
import { eventTypesRepository, type EventTypeSortField } from './event-types.repository'

const eventTypes = lookupTableService<EventType, EventTypeSortField>({
  repository: eventTypesRepository,
  schema: EventTypeInputSchema,
  label: 'Event type',
  // An event's search row does not hold its type's name: nothing to rewrite after a rename.
  events: { count: eventsRepository.countByType, reindex: () => {} },
  inUse: (count) => say('taxonomyInUse', count, 'type'),
})

export const {
  get: getEventType,
  list: listEventTypes,
  create: createEventType,
  update: updateEventType,
  remove: deleteEventType,
} = eventTypes
