import {
  LookupFilterSchema,
  INSTITUTION_SORT_FIELDS,
  InstitutionSchema,
  InstitutionWriteSchema,
  RESOURCE_ACCESS,
  omitKeys,
} from '@rcm/shared'
import { crudRoutes } from '../http/crud-routes'
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
export const institutionsRoutes = crudRoutes(
  {
    resource: 'institutions',
    label: 'Institution',
    one: 'institution',
    tag: 'Institutions',
    roles: RESOURCE_ACCESS.institutions,
    record: InstitutionSchema,
    create: InstitutionWriteSchema,
    update: InstitutionWriteSchema,
    sortFields: INSTITUTION_SORT_FIELDS,
    defaultSort: { field: 'name', order: 'ASC' },
    filterSchema: LookupFilterSchema,
    deleteConflict: { why: 'An event names the institution' },
  },
  {
    list: ({ db }, query) => listInstitutions(db, query),
    get: ({ db }, id) => getInstitution(db, id),
    create: ({ db }, actor, body) => createInstitution(db, actor, parse(body)),
    update: ({ db }, actor, id, body) => updateInstitution(db, actor, id, parse(body)),
    remove: ({ db }, actor, id) => deleteInstitution(db, actor, id),
  },
)
