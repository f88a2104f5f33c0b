import { createHash } from 'node:crypto'
import { EVENT_SORT_FIELDS, EventFilterSchema, EventSchema, eventInputShape } from '@rcm/shared'
import { Validator } from '@seriousme/openapi-schema-validator'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { API_ROUTES } from '../../server/src/api-routes'
import type { ApiRoute } from '../../server/src/http/route-table'
import { buildOpenApiDocument } from '../../server/src/openapi/document'
import { startTestApi, type RawResponse, type TestApi } from '../support/api'
import { insertCompleteEvent } from '../support/workflow'

interface Operation {
  summary?: string
  'x-role'?: string
  security?: unknown[]
  parameters?: Array<{ name: string; in: string; content?: Record<string, { schema: Record<string, unknown> }> }>
  requestBody?: { content: Record<string, { schema: unknown }> }
  responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, { schema: unknown }> }>
}
interface Document {
  openapi: string
  paths: Record<string, Record<string, Operation>>
  components: {
    schemas: Record<
      string,
      { required?: string[]; properties?: Record<string, unknown>; additionalProperties?: unknown }
    >
  }
}

let api: TestApi
let doc: Document
beforeAll(async () => {
  api = await startTestApi()
  const response = await api.anonymous().request('/api/openapi.json')
  expect(response.status).toBe(200)
  doc = response.body as Document
})
afterAll(() => api.close())

const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}')
const operationOf = (document: Document, method: string, path: string) =>
  document.paths[openApiPath(path)]?.[method.toLowerCase()]

describe('the document covers the route tables', () => {
  test('every route of the tables has an operation with a summary, and no operation is without a route', () => {
    const undocumented = API_ROUTES.filter((route) => !operationOf(doc, route.method, route.path)?.summary).map(
      (route) => `${route.method} ${route.path}`,
    )
    expect(undocumented).toEqual([])
    const operations = Object.values(doc.paths).flatMap((methods) => Object.keys(methods))
    expect(operations).toHaveLength(API_ROUTES.length)
  })

  test('a route added to a table is in the document, with its summary, its role and the errors they imply', () => {
    const secret: ApiRoute = {
      method: 'GET',
      path: '/api/events/:id/secret',
      mount: '/api/events',
      access: 'reviewer',
      tag: 'Events',
      summary: 'A secret',
      ok: { description: 'The secret', json: EventSchema },
      handler: () => {},
    }
    const withExtra = buildOpenApiDocument([...API_ROUTES, secret]) as Document
    const operation = operationOf(withExtra, 'GET', '/api/events/:id/secret')
    expect(operation).toMatchObject({ summary: 'A secret', 'x-role': 'reviewer' })
    expect(Object.keys(operation!.responses)).toEqual(['200', '401', '403', '404'])
    expect(operation!.parameters).toEqual([{ name: 'id', in: 'path', required: true, schema: expect.anything() }])
  })

  test('public routes need no session; every other route needs the session cookie and documents 401 and 403', () => {
    for (const route of API_ROUTES) {
      const operation = operationOf(doc, route.method, route.path)!
      if (route.access === 'public') expect(operation.security, `${route.method} ${route.path}`).toEqual([])
      else {
        expect(operation.security, `${route.method} ${route.path}`).toBeUndefined()
        expect(Object.keys(operation.responses), `${route.method} ${route.path}`).toEqual(
          expect.arrayContaining(['401', '403']),
        )
      }
    }
    expect(doc).toMatchObject({
      security: [{ session: [] }],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'rcm_session' } } },
    })
  })
})

/** A copy, as the validator annotates what it is given. */
const asSpec = (document: Document) => structuredClone(document) as unknown as Parameters<Validator['validate']>[0]

test('the document is valid OpenAPI 3.1 for an independent validator, which does refuse a broken one', async () => {
  const validator = new Validator()
  const result = await validator.validate(asSpec(doc))
  expect(result.errors).toBeUndefined()
  expect(result.valid).toBe(true)
  expect(validator.version).toBe('3.1')

  const broken = structuredClone(doc)
  broken.paths['/api/events']!.get!.parameters![0]!.in = 'body'
  expect((await new Validator().validate(asSpec(broken))).valid).toBe(false)
})

