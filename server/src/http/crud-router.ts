import type { BaseFilter, ListQuery, SortOrder } from '@rcm/shared'
import { Router } from 'express'
import type { z } from 'zod'
import type { Actor } from '../actor'
import { actorOf } from './access'
import { parseId, parseListParams, sendJson, sendJsonList, sendList } from './list-params'
import { allowOnly } from './method-not-allowed'
import type { RecordKind } from '../i18n/messages'

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
  list: (query: ListQuery<TFilter, TSort>) => { data: TRecord[]; total: number } | JsonPage
  get: (id: number) => TRecord | Buffer
  create: (actor: Actor, body: unknown) => TRecord | Promise<TRecord>
  update: (actor: Actor, id: number, body: unknown) => TRecord | Promise<TRecord>
  remove: (actor: Actor, id: number) => TRecord
}

export interface CrudOptions<TFilter extends BaseFilter, TSort extends string> {
  /** The collection's name, as in the URL and in `Content-Range`. */
  resource: string
  /** The record's name in messages: "Venue not found". */
  label: RecordKind
  sortFields: readonly TSort[]
  defaultSort: { field: TSort; order: SortOrder }
  filterSchema: z.ZodType<TFilter>
}

/**
 * `/api/{resource}`: the ra-data-simple-rest calls (docs/contract.md, "Conventions"),
 * with 405 and `Allow` for other methods. Who may call each is THE route table's
 * business (route-rules.ts), not the router's.
 */
export function crudRouter<TRecord, TFilter extends BaseFilter, TSort extends string>(
  options: CrudOptions<TFilter, TSort>,
  handlers: CrudHandlers<TRecord, TFilter, TSort>,
  /** A router holding the resource's other routes already; they come before the 405s. */
  router: Router = Router(),
): Router {
  readRoutes(router, options, handlers)
  const { label } = options

  router.post('/', async (req, res) => {
    res.status(201).json(await handlers.create(actorOf(res), req.body ?? {}))
  })

  router.put('/:id', async (req, res) => {
    res.json(await handlers.update(actorOf(res), parseId(req.params.id, label), req.body ?? {}))
  })

  router.delete('/:id', (req, res) => {
    res.json(handlers.remove(actorOf(res), parseId(req.params.id, label)))
  })

  router.all('/', allowOnly('GET, POST'))
  router.all('/:id', allowOnly('GET, PUT, DELETE'))
  return router
}

/** A read-only collection (getList, getMany, getManyReference, getOne): any write is a 405 with `Allow: GET`. */
export function readOnlyRouter<TRecord, TFilter extends BaseFilter, TSort extends string>(
  options: CrudOptions<TFilter, TSort>,
  handlers: Pick<CrudHandlers<TRecord, TFilter, TSort>, 'list' | 'get'>,
): Router {
  const router = readRoutes(Router(), options, handlers)
  router.all('/', allowOnly('GET'))
  router.all('/:id', allowOnly('GET'))
  return router
}

function readRoutes<TRecord, TFilter extends BaseFilter, TSort extends string>(
  router: Router,
  options: CrudOptions<TFilter, TSort>,
  handlers: Pick<CrudHandlers<TRecord, TFilter, TSort>, 'list' | 'get'>,
): Router {
  router.get('/', (req, res) => {
    const query = parseListParams(req.query, options)
    const page = handlers.list(query)
    if ('body' in page) sendJsonList(res, options.resource, page, query.range)
    else sendList(res, options.resource, page, query.range)
  })

  router.get('/:id', (req, res) => {
    const record = handlers.get(parseId(req.params.id, options.label))
    if (Buffer.isBuffer(record)) sendJson(res, record)
    else res.json(record)
  })
  return router
}
