import { MAX_PAGE_SIZE, SECOND_FACTOR } from '@rcm/shared'
import { z } from 'zod'
import type { ApiRoute } from '../http/route-table'
import { SESSION_COOKIE } from '../http/session-cookie'
import type { HeaderName, ListDoc, SuccessDoc } from './operations'
import { REQUEST_SCHEMAS, RESPONSE_SCHEMAS } from './schemas'

export type JsonSchema = Record<string, unknown>
type Io = 'input' | 'output'

const SCHEMA_REF = '#/components/schemas/'

const HEADERS: Record<HeaderName, { description: string; schema: JsonSchema }> = {
  'Content-Range': {
    description:
      '`{resource} START-END/TOTAL` (END the index of the last record returned), or `{resource} */TOTAL` for an empty page',
    schema: { type: 'string', examples: ['events 0-24/312'] },
  },
  ETag: { description: 'Changes when something is published', schema: { type: 'string' } },
  'Last-Modified': { description: 'When something was last published', schema: { type: 'string' } },
  'Cache-Control': {
    description: 'How long a cache may keep the answer before asking again',
    schema: { type: 'string' },
  },
  'Retry-After': { description: 'Seconds until sign-in may be tried again', schema: { type: 'integer' } },
  'Set-Cookie': {
    description: `The session cookie \`${SESSION_COOKIE}\`: HttpOnly, SameSite=Strict, path /api`,
    schema: { type: 'string' },
  },
  'X-Undated-Events-Omitted': {
    description: 'How many published events have no date and are not in the calendar',
    schema: { type: 'integer' },
  },
}

const ERROR_RESPONSES: Record<string, { description: string; schema: string }> = {
  400: {
    description: 'Invalid input: `errors` has one message per bad field, at its dotted path',
    schema: 'ValidationError',
  },
  401: { description: 'Not signed in, or the session ended', schema: 'Error' },
  403: {
    description: 'Signed in but the role is too low, or a state-changing request from another origin',
    schema: 'Error',
  },
  404: { description: 'No such record, or the id is not a positive integer', schema: 'Error' },
  409: { description: 'The state does not allow it', schema: 'Error' },
  413: { description: 'The body is larger than 1 MB', schema: 'Error' },
  415: { description: 'The body is not `application/json`', schema: 'Error' },
  429: { description: 'Too many attempts', schema: 'Error' },
}

/** zod's JSON Schema is draft 2020-12, the dialect of OpenAPI 3.1; `$schema` and `$id` belong to a standalone document, not here. */
function clean(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema
  return rest
}

const toJson = (schema: z.ZodType, io: Io) =>
  clean(z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema)

/** Every named schema, each converted on the side it is used on. */
function componentSchemas(): Record<string, JsonSchema> {
  const convert = (schemas: Record<string, z.ZodType>, io: Io) => {
    const registry = z.registry<{ id: string }>()
    for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id })
    const { schemas: converted } = z.toJSONSchema(registry, {
      target: 'draft-2020-12',
      io,
      unrepresentable: 'any',
      uri: (id) => SCHEMA_REF + id,
    })
    return Object.fromEntries(Object.entries(converted).map(([id, schema]) => [id, clean(schema as JsonSchema)]))
  }
  return { ...convert(RESPONSE_SCHEMAS, 'output'), ...convert(REQUEST_SCHEMAS, 'input') }
}

const names = (schemas: Record<string, z.ZodType>) =>
  new Map<z.ZodType, string>(Object.entries(schemas).map(([name, schema]) => [schema, name]))
const NAMED: Record<Io, Map<z.ZodType, string>> = { output: names(RESPONSE_SCHEMAS), input: names(REQUEST_SCHEMAS) }

/** A named schema as a `$ref`, an array of one as an array of `$ref`s, anything else inline. */
function schemaOf(schema: z.ZodType, io: Io): JsonSchema {
  const name = NAMED[io].get(schema)
  if (name) return { $ref: SCHEMA_REF + name }
  if (schema instanceof z.ZodArray) {
    const items = NAMED[io].get(schema.element as z.ZodType)
    if (items) return { type: 'array', items: { $ref: SCHEMA_REF + items } }
  }
  return toJson(schema, io)
}

const jsonParameter = (name: string, description: string, schema: JsonSchema, example: string) => ({
  name,
  in: 'query',
  description,
  content: { 'application/json': { schema, example: JSON.parse(example) as unknown } },
})

function listParameters(list: ListDoc) {
  return [
    jsonParameter(
      'sort',
      'Field and direction',
      {
        type: 'array',
        prefixItems: [{ enum: [...list.sortFields] }, { enum: ['ASC', 'DESC'] }],
        minItems: 2,
        maxItems: 2,
      },
      `["${list.sortFields[0]}","ASC"]`,
    ),
    jsonParameter(
      'range',
      `Inclusive indexes of the first and last record; at most ${MAX_PAGE_SIZE} are returned (and \`Content-Range\` says so)`,
      {
        type: 'array',
        prefixItems: [
          { type: 'integer', minimum: 0 },
          { type: 'integer', minimum: 0 },
        ],
        minItems: 2,
        maxItems: 2,
      },
      '[0,24]',
    ),
    jsonParameter('filter', 'An unknown key is a 400', toJson(list.filter, 'input'), '{"q":"migración"}'),
  ]
}

function queryParameters(query: z.ZodObject) {
  const schema = toJson(query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] }
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: property,
  }))
}

