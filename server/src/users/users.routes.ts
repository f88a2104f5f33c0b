import {
  RESOURCE_ACCESS,
  SessionsEndedSchema,
  UserCreateSchema,
  UserFilterSchema,
  UserSchema,
  UserUpdateSchema,
  USER_SORT_FIELDS,
  omitKeys,
} from '@rcm/shared'
import { actorOf } from '../http/access'
import { crudRoutes } from '../http/crud-routes'
import { parseId } from '../http/list-params'
import { routeTable } from '../http/route-table'
import { createUser, deleteUser, endSessions, getUser, listUsers, resetSecondFactor, updateUser } from './users.service'

const LAST_ADMIN = { why: 'It would leave no active administrator' }

/** `/api/users`: the accounts, administrators only. */
const usersCrudRoutes = crudRoutes(
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

const { actions } = RESOURCE_ACCESS.users

/** `/api/users/:id/…`: an admin's actions on an account's sign-in (decision 016). */
const usersSignInRoutes = routeTable('/api/users', 'Users', [
  {
    method: 'POST',
    path: '/:id/reset-mfa',
    access: actions['reset-mfa'],
    summary: "Reset a user's second factor",
    description:
      'Turns it off (a lost phone); at the next sign-in a role that must have one sets it up again. Audited.',
    ok: { status: 204, description: 'Reset' },
    handler: (req, res, { db, settings }) => {
      resetSecondFactor(db, settings, actorOf(res), parseId(req.params.id, 'User'))
      res.status(204).end()
    },
  },
  {
    method: 'POST',
    path: '/:id/end-sessions',
    access: actions['end-sessions'],
    summary: "End a user's sessions",
    description: 'Signs the user out everywhere (your own current session stays when it is your account). Audited.',
    ok: { description: 'How many sessions ended', json: SessionsEndedSchema },
    handler: (req, res, { db, settings }) => {
      const id = parseId(req.params.id, 'User')
      res.json({ sessionsEnded: endSessions(db, settings, actorOf(res), id, res.locals.sessionToken) })
    },
  },
])

export const usersRoutes = [...usersCrudRoutes, ...usersSignInRoutes]
