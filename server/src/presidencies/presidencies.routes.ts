import {
  LookupFilterSchema,
  PRESIDENCY_SORT_FIELDS,
  PresidencySchema,
  PresidencyWriteSchema,
  RESOURCE_ACCESS,
  omitKeys,
} from '@rcm/shared'
import { crudRoutes } from '../http/crud-routes'
import {
  createPresidency,
  deletePresidency,
  getPresidency,
  listPresidencies,
  updatePresidency,
} from './presidencies.service'

/** The record react-admin sends back on update carries its id; the client never sets it. */
const parse = (body: unknown) => PresidencyWriteSchema.parse(omitKeys(body, ['id']))

/** `/api/presidencies`: the ra-data-simple-rest calls (docs/contract.md, "Presidencies, types, countries and networks"). */
export const presidenciesRoutes = crudRoutes(
  {
    resource: 'presidencies',
    label: 'Presidency',
    one: 'presidency',
    tag: 'Presidencies',
    roles: RESOURCE_ACCESS.presidencies,
    record: PresidencySchema,
    create: PresidencyWriteSchema,
    update: PresidencyWriteSchema,
    sortFields: PRESIDENCY_SORT_FIELDS,
    defaultSort: { field: 'startDate', order: 'DESC' },
    filterSchema: LookupFilterSchema,
    updateConflict: { why: 'The period overlaps another presidency' },
    deleteConflict: { why: 'An event belongs to the presidency' },
  },
  {
    list: ({ db }, query) => listPresidencies(db, query),
    get: ({ db }, id) => getPresidency(db, id),
    create: ({ db }, actor, body) => createPresidency(db, actor, parse(body)),
    update: ({ db }, actor, id, body) => updatePresidency(db, actor, id, parse(body)),
    remove: ({ db }, actor, id) => deletePresidency(db, actor, id),
  },
)
