import { BaseFilterSchema, INSTITUTION_SORT_FIELDS, InstitutionWriteSchema, omitKeys } from '@rcm/shared'
import { Router } from 'express'
import type { Db } from '../db/connection'
import { actorOf } from '../http/access'
import { parseId, parseListParams, sendList } from '../http/list-params'
import { allowOnly } from '../http/method-not-allowed'
import { createInstitution, deleteInstitution, getInstitution, listInstitutions, updateInstitution } from './institutions.service'

/** The record react-admin sends back on update carries its id; the client never sets it. */
const SERVER_OWNED = ['id']

/** `/api/institutions`: the ra-data-simple-rest calls (CONTRACT, "HTTP API"). */
export function institutionsRouter(db: Db): Router {
  const router = Router()

  router.get('/', (req, res) => {
    const query = parseListParams(req.query, {
      sortFields: INSTITUTION_SORT_FIELDS,
      defaultSort: { field: 'name', order: 'ASC' },
      filterSchema: BaseFilterSchema,
    })
    sendList(res, 'institutions', listInstitutions(db, query), query.range)
  })

  router.post('/', (req, res) => {
    const data = InstitutionWriteSchema.parse(omitKeys(req.body ?? {}, SERVER_OWNED))
    res.status(201).json(createInstitution(db, actorOf(res), data))
  })

  router.get('/:id', (req, res) => {
    res.json(getInstitution(db, parseId(req.params.id, 'Institution')))
  })

  router.put('/:id', (req, res) => {
    const id = parseId(req.params.id, 'Institution')
    const data = InstitutionWriteSchema.parse(omitKeys(req.body ?? {}, SERVER_OWNED))
    res.json(updateInstitution(db, actorOf(res), id, data))
  })

  router.delete('/:id', (req, res) => {
    res.json(deleteInstitution(db, actorOf(res), parseId(req.params.id, 'Institution')))
  })

  router.all('/', allowOnly('GET, POST'))
  router.all('/:id', allowOnly('GET, PUT, DELETE'))
  return router
}
