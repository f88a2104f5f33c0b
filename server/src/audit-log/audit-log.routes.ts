import { AUDIT_SORT_FIELDS, AuditEntrySchema, AuditFilterSchema, RESOURCE_ACCESS } from '@rcm/shared'
import { readOnlyRoutes } from '../http/crud-routes'
import { getAuditEntry, listAuditLog } from './audit-log.service'

/** `/api/audit-log`: read-only, administrators only. */
export const auditLogRoutes = readOnlyRoutes(
  {
    resource: 'audit-log',
    label: 'Audit entry',
    one: 'audit-log entry',
    tag: 'History',
    roles: RESOURCE_ACCESS['audit-log'],
    record: AuditEntrySchema,
    sortFields: AUDIT_SORT_FIELDS,
    defaultSort: { field: 'id', order: 'DESC' },
    filterSchema: AuditFilterSchema,
    description:
      'Sign-ins, account changes, workflow steps, deletions, restores and imports, hash-chained (`npm run audit:verify`).',
  },
  { list: ({ db }, query) => listAuditLog(db, query), get: ({ db }, id) => getAuditEntry(db, id) },
)
