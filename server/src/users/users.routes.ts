import {
  RESOURCE_ACCESS,
  UserCreateSchema,
  UserFilterSchema,
  UserSchema,
  UserUpdateSchema,
  USER_SORT_FIELDS,
  omitKeys,
} from '@rcm/shared'
import { crudRoutes } from '../http/crud-routes'
import { createUser, deleteUser, getUser, listUsers, updateUser } from './users.service'

const LAST_ADMIN = { why: 'It would leave no active administrator' }

/** `/api/users`: the accounts, administrators only. */
export const usersRoutes = crudRoutes(
  {
    resource: 'users',
    label: 'User',
    one: 'user',
    tag: 'Users',
    roles: RESOURCE_ACCESS.users,
    record: UserSchema,
    create: UserCreateSchema,
    update: UserUpdateSchema,
    sortFields: USER_SORT_FIELDS,
    defaultSort: { field: 'email', order: 'ASC' },
    filterSchema: UserFilterSchema,
    updateConflict: LAST_ADMIN,
    deleteConflict: LAST_ADMIN,
  },
  {
    list: ({ db }, query) => listUsers(db, query),
    get: ({ db }, id) => getUser(db, id),
    create: ({ db, settings }, actor, body) =>
      createUser(db, settings, actor, UserCreateSchema.parse(omitKeys(body, ['id']))),
    update: ({ db, settings }, actor, id, body) =>
      updateUser(db, settings, actor, id, UserUpdateSchema.parse(omitKeys(body, ['id']))),
    remove: ({ db, settings }, actor, id) => deleteUser(db, settings, actor, id),
  },
)
