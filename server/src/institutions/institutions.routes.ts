import { BaseFilterSchema, INSTITUTION_SORT_FIELDS, InstitutionWriteSchema, omitKeys } from '@rcm/shared'
import type { Router } from 'express'
import type { Db } from '../db/connection'
import { crudRouter } from '../http/crud-router'
import {
  createInstitution,
  deleteInstitution,
  getInstitution,
  listInstitutions,
  updateInstitution,
} from './institutions.service'

/** The record react-admin sends back on update carries its id; the client never sets it. */
const parse = (body: unknown) => InstitutionWriteSchema.parse(omitKeys(body, ['id']))

/** `/api/institutions`: the ra-data-simple-rest calls (docs/contract.md, "Conventions"). */
export function institutionsRouter(db: Db): Router {
  return crudRouter(
    {
      resource: 'institutions',
      label: 'Institution',
      sortFields: INSTITUTION_SORT_FIELDS,
      defaultSort: { field: 'name', order: 'ASC' },
      filterSchema: BaseFilterSchema,
    },
    {
      list: (query) => listInstitutions(db, query),
      get: (id) => getInstitution(db, id),
      create: (actor, body) => createInstitution(db, actor, parse(body)),
      update: (actor, id, body) => updateInstitution(db, actor, id, parse(body)),
      remove: (actor, id) => deleteInstitution(db, actor, id),
    },
  )
}
