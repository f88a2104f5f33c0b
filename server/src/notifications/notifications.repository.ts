import {
  NotificationDataSchema,
  type ListQuery,
  type Notification,
  type NotificationData,
  type NotificationFilter,
  type NotificationPreferences,
  type NotificationType,
} from '@rcm/shared'
import type { Db } from '../db/connection'
import { pluckStatement, statement } from '../db/statements'

export type NotificationSortField = 'id' | 'createdAt'

interface NotificationRow {
  id: number
  type: NotificationType
  event_id: number
  data: string
  created_at: string
  read_at: string | null
}

const toNotification = (row: NotificationRow): Notification => ({
  id: row.id,
  type: row.type,
  eventId: row.event_id,
  ...NotificationDataSchema.parse(JSON.parse(row.data)),
  createdAt: row.created_at,
  read: row.read_at !== null,
})

const COLUMNS = 'n.id, n.type, n.event_id, n.data, n.created_at, n.read_at'
const SORTS: Record<NotificationSortField, string> = { id: 'n.id', createdAt: 'n.created_at' }

export const DEFAULT_PREFERENCES: NotificationPreferences = { email: 'immediate', language: 'en' }

/** A user a notice goes to: who they are and how they want mail. */
export interface Recipient {
  id: number
  email: string
  fullName: string
  preferences: NotificationPreferences
}

interface RecipientRow {
  id: number
  email: string
  full_name: string
  email_choice: NotificationPreferences['email'] | null
  language: NotificationPreferences['language'] | null
}

const toRecipient = (row: RecipientRow): Recipient => ({
  id: row.id,
  email: row.email,
  fullName: row.full_name,
  preferences: {
    email: row.email_choice ?? DEFAULT_PREFERENCES.email,
    language: row.language ?? DEFAULT_PREFERENCES.language,
  },
})

const RECIPIENT_SELECT = `SELECT u.id, u.email, u.full_name, p.email AS email_choice, p.language
  FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id`

export const notificationsRepository = {
  /** One page of `userId`'s notices; other users' are never seen. */
  list(
    db: Db,
    userId: number,
    query: ListQuery<NotificationFilter, NotificationSortField>,
  ): { data: Notification[]; total: number } {
    const where = ['n.user_id = @userId']
    const params: Record<string, unknown> = { userId }
    if (query.filter.read !== undefined) where.push(query.filter.read ? 'n.read_at IS NOT NULL' : 'n.read_at IS NULL')
    if (query.filter.id !== undefined) {
      where.push('n.id IN (SELECT value FROM json_each(@ids))')
      params.ids = JSON.stringify([query.filter.id].flat())
    }
    const whereSql = where.join(' AND ')
    const order = query.sort.order === 'ASC' ? 'ASC' : 'DESC'
    const total = pluckStatement<number>(db, `SELECT count(*) FROM notifications n WHERE ${whereSql}`).get(params) ?? 0
    const rows = statement<NotificationRow>(
      db,
      `SELECT ${COLUMNS} FROM notifications n WHERE ${whereSql}
       ORDER BY ${SORTS[query.sort.field]} ${order}, n.id ${order} LIMIT @limit OFFSET @offset`,
    ).all({ ...params, limit: query.range.end - query.range.start + 1, offset: query.range.start })
    return { data: rows.map(toNotification), total }
  },

  findByIds(db: Db, ids: readonly number[]): Notification[] {
    return statement<NotificationRow>(
      db,
      `SELECT ${COLUMNS} FROM notifications n WHERE n.id IN (SELECT value FROM json_each(?)) ORDER BY n.id`,
    )
      .all(JSON.stringify(ids))
      .map(toNotification)
  },

  insert(
    db: Db,
    notice: {
      userId: number
      type: NotificationType
      eventId: number
      data: NotificationData
      awaitingDigest: boolean
    },
    now: string,
  ): number {
    const result = statement(
      db,
      `INSERT INTO notifications (user_id, type, event_id, data, created_at, awaiting_digest)
       VALUES (@user_id, @type, @event_id, @data, @now, @awaiting_digest)`,
    ).run({
      user_id: notice.userId,
      type: notice.type,
      event_id: notice.eventId,
      data: JSON.stringify(notice.data),
      now,
      awaiting_digest: notice.awaitingDigest ? 1 : 0,
    })
    return Number(result.lastInsertRowid)
  },

  /** Marks `ids` (only those of `userId`), or every notice of the user when `ids` is null, read. */
  markRead(db: Db, userId: number, ids: readonly number[] | null, now: string): void {
    if (ids === null) {
      statement(db, 'UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL').run(now, userId)
    } else {
      statement(
        db,
        `UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL
         AND id IN (SELECT value FROM json_each(?))`,
      ).run(now, userId, JSON.stringify(ids))
    }
  },

  countUnread(db: Db, userId: number): number {
    return (
      pluckStatement<number>(db, 'SELECT count(*) FROM notifications WHERE user_id = ? AND read_at IS NULL').get(
        userId,
      ) ?? 0
    )
  },

  /** Active users with one of `roles`, or with one of `ids`. */
  recipients(db: Db, who: { roles?: readonly string[]; ids?: readonly number[] }): Recipient[] {
    return statement<RecipientRow>(
      db,
      `${RECIPIENT_SELECT} WHERE u.active = 1
       AND (u.role IN (SELECT value FROM json_each(@roles)) OR u.id IN (SELECT value FROM json_each(@ids)))
       ORDER BY u.id`,
    )
      .all({ roles: JSON.stringify(who.roles ?? []), ids: JSON.stringify(who.ids ?? []) })
      .map(toRecipient)
  },

  findRecipient(db: Db, userId: number): Recipient | undefined {
    const row = statement<RecipientRow>(db, `${RECIPIENT_SELECT} WHERE u.id = ?`).get(userId)
    return row && toRecipient(row)
  },

  userName(db: Db, userId: number): string | null {
    return pluckStatement<string>(db, 'SELECT full_name FROM users WHERE id = ?').get(userId) ?? null
  },

  savePreferences(db: Db, userId: number, preferences: NotificationPreferences): void {
    statement(
      db,
      `INSERT INTO notification_preferences (user_id, email, language) VALUES (@user_id, @email, @language)
       ON CONFLICT (user_id) DO UPDATE SET email = excluded.email, language = excluded.language`,
    ).run({ user_id: userId, ...preferences })
  },

  /** Users with notices waiting for a digest, and no digest queued on `day` yet. */
  digestsDue(db: Db, day: string): number[] {
    return pluckStatement<number>(
      db,
      `SELECT DISTINCT n.user_id FROM notifications n
       LEFT JOIN notification_preferences p ON p.user_id = n.user_id
       WHERE n.awaiting_digest = 1 AND (p.digest_day IS NULL OR p.digest_day < ?)`,
    ).all(day)
  },

  /** Takes `userId`'s notices waiting for a digest out of the wait, records `day` as digested, and returns their ids. */
  takeDigest(db: Db, userId: number, day: string): number[] {
    const ids = pluckStatement<number>(
      db,
      'UPDATE notifications SET awaiting_digest = 0 WHERE user_id = ? AND awaiting_digest = 1 RETURNING id',
    )
      .all(userId)
      .sort((a, b) => a - b)
    statement(db, 'UPDATE notification_preferences SET digest_day = ? WHERE user_id = ?').run(day, userId)
    return ids
  },
}
