import { UserCreateSchema, UserFilterSchema, UserUpdateSchema, USER_SORT_FIELDS, omitKeys } from '@rcm/shared'
import { Router } from 'express'
import type { AuthSettings } from '../auth/auth-settings'
import type { Db } from '../db/connection'
import { actorOf } from '../http/access'
import { parseId, parseListParams, sendList } from '../http/list-params'
import { allowOnly } from '../http/method-not-allowed'
import { createUser, deleteUser, getUser, listUsers, updateUser } from './users.service'

const SERVER_OWNED = ['id']

/** `/api/users`: administrators only (the rule is in http/route-rules.ts). */
export function usersRouter(db: Db, settings: AuthSettings): Router {
  const router = Router()

  router.get('/', (req, res) => {
    const query = parseListParams(req.query, { sortFields: USER_SORT_FIELDS, defaultSort: { field: 'email', order: 'ASC' }, filterSchema: UserFilterSchema })
    sendList(res, 'users', listUsers(db, query), query.range)
  })

  router.post('/', async (req, res) => {
    const input = UserCreateSchema.parse(omitKeys(req.body ?? {}, SERVER_OWNED))
    res.status(201).json(await createUser(db, settings, actorOf(res), input))
  })

  router.get('/:id', (req, res) => {
    res.json(getUser(db, parseId(req.params.id, 'User')))
  })

  router.put('/:id', async (req, res) => {
    const id = parseId(req.params.id, 'User')
    const input = UserUpdateSchema.parse(omitKeys(req.body ?? {}, SERVER_OWNED))
    res.json(await updateUser(db, settings, actorOf(res), id, input))
  })

  router.delete('/:id', (req, res) => {
    res.json(deleteUser(db, settings, actorOf(res), parseId(req.params.id, 'User')))
  })

  router.all('/', allowOnly('GET, POST'))
  router.all('/:id', allowOnly('GET, PUT, DELETE'))
  return router
}
