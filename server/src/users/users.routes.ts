import { UserCreateSchema, UserFilterSchema, UserUpdateSchema, USER_SORT_FIELDS, omitKeys } from '@rcm/shared'
import type { Router } from 'express'
import type { AuthSettings } from '../auth/auth-settings'
import type { Db } from '../db/connection'
import { crudRouter } from '../http/crud-router'
import { createUser, deleteUser, getUser, listUsers, updateUser } from './users.service'

/** `/api/users`: administrators only (the rule is in http/route-rules.ts). */
export function usersRouter(db: Db, settings: AuthSettings): Router {
  return crudRouter(
    {
      resource: 'users',
      label: 'User',
      sortFields: USER_SORT_FIELDS,
      defaultSort: { field: 'email', order: 'ASC' },
      filterSchema: UserFilterSchema,
    },
    {
      list: (query) => listUsers(db, query),
      get: (id) => getUser(db, id),
      create: (actor, body) => createUser(db, settings, actor, UserCreateSchema.parse(omitKeys(body, ['id']))),
      update: (actor, id, body) => updateUser(db, settings, actor, id, UserUpdateSchema.parse(omitKeys(body, ['id']))),
      remove: (actor, id) => deleteUser(db, settings, actor, id),
    },
  )
}
