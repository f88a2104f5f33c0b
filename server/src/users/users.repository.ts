import { RoleSchema, toIdList, type ListQuery, type Role, type User, type UserFilter } from '@rcm/shared'
import type { Db } from '../db/connection'
import { containsWords, isIn, selectPage, type Condition } from '../db/paged-query'
import { pluckStatement, statement } from '../db/statements'

export type UserSortField = 'id' | 'email' | 'fullName' | 'role' | 'active'

export interface UserRow {
  id: number
  email: string
  full_name: string
  role: string
  active: number
  password_hash: string
}

/** A user's columns, `users` aliased `u`; the session check reads them with the session's. */
export const USER_COLUMNS = 'u.id, u.email, u.full_name, u.role, u.active, u.password_hash'

export const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  fullName: row.full_name,
  role: RoleSchema.parse(row.role),
  active: row.active === 1,
})

const USER_BY_ID = `SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ?`

const SORTS: Record<UserSortField, string> = {
  id: 'u.id',
  email: 'u.email_key',
  fullName: 'sort_key(u.full_name)',
  role: 'u.role',
  active: 'u.active',
}

/** The lookup key of an email: one account per address whatever the case. */
export const emailKey = (email: string) => email.trim().toLowerCase()

export interface UserWithHash {
  user: User
  passwordHash: string
}

export const usersRepository = {
  findById(db: Db, id: number): User | undefined {
    return usersRepository.findWithHashById(db, id)?.user
  },

  findWithHashById(db: Db, id: number): UserWithHash | undefined {
    const row = statement<UserRow>(db, USER_BY_ID).get(id)
    return row && { user: toUser(row), passwordHash: row.password_hash }
  },

  findWithHashByEmail(db: Db, email: string): UserWithHash | undefined {
    const row = statement<UserRow>(db, `SELECT ${USER_COLUMNS} FROM users u WHERE u.email_key = ?`).get(emailKey(email))
    return row && { user: toUser(row), passwordHash: row.password_hash }
  },

  emailTaken(db: Db, email: string, exceptId: number | null): boolean {
    const id = pluckStatement<number>(db, 'SELECT id FROM users WHERE email_key = ?').get(emailKey(email))
    return id !== undefined && id !== exceptId
  },

  count(db: Db): number {
    return pluckStatement<number>(db, 'SELECT count(*) FROM users').get() ?? 0
  },

  countActiveAdmins(db: Db): number {
    return pluckStatement<number>(db, "SELECT count(*) FROM users WHERE role = 'admin' AND active = 1").get() ?? 0
  },

  list(db: Db, query: ListQuery<UserFilter, UserSortField>): { data: User[]; total: number } {
    const { filter } = query
    const where: Condition[] = []
    const ids = toIdList(filter.id)
    if (ids) where.push(isIn('u.id', 'ids', ids))
    if (filter.role !== undefined)
      where.push(isIn('u.role', 'roles', Array.isArray(filter.role) ? filter.role : [filter.role]))
    if (filter.active !== undefined)
      where.push({ sql: 'u.active = @active', params: { active: filter.active ? 1 : 0 } })
    where.push(...containsWords(['u.email_key', 'lower(u.full_name)'], filter.q))
    const page = selectPage<UserRow>(db, {
      select: USER_COLUMNS,
      from: 'users u',
      idColumn: 'u.id',
      where,
      orderBy: `${SORTS[query.sort.field]} ${query.sort.order}, u.id ${query.sort.order}`,
      range: query.range,
    })
    return { data: page.rows.map(toUser), total: page.total }
  },

  insert(
    db: Db,
    data: { email: string; fullName: string; role: Role; active: boolean; passwordHash: string },
    now: string,
  ): number {
    const result = statement(
      db,
      `INSERT INTO users (email, email_key, full_name, role, active, password_hash, created_at, updated_at)
       VALUES (@email, @email_key, @full_name, @role, @active, @password_hash, @now, @now)`,
    ).run({
      email: data.email,
      email_key: emailKey(data.email),
      full_name: data.fullName,
      role: data.role,
      active: data.active ? 1 : 0,
      password_hash: data.passwordHash,
      now,
    })
    return Number(result.lastInsertRowid)
  },

  update(
    db: Db,
    id: number,
    data: { email: string; fullName: string; role: Role; active: boolean },
    now: string,
  ): void {
    statement(
      db,
      `UPDATE users SET email = @email, email_key = @email_key, full_name = @full_name, role = @role, active = @active, updated_at = @now WHERE id = @id`,
    ).run({
      id,
      email: data.email,
      email_key: emailKey(data.email),
      full_name: data.fullName,
      role: data.role,
      active: data.active ? 1 : 0,
      now,
    })
  },

  setPasswordHash(db: Db, id: number, passwordHash: string, now: string): void {
    statement(db, 'UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?').run(passwordHash, now, id)
  },

  remove(db: Db, id: number): void {
    statement(db, 'DELETE FROM users WHERE id = ?').run(id)
  },
}
