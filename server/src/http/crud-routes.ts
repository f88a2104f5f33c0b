import type { BaseFilter, ListQuery, Role, SortOrder } from '@rcm/shared'
import type { z } from 'zod'
import type { Actor } from '../actor'
import type { RecordKind } from '../i18n/messages'
import type { ConflictDoc } from '../openapi/operations'
import { actorOf } from './access'
import { parseId, parseListParams, sendJson, sendJsonList, sendList } from './list-params'
import { routeTable, type ApiRoute, type AppContext, type RouteEntry } from './route-table'

/** A page already written as a JSON array of `count` records (the events list builds its JSON row by row). */
export interface JsonPage {
  body: Buffer
  count: number
  total: number
}

/**
 * What a resource does for each ra-data-simple-rest call; bodies arrive
 * unparsed, each resource owns its schema. Reads may answer with JSON
 * already written (a Buffer), which is sent as is.
 */
export interface CrudHandlers<TRecord, TFilter extends BaseFilter, TSort extends string> {
  list: (ctx: AppContext, query: ListQuery<TFilter, TSort>) => { data: TRecord[]; total: number } | JsonPage
  get: (ctx: AppContext, id: number) => TRecord | Buffer
  create: (ctx: AppContext, actor: Actor, body: unknown) => TRecord | Promise<TRecord>
  update: (ctx: AppContext, actor: Actor, id: number, body: unknown) => TRecord | Promise<TRecord>
  remove: (ctx: AppContext, actor: Actor, id: number) => TRecord
}

export interface CollectionOptions<TFilter extends BaseFilter, TSort extends string> {
  /** The collection's name, as in the URL (`/api/{resource}`) and in `Content-Range`. */
  resource: string
  /** The record's name in messages: "Venue not found". */
  label: RecordKind
  /** The record's name in the documentation: "Get one venue". */
  one: string
  /** The documentation's heading. */
  tag: string
  /** The record as the API answers it. */
  record: z.ZodType
  sortFields: readonly TSort[]
  defaultSort: { field: TSort; order: SortOrder }
  filterSchema: z.ZodType<TFilter>
}

export interface CrudOptions<TFilter extends BaseFilter, TSort extends string> extends CollectionOptions<
  TFilter,
  TSort
> {
  /** The least roles, from RESOURCE_ACCESS; DELETE needs `remove`, or `write` when not given. */
  roles: { read: Role; write: Role; remove?: Role }
  /** The bodies of POST and PUT. */
  create: z.ZodType
  update: z.ZodType
  /** Why PUT or DELETE may be a 409. */
  updateConflict?: ConflictDoc
  deleteConflict?: ConflictDoc
}

const ID_FILTER_NOTE =
  '`filter` always takes `q` (every word must match, the last as a prefix; case- and accent-insensitive) and `id` (one id or an array: getMany).'

const article = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`

/**
 * The five routes of `/api/{resource}` that ra-data-simple-rest calls
 * (getList, getMany and getManyReference are the list; docs/contract.md,
 * "Conventions"), documented.
 */
export function crudRoutes<TRecord, TFilter extends BaseFilter, TSort extends string>(
  options: CrudOptions<TFilter, TSort>,
  handlers: CrudHandlers<TRecord, TFilter, TSort>,
): ApiRoute[] {
  const { roles, label, one } = options
  const [list, getOne] = readEntries(options, roles.read, handlers, 'getList, getMany and getManyReference.')
  return routeTable(`/api/${options.resource}`, options.tag, [
    list,
    {
      method: 'POST',
      path: '/',
      access: roles.write,
      summary: `Create ${article(one)}`,
      description:
        'Fields the client may not set (`id`, `createdAt`, …) are ignored; a field the record does not have is a 400.',
      body: options.create,
      ok: { status: 201, description: `The created ${one}, with its id`, json: options.record },
      handler: async (req, res, ctx) => {
        res.status(201).json(await handlers.create(ctx, actorOf(res), req.body ?? {}))
      },
    },
    getOne,
    {
      method: 'PUT',
      path: '/:id',
      access: roles.write,
      summary: `Update ${article(one)}`,
      description: 'The whole record, as react-admin sends it back; fields the client may not set are ignored.',
      body: options.update,
      ok: { description: `The updated ${one}`, json: options.record },
      conflict: options.updateConflict,
      handler: async (req, res, ctx) => {
        res.json(await handlers.update(ctx, actorOf(res), parseId(req.params.id, label), req.body ?? {}))
      },
    },
    {
      method: 'DELETE',
      path: '/:id',
      access: roles.remove ?? roles.write,
      summary: `Delete ${article(one)}`,
      ok: { description: `The deleted ${one}`, json: options.record },
      conflict: options.deleteConflict,
      handler: (req, res, ctx) => {
        res.json(handlers.remove(ctx, actorOf(res), parseId(req.params.id, label)))
      },
    },
  ])
}

/**
 * A read-only collection (getList, getMany, getManyReference, getOne): a
 * write to it matches no route, so `access` answers 405 with `Allow: GET`.
 */
export function readOnlyRoutes<TRecord, TFilter extends BaseFilter, TSort extends string>(
  options: CollectionOptions<TFilter, TSort> & { roles: { read: Role }; description: string },
  handlers: Pick<CrudHandlers<TRecord, TFilter, TSort>, 'list' | 'get'>,
): ApiRoute[] {
  const description = `${options.description} Read-only: POST, PUT and DELETE are 405.`
  return routeTable(
    `/api/${options.resource}`,
    options.tag,
    readEntries(options, options.roles.read, handlers, description),
  )
}

function readEntries<TRecord, TFilter extends BaseFilter, TSort extends string>(
  options: CollectionOptions<TFilter, TSort>,
  access: Role,
  handlers: Pick<CrudHandlers<TRecord, TFilter, TSort>, 'list' | 'get'>,
  listDescription: string,
): [list: RouteEntry, getOne: RouteEntry] {
  const { resource, one, record } = options
  return [
    {
      method: 'GET',
      path: '/',
      access,
      summary: `List ${resource}`,
      description: `${listDescription} ${ID_FILTER_NOTE}`,
      list: { resource, sortFields: options.sortFields, filter: options.filterSchema },
      ok: { description: `A page of ${resource}`, json: record, array: true, headers: ['Content-Range'] },
      handler: (req, res, ctx) => {
        const query = parseListParams(req.query, options)
        const page = handlers.list(ctx, query)
        if ('body' in page) sendJsonList(res, resource, page, query.range)
        else sendList(res, resource, page, query.range)
      },
    },
    {
      method: 'GET',
      path: '/:id',
      access,
      summary: `Get one ${one}`,
      ok: { description: `The ${one}`, json: record },
      handler: (req, res, ctx) => {
        const found = handlers.get(ctx, parseId(req.params.id, options.label))
        if (Buffer.isBuffer(found)) sendJson(res, found)
        else res.json(found)
      },
    },
  ]
}
