import {
  NETWORK_SORT_FIELDS,
  NetworkSchema,
  NetworkWriteSchema,
  LookupFilterSchema,
  RESOURCE_ACCESS,
  omitKeys,
} from '@rcm/shared'
import { crudRoutes } from '../http/crud-routes'
import { createNetwork, deleteNetwork, getNetwork, listNetworks, updateNetwork } from './networks.service'

/** The record react-admin sends back on update carries its id; the client never sets it. */
const parse = (body: unknown) => NetworkWriteSchema.parse(omitKeys(body, ['id']))

/** `/api/networks`: the ra-data-simple-rest calls. */
export const networksRoutes = crudRoutes(
  {
    resource: 'networks',
    label: 'Network',
    one: 'network',
    tag: 'Networks',
    roles: RESOURCE_ACCESS['networks'],
    record: NetworkSchema,
    create: NetworkWriteSchema,
    update: NetworkWriteSchema,
    sortFields: NETWORK_SORT_FIELDS,
    defaultSort: { field: 'name', order: 'ASC' },
    filterSchema: LookupFilterSchema,
    deleteConflict: { why: 'An event names the network' },
  },
  {
    list: ({ db }, query) => listNetworks(db, query),
    get: ({ db }, id) => getNetwork(db, id),
    create: ({ db }, actor, body) => createNetwork(db, actor, parse(body)),
    update: ({ db }, actor, id, body) => updateNetwork(db, actor, id, parse(body)),
    remove: ({ db }, actor, id) => deleteNetwork(db, actor, id),
  },
)
