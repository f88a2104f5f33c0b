import type { AuditEntry, AuditFilter, ListQuery } from '@rcm/shared'
import type { Actor } from '../actor'
import type { Db } from '../db/connection'
import { notFound } from '../http/errors'
import { auditLogRepository, entryHash, GENESIS_HASH, type AuditSortField } from './audit-log.repository'

/**
 * Records what `actor` did, chained to the entry before. Call it inside the
 * transaction of the change it records, so both commit or neither does.
 * Never pass a password or a session token in `details`.
 */
export function recordAudit(
  db: Db,
  actor: Pick<Actor, 'id'>,
  action: string,
  target?: { type: string; id: number | null } | null,
  details?: Record<string, unknown>,
  now: Date = new Date(),
): void {
  auditLogRepository.append(db, {
    userId: actor.id,
    action,
    targetType: target?.type ?? null,
    targetId: target?.id ?? null,
    details,
    now: now.toISOString(),
  })
}

export function listAuditLog(
  db: Db,
  query: ListQuery<AuditFilter, AuditSortField>,
): { data: AuditEntry[]; total: number } {
  return auditLogRepository.list(db, query)
}

export function getAuditEntry(db: Db, id: number): AuditEntry {
  const entry = auditLogRepository.findById(db, id)
  if (!entry) throw notFound('Audit entry')
  return entry
}

export type ChainCheck =
  { isIntact: true; count: number } | { isIntact: false; count: number; brokenId: number; reason: string }

/** Walks the whole log and names the first entry whose link or content does not match its hash. */
export function verifyAuditChain(db: Db): ChainCheck {
  let previousHash = GENESIS_HASH
  let previousId = 0
  let count = 0
  for (const row of auditLogRepository.rows(db)) {
    count++
    if (row.id !== previousId + 1)
      return { isIntact: false, count, brokenId: row.id, reason: `entry ${previousId + 1} is missing` }
    if (row.prev_hash !== previousHash)
      return { isIntact: false, count, brokenId: row.id, reason: 'it does not link to the entry before' }
    if (entryHash(row) !== row.hash)
      return { isIntact: false, count, brokenId: row.id, reason: 'its content does not match its hash' }
    previousHash = row.hash
    previousId = row.id
  }
  return { isIntact: true, count }
}
