import { CalendarEventSchema, EVENT_SORT_FIELDS, EventFilterSchema, RESOURCE_ACCESS } from '@rcm/shared'
import { notFound } from '../http/errors'
import { readOnlyRoutes } from '../http/crud-routes'
import { eventsRepository } from './events.repository'

/**
 * `/api/calendar-events`: the events list (same filters, sort and paging) with
 * only what the admin's calendar draws, so that a busy month is one small answer.
 */
export const calendarEventsRoutes = readOnlyRoutes(
  {
    resource: 'calendar-events',
    label: 'Event',
    one: 'calendar event',
    tag: 'Events',
    roles: RESOURCE_ACCESS['calendar-events'],
    record: CalendarEventSchema,
    sortFields: EVENT_SORT_FIELDS,
    defaultSort: { field: 'startDate', order: 'ASC' },
    filterSchema: EventFilterSchema,
    description:
      "Events as the admin's calendar draws them: id, title, status, dates, times, zone and version. Takes the events list's `filter`, `sort` and `range`.",
  },
  {
    list: ({ db }, query) => eventsRepository.listCalendarJson(db, query),
    get: ({ db }, id) => {
      const event = eventsRepository.findCalendarJson(db, id)
      if (!event) throw notFound('Event')
      return event
    },
  },
)
