import { hash } from 'node:crypto'
import type { User } from '@rcm/shared'
import type { Db } from '../db/connection'
import { statement } from '../db/statements'
import { toUser, USER_COLUMNS, type UserRow } from '../users/users.repository'

/** `full`, or waiting for the second factor: a code (`verify`) or a first enrolment (`enrol`). */
export type SessionStage = 'full' | 'verify' | 'enrol'

interface SessionRow {
  user_id: number
  created_at: string
  last_seen_at: string
  stage: SessionStage
}

export interface Session {
  userId: number
  createdAt: string
  lastSeenAt: string
  stage: SessionStage
}

/** The stored form of a session token: its SHA-256, never the token itself (one-shot `hash`: every signed-in request makes it). */
export const tokenHash = (token: string) => hash('sha256', token, 'hex')

// A constant, so the statement cache finds it without hashing it again (statements.ts).
const SESSION_WITH_USER = `SELECT ${USER_COLUMNS}, s.created_at, s.last_seen_at, s.stage
  FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`

export const sessionsRepository = {
  insert(db: Db, token: string, userId: number, now: string, stage: SessionStage = 'full'): void {
    statement(
      db,
      'INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, stage) VALUES (?, ?, ?, ?, ?)',
    ).run(tokenHash(token), userId, now, now, stage)
  },

  find(db: Db, token: string): Session | undefined {
    const row = statement<SessionRow>(
      db,
      'SELECT user_id, created_at, last_seen_at, stage FROM sessions WHERE token_hash = ?',
    ).get(tokenHash(token))
    return row && { userId: row.user_id, createdAt: row.created_at, lastSeenAt: row.last_seen_at, stage: row.stage }
  },

  /** The session with its user, in one read: every signed-in request makes it. */
  findWithUser(
    db: Db,
    token: string,
  ): { user: User; createdAt: string; lastSeenAt: string; stage: SessionStage } | undefined {
    const row = statement<UserRow & Omit<SessionRow, 'user_id'>>(db, SESSION_WITH_USER).get(tokenHash(token))
    return row && { user: toUser(row), createdAt: row.created_at, lastSeenAt: row.last_seen_at, stage: row.stage }
  },

  touch(db: Db, token: string, now: string): void {
    statement(db, 'UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(now, tokenHash(token))
  },

  remove(db: Db, token: string): void {
    statement(db, 'DELETE FROM sessions WHERE token_hash = ?').run(tokenHash(token))
  },

  /** Ends every session of the user, except the one of `keepToken` when given. */
  removeAllOfUser(db: Db, userId: number, keepToken?: string): number {
    return statement(db, 'DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?').run(
      userId,
      keepToken === undefined ? '' : tokenHash(keepToken),
    ).changes
  },

  /** Deletes sessions idle since `idleBefore` or created before `createdBefore`, and waiting ones from before `pendingBefore`. */
  removeExpired(db: Db, idleBefore: string, createdBefore: string, pendingBefore: string): number {
    return statement(
      db,
      "DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ? OR (stage <> 'full' AND created_at < ?)",
    ).run(idleBefore, createdBefore, pendingBefore).changes
  },

  countOfUser(db: Db, userId: number): number {
    return statement<{ n: number }>(db, 'SELECT count(*) AS n FROM sessions WHERE user_id = ?').get(userId)?.n ?? 0
  },
}
