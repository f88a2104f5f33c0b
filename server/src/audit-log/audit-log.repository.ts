import { createHash } from 'node:crypto'
import type { AuditEntry, AuditFilter, ListQuery } from '@rcm/shared'
import type { Db } from '../db/connection'
import { isIn, selectPage, type Condition } from '../db/paged-query'
import { statement } from '../db/statements'

export type AuditSortField = 'id' | 'createdAt' | 'action' | 'userId'

interface AuditRow {
  id: number
  created_at: string
  user_id: number | null
  action: string
  target_type: string | null
  target_id: number | null
  details: string
  prev_hash: string
  hash: string
}

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64)

/**
 * SHA-256 of the previous hash and the entry's canonical content: a JSON
 * array in a fixed order, so the same entry always hashes the same.
 */
export function entryHash(row: Omit<AuditRow, 'hash'>): string {
  const canonical = JSON.stringify([
    row.id,
    row.created_at,
    row.user_id,
    row.action,
    row.target_type,
    row.target_id,
    row.details,
  ])
  return createHash('sha256').update(row.prev_hash).update(canonical).digest('hex')
}

const COLUMNS = 'a.id, a.created_at, a.user_id, a.action, a.target_type, a.target_id, a.details, a.prev_hash, a.hash'

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    createdAt: row.created_at,
    userId: row.user_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    details: JSON.parse(row.details) as Record<string, unknown>,
    hash: row.hash,
  }
}

const SORTS: Record<AuditSortField, string> = {
  id: 'a.id',
  createdAt: 'a.created_at',
  action: 'a.action',
  userId: 'a.user_id',
}

export interface NewAuditEntry {
  userId: number | null
  action: string
  targetType?: string | null
  targetId?: number | null
  details?: Record<string, unknown>
  now: string
}

export const auditLogRepository = {
  /** Appends an entry chained to the last one. Call inside the write transaction of what it records. */
  append(db: Db, entry: NewAuditEntry): void {
    const last = statement<{ id: number; hash: string }>(
      db,
      'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1',
    ).get()
    const row = {
      id: (last?.id ?? 0) + 1,
      created_at: entry.now,
      user_id: entry.userId,
      action: entry.action,
      target_type: entry.targetType ?? null,
      target_id: entry.targetId ?? null,
      details: JSON.stringify(entry.details ?? {}),
      prev_hash: last?.hash ?? GENESIS_HASH,
    }
    statement(
      db,
      `INSERT INTO audit_log (id, created_at, user_id, action, target_type, target_id, details, prev_hash, hash)
       VALUES (@id, @created_at, @user_id, @action, @target_type, @target_id, @details, @prev_hash, @hash)`,
    ).run({ ...row, hash: entryHash(row) })
  },

  findById(db: Db, id: number): AuditEntry | undefined {
    const row = statement<AuditRow>(db, `SELECT ${COLUMNS} FROM audit_log a WHERE a.id = ?`).get(id)
    return row && toEntry(row)
  },

  list(db: Db, query: ListQuery<AuditFilter, AuditSortField>): { data: AuditEntry[]; total: number } {
    const { filter } = query
    const where: Condition[] = []
    if (filter.id !== undefined) where.push(isIn('a.id', 'ids', Array.isArray(filter.id) ? filter.id : [filter.id]))
    if (filter.userId !== undefined) where.push({ sql: 'a.user_id = @userId', params: { userId: filter.userId } })
    if (filter.action !== undefined)
      where.push(isIn('a.action', 'actions', Array.isArray(filter.action) ? filter.action : [filter.action]))
    if (filter.targetType !== undefined)
      where.push({ sql: 'a.target_type = @targetType', params: { targetType: filter.targetType } })
    if (filter.targetId !== undefined)
      where.push({ sql: 'a.target_id = @targetId', params: { targetId: filter.targetId } })
    if (filter.createdAt_gte !== undefined)
      where.push({ sql: 'a.created_at >= @from', params: { from: new Date(filter.createdAt_gte).toISOString() } })
    if (filter.createdAt_lte !== undefined)
      where.push({ sql: 'a.created_at <= @to', params: { to: endOf(filter.createdAt_lte) } })
    if (filter.q !== undefined && filter.q.trim() !== '') {
      where.push({
        sql: "(a.action LIKE @q ESCAPE '\\' OR a.details LIKE @q ESCAPE '\\')",
        params: { q: `%${filter.q.trim().replace(/[%_\\]/g, '\\$&')}%` },
      })
    }
    const page = selectPage<AuditRow>(db, {
      select: COLUMNS,
      from: 'audit_log a',
      idColumn: 'a.id',
      where,
      orderBy: `${SORTS[query.sort.field]} ${query.sort.order}, a.id ${query.sort.order}`,
      range: query.range,
    })
    return { data: page.rows.map(toEntry), total: page.total }
  },

  /** Every row in order, as stored, for the chain check. */
  *rows(db: Db): Generator<AuditRow> {
    yield* db.prepare<[], AuditRow>(`SELECT ${COLUMNS} FROM audit_log a ORDER BY a.id`).iterate()
  },
}

/** A date alone ("2026-05-12") means up to the end of that day. */
function endOf(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T23:59:59.999Z`
  return new Date(value).toISOString()
}