describe('schemas come from the shared zod schemas', () => {
  test("the event record has EventSchema's fields, all required; the create body the input's, only the title required, no others", () => {
    const event = doc.components.schemas.Event!
    expect(Object.keys(event.properties ?? {}).sort()).toEqual(Object.keys(EventSchema.shape).sort())
    expect([...(event.required ?? [])].sort()).toEqual(Object.keys(EventSchema.shape).sort())

    const create = doc.components.schemas.EventCreate!
    expect(Object.keys(create.properties ?? {}).sort()).toEqual(Object.keys(eventInputShape).sort())
    expect(create.required).toEqual(['title'])
    expect(create.additionalProperties).toBe(false)
    expect(doc.components.schemas.EventUpdate!.required).toEqual(['title', 'version'])
  })

  test("the events list documents ra-data-simple-rest's sort, range and filter, and Content-Range", () => {
    const list = operationOf(doc, 'GET', '/api/events')!
    const param = (name: string) =>
      list.parameters?.find((p) => p.name === name)?.content?.['application/json']?.schema as Record<string, unknown>
    expect(param('sort')).toMatchObject({ prefixItems: [{ enum: [...EVENT_SORT_FIELDS] }, { enum: ['ASC', 'DESC'] }] })
    expect(param('range')).toMatchObject({ type: 'array', minItems: 2, maxItems: 2 })
    expect(Object.keys(param('filter').properties as object).sort()).toEqual(
      Object.keys(EventFilterSchema.shape).sort(),
    )
    expect(param('filter').additionalProperties).toBe(false)
    expect(list.responses['200']).toMatchObject({
      headers: { 'Content-Range': { $ref: '#/components/headers/Content-Range' } },
      content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Event' } } } },
    })
  })

  test('bodies, error bodies and the feeds’ media types are where the CONTRACT puts them', () => {
    expect(operationOf(doc, 'POST', '/api/events')!.requestBody!.content['application/json']!.schema).toEqual({
      $ref: '#/components/schemas/EventCreate',
    })
    const put = operationOf(doc, 'PUT', '/api/events/:id')!
    expect(put.responses['400']!.content!['application/json']!.schema).toEqual({
      $ref: '#/components/schemas/ValidationError',
    })
    expect(Object.keys(put.responses)).toEqual(['200', '400', '401', '403', '404', '409', '413', '415'])
    expect(operationOf(doc, 'POST', '/api/events')!.responses['201']).toBeDefined()
    expect(operationOf(doc, 'POST', '/api/auth/login')!.responses['429']).toMatchObject({
      headers: { 'Retry-After': {} },
    })
    expect(operationOf(doc, 'POST', '/api/events/:id/request-changes')!.requestBody).toMatchObject({ required: true })
    expect(operationOf(doc, 'POST', '/api/events/:id/submit')!.requestBody).toMatchObject({ required: false })
    expect(Object.keys(operationOf(doc, 'GET', '/api/public/events.csv')!.responses['200']!.content!)).toEqual([
      'text/csv',
    ])
    expect(Object.keys(operationOf(doc, 'GET', '/api/public/events.ics')!.responses['200']!.content!)).toEqual([
      'text/calendar',
    ])
    const feed = operationOf(doc, 'GET', '/api/public/events.json')!
    expect(feed.parameters?.map((p) => `${p.in} ${p.name}`)).toEqual([
      'query lang',
      'query from',
      'query to',
      'query presidency',
      'query type',
      'query country',
      'query network',
      'query q',
    ])
    expect(Object.keys(feed.responses)).toEqual(['200', '304', '400'])
  })
})

