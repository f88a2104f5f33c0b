import { COUNTRY_SORT_FIELDS, CountryFilterSchema, CountrySchema, RESOURCE_ACCESS } from '@rcm/shared'
import { parseListQuery } from '@rcm/shared'
import { sendList } from '../http/list-params'
import { routeTable } from '../http/route-table'
import { getCountry, listCountries } from './countries.service'

const LIST_OPTIONS = {
  sortFields: COUNTRY_SORT_FIELDS,
  defaultSort: { field: 'name', order: 'ASC' },
  filterSchema: CountryFilterSchema,
} as const

/**
 * `/api/countries`: the eleven RCM member states, read-only (POST, PUT and
 * DELETE are 405). The id is the ISO 3166 code (`SV`), so the getOne route
 * reads it as a code, not a number.
 */
export const countriesRoutes = routeTable('/api/countries', 'Countries', [
  {
    method: 'GET',
    path: '/',
    access: RESOURCE_ACCESS.countries.read,
    summary: 'List countries',
    description:
      'The RCM member states: getList, getMany (`filter: {"id": ["SV","GT"]}`) and getManyReference. ' +
      '`filter` takes `q` and `id` (one code or an array). Read-only: POST, PUT and DELETE are 405.',
    list: { resource: 'countries', sortFields: COUNTRY_SORT_FIELDS, filter: CountryFilterSchema },
    ok: { description: 'A page of countries', json: CountrySchema, array: true, headers: ['Content-Range'] },
    handler: (req, res, { db }) => {
      const query = parseListQuery(req.query, LIST_OPTIONS)
      const codes = query.filter.id === undefined ? undefined : [query.filter.id].flat()
      const range =
        req.query.range === undefined && codes ? { start: 0, end: Math.max(0, codes.length - 1) } : query.range
      sendList(res, 'countries', listCountries(db, { ...query, range }), range)
    },
  },
  {
    method: 'GET',
    path: '/:id',
    access: RESOURCE_ACCESS.countries.read,
    summary: 'Get one country',
    idIsCode: true,
    ok: { description: 'The country', json: CountrySchema },
    handler: (req, res, { db }) => {
      res.json(getCountry(db, String(req.params.id)))
    },
  },
])
