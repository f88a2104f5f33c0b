import type { BaseFilter, ListQuery, SortOrder } from '@rcm/shared'
import { Router } from 'express'
import type { z } from 'zod'
import type { Actor } from '../actor'
import { actorOf } from './access'
import { parseId, parseListParams, sendList } from './list-params'
import { allowOnly } from './method-not-allowed'

/** What a resource does for each ra-data-simple-rest call; bodies arrive unparsed, each resource owns its schema. */
export interface CrudHandlers<TRecord, TFilter extends BaseFilter, TSort extends string> {
  list: (query: ListQuery<TFilter, TSort>) => { data: TRecord[]; total: number }
  get: (id: number) => TRecord
  create: (actor: Actor, body: unknown) => TRecord | Promise<TRecord>
  update: (actor: Actor, id: number, body: unknown) => TRecord | Promise<TRecord>
  remove: (actor: Actor, id: number) => TRecord
}

export interface CrudOptions<TFilter extends BaseFilter, TSort extends string> {
  /** The collection's name, as in the URL and in `Content-Range`. */
  resource: string
  /** The record's name in messages: "Venue not found". */
  label: string
  sortFields: readonly TSort[]
  defaultSort: { field: TSort; order: SortOrder }
  filterSchema: z.ZodType<TFilter>
}

/**
 * `/api/{resource}`: the ra-data-simple-rest calls of the CONTRACT ("HTTP API"),
 * with 405 and `Allow` for other methods. Who may call each is THE route table's
 * business (route-rules.ts), not the router's.
 */
export function crudRouter<TRecord, TFilter extends BaseFilter, TSort extends string>(
  options: CrudOptions<TFilter, TSort>,
  handlers: CrudHandlers<TRecord, TFilter, TSort>,
): Router {
  const router = Router()
  const { resource, label } = options

  router.get('/', (req, res) => {
    const query = parseListParams(req.query, options)
    sendList(res, resource, handlers.list(query), query.range)
  })

  router.post('/', async (req, res) => {
    res.status(201).json(await handlers.create(actorOf(res), req.body ?? {}))
  })

  router.get('/:id', (req, res) => {
    res.json(handlers.get(parseId(req.params.id, label)))
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
