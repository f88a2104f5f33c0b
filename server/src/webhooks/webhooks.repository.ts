import {
  toIdList,
  WebhookNoticeSchema,
  type ListQuery,
  type Webhook,
  type WebhookFilter,
  type WebhookInput,
  type WebhookNotice,
} from '@rcm/shared'
import { z } from 'zod'
import type { Db } from '../db/connection'
import { containsWords, isIn, selectPage, type Condition } from '../db/paged-query'
import { statement } from '../db/statements'

export type WebhookSortField = 'id' | 'url' | 'active' | 'createdAt' | 'updatedAt'

interface WebhookRow {
  id: number
  url: string
  description: string
  notices: string
  active: number
  allow_private_network: number
  secret: string
  created_at: string
  updated_at: string
}

const COLUMNS =
  'w.id, w.url, w.description, w.notices, w.active, w.allow_private_network, w.secret, w.created_at, w.updated_at'
const NoticesSchema = z.array(WebhookNoticeSchema)

const toWebhook = (row: WebhookRow): Webhook => ({
  id: row.id,
  url: row.url,
  description: row.description,
  notices: NoticesSchema.parse(JSON.parse(row.notices)),
  active: row.active === 1,
  allowPrivateNetwork: row.allow_private_network === 1,
  secret: row.secret,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

const SORTS: Record<WebhookSortField, string> = {
  id: 'w.id',
  url: 'w.url',
  active: 'w.active',
  createdAt: 'w.created_at',
  updatedAt: 'w.updated_at',
}

export const webhooksRepository = {
  findById(db: Db, id: number): Webhook | undefined {
    const row = statement<WebhookRow>(db, `SELECT ${COLUMNS} FROM webhooks w WHERE w.id = ?`).get(id)
    return row && toWebhook(row)
  },

  list(db: Db, query: ListQuery<WebhookFilter, WebhookSortField>): { data: Webhook[]; total: number } {
    const { filter } = query
    const where: Condition[] = []
    const ids = toIdList(filter.id)
    if (ids) where.push(isIn('w.id', 'ids', ids))
    if (filter.active !== undefined)
      where.push({ sql: 'w.active = @active', params: { active: filter.active ? 1 : 0 } })
    where.push(...containsWords(['lower(w.url)', 'lower(w.description)'], filter.q))
    const page = selectPage<WebhookRow>(db, {
      select: COLUMNS,
      from: 'webhooks w',
      idColumn: 'w.id',
      where,
      orderBy: `${SORTS[query.sort.field]} ${query.sort.order}, w.id ${query.sort.order}`,
      range: query.range,
    })
    return { data: page.rows.map(toWebhook), total: page.total }
  },

  /** The ids of the active webhooks that want `notice`. */
  subscribedTo(db: Db, notice: WebhookNotice): number[] {
    return statement<{ id: number }>(
      db,
      'SELECT id FROM webhooks WHERE active = 1 AND EXISTS (SELECT 1 FROM json_each(notices) WHERE value = ?) ORDER BY id',
    )
      .all(notice)
      .map((row) => row.id)
  },

  insert(db: Db, data: WebhookInput, secret: string, now: string): number {
    const result = statement(
      db,
      `INSERT INTO webhooks (url, description, notices, active, allow_private_network, secret, created_at, updated_at)
       VALUES (@url, @description, @notices, @active, @allow_private_network, @secret, @now, @now)`,
    ).run({
      url: data.url,
      description: data.description,
      notices: JSON.stringify(data.notices),
      active: data.active ? 1 : 0,
      allow_private_network: data.allowPrivateNetwork ? 1 : 0,
      secret,
      now,
    })
    return Number(result.lastInsertRowid)
  },

  update(db: Db, id: number, data: WebhookInput, now: string): void {
    statement(
      db,
      `UPDATE webhooks SET url = @url, description = @description, notices = @notices, active = @active,
         allow_private_network = @allow_private_network, updated_at = @now WHERE id = @id`,
    ).run({
      id,
      url: data.url,
      description: data.description,
      notices: JSON.stringify(data.notices),
      active: data.active ? 1 : 0,
      allow_private_network: data.allowPrivateNetwork ? 1 : 0,
      now,
    })
  },

  setSecret(db: Db, id: number, secret: string, now: string): void {
    statement(db, 'UPDATE webhooks SET secret = ?, updated_at = ? WHERE id = ?').run(secret, now, id)
  },

  remove(db: Db, id: number): void {
    statement(db, 'DELETE FROM webhooks WHERE id = ?').run(id)
  },
}
