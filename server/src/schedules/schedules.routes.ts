import { BaseFilterSchema, RESOURCE_ACCESS, ScheduleSchema, toIdList } from '@rcm/shared'
import { readOnlyRoutes } from '../http/crud-routes'
import { getSchedule, listSchedules } from './schedules.service'

/** `/api/schedules`: read-only list of what will be published or unpublished and when (id = the event's id). */
export const schedulesRoutes = readOnlyRoutes(
  {
    resource: 'schedules',
    label: 'Schedule',
    one: 'schedule',
    tag: 'Workflow',
    roles: RESOURCE_ACCESS.schedules,
    record: ScheduleSchema,
    sortFields: ['publishAt'] as const,
    defaultSort: { field: 'publishAt', order: 'ASC' },
    filterSchema: BaseFilterSchema,
    description: "What will be published or unpublished and when; a schedule's id is its event's.",
  },
  {
    // Schedules are few (events waiting for a time): filtered and paged in memory.
    list: ({ db }, query) => {
      const ids = toIdList(query.filter.id)
      let all = listSchedules(db).filter((schedule) => ids === undefined || ids.includes(schedule.id))
      if (query.sort.order === 'DESC') all = all.reverse()
      return { data: all.slice(query.range.start, query.range.end + 1), total: all.length }
    },
    get: ({ db }, id) => getSchedule(db, id),
  },
)
