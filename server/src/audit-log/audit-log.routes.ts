import { AUDIT_SORT_FIELDS, AuditFilterSchema } from '@rcm/shared'
import { Router } from 'express'
import type { Db } from '../db/connection'
import { parseId, parseListParams, sendList } from '../http/list-params'
import { allowOnly } from '../http/method-not-allowed'
import { getAuditEntry, listAuditLog } from './audit-log.service'

/** `/api/audit-log`: read-only, administrators only. */
export function auditLogRouter(db: Db): Router {
  const router = Router()

  router.get('/', (req, res) => {
    const query = parseListParams(req.query, { sortFields: AUDIT_SORT_FIELDS, defaultSort: { field: 'id', order: 'DESC' }, filterSchema: AuditFilterSchema })
    sendList(res, 'audit-log', listAuditLog(db, query), query.range)
  })

  router.get('/:id', (req, res) => {
    res.json(getAuditEntry(db, parseId(req.params.id, 'Audit entry')))
  })

  router.all('/', allowOnly('GET'))
  router.all('/:id', allowOnly('GET'))
  return router
}
