import { BaseFilterSchema, toIdList } from '@rcm/shared'
import type { Router } from 'express'
import type { Db } from '../db/connection'
import { readOnlyRouter } from '../http/crud-router'
import { getSchedule, listSchedules } from './schedules.service'

/** `/api/schedules`: read-only list of what will be published or unpublished and when (id = the event's id). */
export function schedulesRouter(db: Db): Router {
  return readOnlyRouter(
    {
      resource: 'schedules',
      label: 'Schedule',
      sortFields: ['publishAt'] as const,
      defaultSort: { field: 'publishAt', order: 'ASC' },
      filterSchema: BaseFilterSchema,
    },
    {
      // Schedules are few (events waiting for a time): filtered and paged in memory.
      list: (query) => {
        const ids = toIdList(query.filter.id)
        let all = listSchedules(db).filter((schedule) => ids === undefined || ids.includes(schedule.id))
        if (query.sort.order === 'DESC') all = all.reverse()
        return { data: all.slice(query.range.start, query.range.end + 1), total: all.length }
      },
      get: (id) => getSchedule(db, id),
    },
  )
}