function successResponse(ok: SuccessDoc) {
  const headers =
    ok.headers && Object.fromEntries(ok.headers.map((header) => [header, { $ref: `#/components/headers/${header}` }]))
  let content: Record<string, { schema: JsonSchema }> | undefined
  if (ok.json !== undefined) {
    const one = (schema: z.ZodType) =>
      ok.array ? { type: 'array', items: schemaOf(schema, 'output') } : schemaOf(schema, 'output')
    const schema = Array.isArray(ok.json) ? { oneOf: ok.json.map(one) } : one(ok.json)
    content = { 'application/json': { schema } }
  } else if (ok.media) {
    content = Object.fromEntries(Object.entries(ok.media).map(([type, schema]) => [type, { schema }]))
  }
  return { description: ok.description, ...(headers && { headers }), ...(content && { content }) }
}

function errorResponses(route: ApiRoute): Record<string, unknown> {
  const statuses = new Map<number, string | undefined>()
  const hasId = route.path.includes('/:')
  if (route.body || route.list || route.query) statuses.set(400, undefined)
  if (route.access === SECOND_FACTOR) statuses.set(401, undefined).set(403, 'A request from another origin')
  else if (route.access !== 'public')
    statuses
      .set(401, undefined)
      .set(
        403,
        `Signed in below the role \`${route.access}\`${route.method === 'GET' ? '' : ', or a request from another origin'}`,
      )
  else if (route.method !== 'GET') statuses.set(403, 'A request from another origin')
  if (hasId) statuses.set(404, undefined)
  if (route.body) statuses.set(413, undefined).set(415, undefined)
  for (const [status, why] of Object.entries(route.errors ?? {})) statuses.set(Number(status), why)
  if (route.conflict) statuses.set(409, route.conflict.why)

  const responses: Record<string, unknown> = {}
  for (const [status, why] of [...statuses].sort(([a], [b]) => a - b)) {
    if (status === 304) {
      responses[status] = {
        description: why ?? 'Not modified',
        headers: { ETag: { $ref: '#/components/headers/ETag' } },
      }
      continue
    }
    const known = ERROR_RESPONSES[status]
    if (!known) throw new Error(`No error response for ${status}`)
    responses[status] = {
      description: why ?? known.description,
      ...(status === 429 && { headers: { 'Retry-After': { $ref: '#/components/headers/Retry-After' } } }),
      content: {
        'application/json': {
          schema:
            status === 409 && route.conflict?.body
              ? schemaOf(route.conflict.body, 'output')
              : { $ref: SCHEMA_REF + known.schema },
        },
      },
    }
  }
  return responses
}

/** `getEvents`, `postEventsByIdSubmit`, `getPublicEventsJson`. */
function operationId(route: ApiRoute): string {
  const words = route.path
    .split('/')
    .filter((segment) => segment !== '' && segment !== 'api')
    .flatMap((segment) => (segment.startsWith(':') ? ['by', segment.slice(1)] : segment.split(/[^a-zA-Z0-9]+/)))
  return route.method.toLowerCase() + words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('')
}

const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}')

function operation(route: ApiRoute) {
  const parameters = [
    ...[...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: route.pathParam
        ? toJson(route.pathParam, 'input')
        : route.idIsCode
          ? { type: 'string', pattern: '^[A-Z]{2}$' }
          : { type: 'integer', minimum: 1 },
    })),
    ...(route.list ? listParameters(route.list) : []),
    ...(route.query ? queryParameters(route.query) : []),
  ]
  const role =
    route.access === 'public'
      ? 'Public: no sign-in.'
      : route.access === SECOND_FACTOR
        ? 'Needs a session, also one still waiting for its second factor.'
        : `Needs a session with the role \`${route.access}\` or above.`
  return {
    operationId: operationId(route),
    tags: [route.tag],
    summary: route.summary,
    description: [route.description, role].filter(Boolean).join('\n\n'),
    'x-role': route.access,
    ...(route.access === 'public' && { security: [] }),
    ...(parameters.length > 0 && { parameters }),
    ...(route.body && {
      requestBody: {
        required: !route.bodyOptional,
        content: { 'application/json': { schema: schemaOf(route.body, 'input') } },
      },
    }),
    responses: { [route.ok.status ?? 200]: successResponse(route.ok), ...errorResponses(route) },
  }
}

/**
 * The OpenAPI 3.1 document of the whole API: one operation per route of the
 * route tables, with the shared zod schemas converted by zod itself
 * (`z.toJSONSchema`).
 */
export function buildOpenApiDocument(routes: readonly ApiRoute[]) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const route of routes) {
    const path = (paths[openApiPath(route.path)] ??= {})
    path[route.method.toLowerCase()] = operation(route)
  }
  return {
    openapi: '3.1.1',
    info: {
      title: 'RCM events calendar API',
      version: '1.0.0',
      description: [
        'The API of the RCM events calendar: what the admin app (react-admin, `ra-data-simple-rest`) and other programs call.',
        'JSON in and out (`application/json; charset=utf-8`), except the public feeds. ' +
          'A body must be sent as `application/json` (415 otherwise) and be at most 1 MB (413). ' +
          'A state-changing request whose `Origin` names another origin is refused (403).',
        'Translatable text is `{"en", "es"}`, both keys present in answers; on input a missing key means `""`.',
        'Every error is `{"message"}`, a 400 also has `errors`: one message per bad field at its dotted path. ' +
          'No answer carries a stack trace, SQL or a file path. The role check comes before the state check (403 before 409).',
        'Messages are in English, or in Spanish for a request whose `Accept-Language` prefers `es` to `en` ' +
          '(the admin app sends its interface language); the shapes are the same in both.',
      ].join('\n\n'),
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    security: [{ session: [] }],
    tags: [...new Set(routes.map((route) => route.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: componentSchemas(),
      headers: HEADERS,
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description: 'The session cookie that `POST /api/auth/login` sets.',
        },
      },
    },
  }
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>
