import { AUDIT_SORT_FIELDS, AuditFilterSchema } from '@rcm/shared'
import type { Router } from 'express'
import type { Db } from '../db/connection'
import { readOnlyRouter } from '../http/crud-router'
import { getAuditEntry, listAuditLog } from './audit-log.service'

/** `/api/audit-log`: read-only, administrators only. */
export function auditLogRouter(db: Db): Router {
  return readOnlyRouter(
    {
      resource: 'audit-log',
      label: 'Audit entry',
      sortFields: AUDIT_SORT_FIELDS,
      defaultSort: { field: 'id', order: 'DESC' },
      filterSchema: AuditFilterSchema,
    },
    { list: (query) => listAuditLog(db, query), get: (id) => getAuditEntry(db, id) },
  )
}
