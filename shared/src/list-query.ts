import { z } from 'zod'
import { EventStatusSchema, ModalitySchema } from './events'
import { issueMessage } from './field-errors'
import type { Language } from './languages'
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './paging'
import { IdSchema, IsoDateSchema, LanguageSchema } from './primitives'
import { eventTaxonomyFilterShape } from './taxonomy'

/** What the `missing` filter can ask for. */
export const MISSING_PIECES = ['date', 'contact', 'venue'] as const
export type MissingPiece = (typeof MISSING_PIECES)[number]

const IdOrIdsSchema = z.union([IdSchema, z.array(IdSchema).max(MAX_PAGE_SIZE)])
const SearchSchema = z.string().max(500)
/** Built once: a zod schema built per request would be most of what a list request leaves for the old generation's collector. */
const RangeSchema = z.tuple([z.number().int().min(0), z.number().int().min(0)])

/** `filter` keys every resource accepts. */
export const baseFilterShape = {
  q: SearchSchema.optional(),
  id: IdOrIdsSchema.optional(),
}

export const BaseFilterSchema = z.strictObject(baseFilterShape)
export type BaseFilter = z.infer<typeof BaseFilterSchema>

/** Venues' and institutions' filter: `unused: true` keeps the records no event references, to clean them up. */
export const LookupFilterSchema = z.strictObject({ ...baseFilterShape, unused: z.boolean().optional() })
export type LookupFilter = z.infer<typeof LookupFilterSchema>

export const EventFilterSchema = z.strictObject({
  ...baseFilterShape,
  status: z.union([EventStatusSchema, z.array(EventStatusSchema)]).optional(),
  modality: z.union([ModalitySchema, z.array(ModalitySchema)]).optional(),
  city: z.string().max(200).optional(),
  venueId: IdOrIdsSchema.optional(),
  institutionId: IdOrIdsSchema.optional(),
  hasUnpublishedChanges: z.boolean().optional(),
  /** Events last saved / created by this user. */
  updatedBy: IdSchema.optional(),
  createdBy: IdSchema.optional(),
  /** Drafts whose last workflow step was a reviewer's "request changes" (true), or the others (false). */
  changesRequested: z.boolean().optional(),
  /** Events with a scheduled publish or unpublish (true), or without (false). */
  scheduled: z.boolean().optional(),
  startDate_gte: IsoDateSchema.optional(),
  startDate_lte: IsoDateSchema.optional(),
  endDate_gte: IsoDateSchema.optional(),
  endDate_lte: IsoDateSchema.optional(),
  /** Events with a text written in the other language only (shared/src/translation.ts). */
  incompleteLanguage: LanguageSchema.optional(),
  /** Events lacking a piece the calendar needs: no start date, no contact e-mail, or no venue though held in person. */
  missing: z.union([z.enum(MISSING_PIECES), z.array(z.enum(MISSING_PIECES))]).optional(),
  /** Events last saved by someone other than this user (the dashboard's "recent activity by others"). */
  notUpdatedBy: IdSchema.optional(),
  // presidency, type, country and network (issue 18 §3)
  ...eventTaxonomyFilterShape,
})
export type EventFilter = z.infer<typeof EventFilterSchema>

export type SortOrder = 'ASC' | 'DESC'
export interface ListQuery<TFilter, TSort extends string> {
  filter: TFilter
  sort: { field: TSort; order: SortOrder }
  /** Inclusive indexes, as ra-data-simple-rest sends them, already capped at MAX_PAGE_SIZE. */
  range: { start: number; end: number }
}

/** Thrown for a query the contract rejects with a 400; `field` names the query parameter, `text` says why in each language. */
export class ListQueryError extends Error {
  constructor(
    readonly field: 'sort' | 'range' | 'filter',
    readonly text: Record<Language, string>,
  ) {
    super(text.en)
  }
}

function parseJsonParam(field: 'sort' | 'range' | 'filter', raw: unknown): unknown {
  if (raw === undefined) return undefined
  if (typeof raw !== 'string')
    throw new ListQueryError(field, {
      en: `"${field}" must be given once, as JSON`,
      es: `"${field}" debe enviarse una sola vez, como JSON`,
    })
  try {
    return JSON.parse(raw)
  } catch {
    throw new ListQueryError(field, { en: `"${field}" is not valid JSON`, es: `"${field}" no es JSON válido` })
  }
}

