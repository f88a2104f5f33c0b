import { BaseFilterSchema, toIdList } from '@rcm/shared'
import { Router } from 'express'
import type { Db } from '../db/connection'
import { parseId, parseListParams, sendList } from '../http/list-params'
import { allowOnly } from '../http/method-not-allowed'
import { getSchedule, listSchedules } from './schedules.service'

/** `/api/schedules`: read-only list of what will be published or unpublished and when (id = the event's id). */
export function schedulesRouter(db: Db): Router {
  const router = Router()

  router.get('/', (req, res) => {
    const query = parseListParams(req.query, { sortFields: ['publishAt'] as const, defaultSort: { field: 'publishAt', order: 'ASC' }, filterSchema: BaseFilterSchema })
    const ids = toIdList(query.filter.id)
    let all = listSchedules(db).filter((schedule) => ids === undefined || ids.includes(schedule.id))
    if (query.sort.order === 'DESC') all = all.reverse()
    sendList(res, 'schedules', { data: all.slice(query.range.start, query.range.end + 1), total: all.length }, query.range)
  })

  router.get('/:id', (req, res) => {
    res.json(getSchedule(db, parseId(req.params.id, 'Schedule')))
  })

  router.all('/', allowOnly('GET'))
  router.all('/:id', allowOnly('GET'))
  return router
}
