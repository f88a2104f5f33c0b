import type { z } from 'zod'

/*
 * What a route's entry in its resource's table says for the OpenAPI
 * document. The document adds what the entry implies: the `{id}` parameter
 * and 404, the session and 401/403 from its role, 400/413/415 for a body,
 * 400 and `Content-Range` for a list.
 */

/** A response header documented once in `components.headers`. */
export type HeaderName =
  | 'Content-Range'
  | 'ETag'
  | 'Last-Modified'
  | 'Cache-Control'
  | 'Retry-After'
  | 'Set-Cookie'
  | 'X-Undated-Events-Omitted'

/** What a successful answer carries. */
export interface SuccessDoc {
  status?: 200 | 201 | 204
  description: string
  /** A JSON body, or several bodies one of which is sent (`oneOf`). */
  json?: z.ZodType | z.ZodType[]
  /** The body is an array of `json`. */
  array?: boolean
  /** Non-JSON bodies: media type → JSON Schema of the text. */
  media?: Record<string, Record<string, unknown>>
  headers?: HeaderName[]
}

/** ra-data-simple-rest's `sort`, `range` and `filter` of one collection. */
export interface ListDoc {
  resource: string
  sortFields: readonly string[]
  filter: z.ZodType
}

/** When the state refuses the request (409); the body is `{message}` unless given. */
export interface ConflictDoc {
  why: string
  body?: z.ZodType
}

/** The documentation of one route. */
export interface RouteDoc {
  tag: string
  summary: string
  description?: string
  list?: ListDoc
  /** Query parameters, one per property. */
  query?: z.ZodObject
  body?: z.ZodType
  /** The body may be left out (workflow steps without a comment). */
  bodyOptional?: boolean
  ok: SuccessDoc
  /** More error statuses, each with why. */
  errors?: Partial<Record<304 | 401 | 413 | 415 | 429, string>>
  conflict?: ConflictDoc
  /** The path's `:id` is a code (a country's), not a positive integer. */
  idIsCode?: boolean
  /** The path's parameter is a string this schema takes (a preference's key), not a positive integer. */
  pathParam?: z.ZodType
}