/** What a list accepts: its sort fields, its sort when none is asked for, and its filter's schema. */
export interface ListQueryOptions<TFilter, TSort extends string> {
  sortFields: readonly TSort[]
  defaultSort: { field: TSort; order: SortOrder }
  filterSchema: z.ZodType<TFilter>
}

/**
 * Reads ra-data-simple-rest's `sort`, `range` and `filter` query parameters.
 * Anything malformed or unknown throws a ListQueryError (a 400), never a 500.
 */
export function parseListQuery<TFilter, TSort extends string>(
  query: Record<string, unknown>,
  options: ListQueryOptions<TFilter, TSort>,
): ListQuery<TFilter, TSort> {
  const rawSort = parseJsonParam('sort', query.sort)
  let sort = options.defaultSort
  if (rawSort !== undefined) {
    if (
      !Array.isArray(rawSort) ||
      rawSort.length !== 2 ||
      typeof rawSort[0] !== 'string' ||
      typeof rawSort[1] !== 'string'
    ) {
      throw new ListQueryError('sort', {
        en: '"sort" must be ["field","ASC"|"DESC"]',
        es: '"sort" debe ser ["campo","ASC"|"DESC"]',
      })
    }
    const [field, order] = rawSort as [string, string]
    const sortField = options.sortFields.find((known) => known === field)
    if (!sortField) {
      const known = options.sortFields.join(', ')
      throw new ListQueryError('sort', {
        en: `Cannot sort by "${field}"; use one of ${known}`,
        es: `No se puede ordenar por "${field}"; use uno de ${known}`,
      })
    }
    if (order !== 'ASC' && order !== 'DESC') {
      throw new ListQueryError('sort', {
        en: `Sort direction must be ASC or DESC, not "${order}"`,
        es: `El sentido del orden debe ser ASC o DESC, no "${order}"`,
      })
    }
    sort = { field: sortField, order }
  }

  const rawRange = parseJsonParam('range', query.range)
  let range = { start: 0, end: DEFAULT_PAGE_SIZE - 1 }
  if (rawRange !== undefined) {
    const parsed = RangeSchema.safeParse(rawRange)
    if (!parsed.success || parsed.data[1] < parsed.data[0]) {
      throw new ListQueryError('range', {
        en: '"range" must be [start, end] with 0 ≤ start ≤ end',
        es: '"range" debe ser [inicio, fin] con 0 ≤ inicio ≤ fin',
      })
    }
    const [start, end] = parsed.data
    range = { start, end: Math.min(end, start + MAX_PAGE_SIZE - 1) }
  }

  const rawFilter = parseJsonParam('filter', query.filter) ?? {}
  if (typeof rawFilter !== 'object' || rawFilter === null || Array.isArray(rawFilter)) {
    throw new ListQueryError('filter', { en: '"filter" must be a JSON object', es: '"filter" debe ser un objeto JSON' })
  }
  const parsedFilter = options.filterSchema.safeParse(rawFilter)
  if (!parsedFilter.success) {
    const issue = parsedFilter.error.issues[0]
    const unknownKeys = issue?.code === 'unrecognized_keys' ? issue.keys : []
    const keys = unknownKeys.map((key) => `"${key}"`).join(', ')
    const path = issue?.path.join('.') ?? ''
    const said = (lang: Language) => (issue ? issueMessage(issue, lang) : '')
    throw new ListQueryError(
      'filter',
      unknownKeys.length > 0
        ? { en: `Unknown filter ${keys}`, es: `Filtro desconocido: ${keys}` }
        : { en: `Invalid filter "${path}": ${said('en')}`, es: `Filtro no válido "${path}": ${said('es')}` },
    )
  }
  return { filter: parsedFilter.data, sort, range }
}

/** An id filter as a list, whether one id or many was given. */
export function toIdList(value: number | number[] | undefined): number[] | undefined {
  if (value === undefined) return undefined
  return Array.isArray(value) ? value : [value]
}
