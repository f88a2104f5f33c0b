import {
  LookupFilterSchema,
  PRESIDENCY_SORT_FIELDS,
  PresidencySchema,
  PresidencyWriteSchema,
  RESOURCE_ACCESS,
  LanguageSchema,
  omitKeys,
} from '@rcm/shared'
import { z } from 'zod'
import { crudRoutes } from '../http/crud-routes'
import { parseId } from '../http/list-params'
import { routeTable } from '../http/route-table'
import { pageHeaders, setPageHeaders } from '../http/security-headers'
import { PRESIDENCY_REPORT_CSP } from './presidency-report'
import {
  createPresidency,
  deletePresidency,
  getPresidency,
  listPresidencies,
  presidencyReport,
  updatePresidency,
} from './presidencies.service'

/** The record react-admin sends back on update carries its id; the client never sets it. */
const parse = (body: unknown) => PresidencyWriteSchema.parse(omitKeys(body, ['id']))

const ReportQuerySchema = z.object({ lang: LanguageSchema.optional() })
const reportHeaders = pageHeaders({ csp: PRESIDENCY_REPORT_CSP, framedBy: 'none' })

/** `GET /api/presidencies/{id}/report`: the presidency's published events as a print-ready page. */
const reportRoute = routeTable('/api/presidencies', 'Presidencies', [
  {
    method: 'GET',
    path: '/:id/report',
    access: RESOURCE_ACCESS.presidencies.read,
    summary: "Print-ready report of a presidency's published events",
    description:
      'An HTML page with print styles (the browser saves it as PDF): the published events whose public copy belongs ' +
      'to the presidency, by date, with places, objectives and documents; `lang` defaults to `en`.',
    query: ReportQuerySchema,
    ok: { description: 'An HTML page', media: { 'text/html': { type: 'string' } } },
    handler: (req, res, { db }) => {
      const { lang = 'en' } = ReportQuerySchema.parse(req.query)
      const page = presidencyReport(db, parseId(req.params.id, 'Presidency'), lang)
      setPageHeaders(reportHeaders, req, res)
      res.set({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Language': lang, 'Cache-Control': 'no-store' })
      res.send(page)
    },
  },
])

/** `/api/presidencies`: the ra-data-simple-rest calls (docs/contract.md, "Presidencies, types, countries and networks"). */
export const presidenciesCrudRoutes = crudRoutes(
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
    deleteConflict: { why: 'An editor picked the presidency for an event' },
  },
  {
    list: ({ db }, query) => listPresidencies(db, query),
    get: ({ db }, id) => getPresidency(db, id),
    create: ({ db, now }, actor, body) => createPresidency(db, actor, parse(body), now()),
    update: ({ db, now }, actor, id, body) => updatePresidency(db, actor, id, parse(body), now()),
    remove: ({ db, now }, actor, id) => deletePresidency(db, actor, id, now()),
  },
)

export const presidenciesRoutes = [...presidenciesCrudRoutes, ...reportRoute]
