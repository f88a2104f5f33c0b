import { REVISION_SORT_FIELDS, RevisionFilterSchema } from '@rcm/shared'
import { Router } from 'express'
import type { Db } from '../db/connection'
import { notFound } from '../http/errors'
import { parseId, parseListParams, sendList } from '../http/list-params'
import { allowOnly } from '../http/method-not-allowed'
import { revisionsRepository } from '../events/revisions.repository'

/** `/api/revisions`: read-only (writes are a 405); getManyReference by `eventId`. */
export function revisionsRouter(db: Db): Router {
  const router = Router()

  router.get('/', (req, res) => {
    const query = parseListParams(req.query, { sortFields: REVISION_SORT_FIELDS, defaultSort: { field: 'id', order: 'DESC' }, filterSchema: RevisionFilterSchema })
    sendList(res, 'revisions', revisionsRepository.list(db, query), query.range)
  })

  router.get('/:id', (req, res) => {
    const revision = revisionsRepository.findById(db, parseId(req.params.id, 'Revision'))
    if (!revision) throw notFound('Revision')
    res.json(revision)
  })

  router.all('/', allowOnly('GET'))
  router.all('/:id', allowOnly('GET'))
  return router
}