describe('real answers of the API match the documented schemas', () => {
  const DOC_ID = 'https://rcm.test/openapi.json'
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  /** Validates `body` against the schema the document gives `status` of this operation. */
  function expectDocumented(method: string, path: string, response: RawResponse) {
    if (!ajv.getSchema(DOC_ID)) ajv.addSchema({ $id: DOC_ID, components: doc.components })
    const schema = operationOf(doc, method, path)?.responses[String(response.status)]?.content?.['application/json']
      ?.schema
    expect(schema, `${method} ${path} documents ${response.status}`).toBeDefined()
    const validate = ajv.compile(
      JSON.parse(JSON.stringify(schema).replaceAll('"#/components', `"${DOC_ID}#/components`)) as object,
    )
    expect(validate(response.body) ? [] : validate.errors).toEqual([])
  }

  test('an event, a list of events, a venue, a 400 and a 404', async () => {
    const venue = api.insertVenue({
      name: { en: 'Hotel Real', es: '' },
      city: 'San Salvador',
      country: 'SV',
      address: null,
    })
    const event = insertCompleteEvent(api, { venueId: venue.id }, 'published')
    expectDocumented('GET', '/api/events/:id', await api.request(`/api/events/${event.id}`))
    expectDocumented('GET', '/api/events', await api.request('/api/events?range=[0,9]'))
    expectDocumented('GET', '/api/venues/:id', await api.request(`/api/venues/${venue.id}`))
    const invalid = await api.send('POST', '/api/events', { title: { en: '' }, startDate: 'soon' })
    expect(invalid.status).toBe(400)
    expectDocumented('POST', '/api/events', invalid)
    expectDocumented('GET', '/api/events/:id', await api.request('/api/events/999999'))
    expectDocumented('GET', '/api/public/events.json', await api.anonymous().request('/api/public/events.json'))
    expectDocumented('GET', '/api/public/events.json', await api.anonymous().request('/api/public/events.json?lang=es'))
  })

  test('409s with their bodies, a bulk step, sign-in and its 401, the history lists', async () => {
    const event = insertCompleteEvent(api, {}, 'draft')
    // The record as react-admin sends it back: the fields it may not set are ignored.
    const input = { ...event, city: 'Antigua Guatemala' }
    expectDocumented('PUT', '/api/events/:id', await api.send('PUT', `/api/events/${event.id}`, input))
    const stale = await api.send('PUT', `/api/events/${event.id}`, input)
    expect(stale.status).toBe(409)
    expectDocumented('PUT', '/api/events/:id', stale)

    const incomplete = api.insertEvent({ title: { en: 'Bare', es: '' } })
    const refused = await api.send('POST', `/api/events/${incomplete.id}/publish`, {})
    expect(refused.status).toBe(409)
    expectDocumented('POST', '/api/events/:id/publish', refused)
    const staleStep = await api.send('POST', `/api/events/${incomplete.id}/publish`, {
      version: incomplete.version + 1,
    })
    expect(staleStep.status).toBe(409)
    expectDocumented('POST', '/api/events/:id/publish', staleStep)
    expectDocumented(
      'POST',
      '/api/events/bulk',
      await api.send('POST', '/api/events/bulk', { step: 'submit', ids: [event.id, incomplete.id, 999999] }),
    )

    const user = api.createUser('editor')
    expectDocumented('POST', '/api/auth/login', (await api.signIn(user.email)).response)
    expectDocumented('POST', '/api/auth/login', (await api.signIn(user.email, 'not the password at all')).response)
    expectDocumented('GET', '/api/revisions', await api.request(`/api/revisions?filter={"eventId":${event.id}}`))
    expectDocumented('GET', '/api/audit-log', await api.request('/api/audit-log?range=[0,4]'))
    expectDocumented('GET', '/api/users', await api.request('/api/users'))
  })

  test("a user's list preferences, kept and read back, and a refused one", async () => {
    const editor = api.as('editor')
    const saved = [{ label: 'Mine', value: { filter: { status: 'draft' }, sort: { field: 'id', order: 'DESC' } } }]
    const put = await editor.send('PUT', '/api/preferences/events.savedQueries', saved)
    expectDocumented('PUT', '/api/preferences/:key', put)
    expectDocumented('PUT', '/api/preferences/:key', await editor.send('PUT', '/api/preferences/events.x', {}))
    expectDocumented('GET', '/api/preferences', await editor.request('/api/preferences'))
  })

  test('a schema that does not fit the answer is reported (the check can fail)', async () => {
    const response = await api.request('/api/venues?range=[0,0]')
    expect(() => expectDocumented('GET', '/api/venues', { ...response, body: [{ id: 'one' }] })).toThrow()
  })
})

describe('GET /api/openapi.json and GET /api/docs', () => {
  test('both are public and cacheable, and a matching conditional request gets 304', async () => {
    for (const path of ['/api/openapi.json', '/api/docs']) {
      const first = await api.anonymous().request(path)
      expect(first.status).toBe(200)
      expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
      const etag = first.headers.get('etag')
      expect(etag).toBeTruthy()
      const again = await api.anonymous().request(path, { headers: { 'If-None-Match': etag! } })
      expect(again.status).toBe(304)
    }
  })

  test('the docs page is HTML naming every operation with its summary, and the schemas', async () => {
    const response = await api.anonymous().request('/api/docs')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = response.body as string
    expect(html).toMatch(/^<!doctype html>/)
    for (const route of API_ROUTES) {
      expect(html).toContain(`<code>${route.method} ${openApiPath(route.path)}</code>`)
      expect(html).toContain(route.summary.replaceAll("'", '&#39;'))
    }
    expect(html).toContain('<section id="schema-Event">')
    expect(html).toContain('href="/api/openapi.json"')
  })

  test('the page runs no script and loads nothing; its CSP allows exactly its own stylesheet', async () => {
    const response = await api.anonymous().request('/api/docs')
    const html = response.body as string
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).not.toMatch(/script-src|unsafe/)
    expect(html).not.toMatch(/<script|<link|<img|\son\w+=/i)
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''
    expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`)
  })

  test('?lang=es gives Spanish headings, an unknown language is a 400 with the field', async () => {
    const spanish = (await api.anonymous().request('/api/docs?lang=es')).body as string
    expect(spanish).toContain('<html lang="es">')
    expect(spanish).toContain('Respuestas')
    expect(spanish).toContain('Esquemas')
    const english = (await api.anonymous().request('/api/docs')).body as string
    expect(english).toContain('Responses')
    const bad = await api.anonymous().request('/api/docs?lang=fr')
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ errors: { lang: expect.any(String) } })
  })
})
