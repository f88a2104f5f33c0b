import { createHash } from 'node:crypto'
import { LanguageSchema, type Language } from '@rcm/shared'
import type { Request, Response } from 'express'
import { z } from 'zod'
import { routeTable, type ApiRoute } from '../http/route-table'
import { etagMatches } from '../public/feed-response'
import { buildOpenApiDocument, type OpenApiDocument } from './document'
import { DOCS_CSP, renderDocsPage } from './docs-page'

/*
 * The same for every caller and changed only by a deployment: shared caches
 * may keep it a while, then revalidate with the ETag.
 */
const CACHEABLE = 'public, max-age=300'

interface Rendered {
  body: string
  etag: string
}

const rendered = (body: string): Rendered => ({
  body,
  etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
})

/**
 * Sends a body rendered once, or 304 when the request already has it (our own check: Express's `req.fresh` gives up
 * under fetch()'s `Cache-Control: no-cache`).
 */
function sendRendered(req: Request, res: Response, { body, etag }: Rendered, headers: Record<string, string>) {
  res.set({ ...headers, 'Cache-Control': CACHEABLE, ETag: etag })
  if (etagMatches(req, etag)) res.status(304).end()
  else res.send(body)
}

interface Renderings {
  document: OpenApiDocument
  json?: Rendered
  pages: Map<Language, Rendered>
}

// Built at the first request, once per route list (the tables never change while running).
const renderings = new WeakMap<readonly ApiRoute[], Renderings>()
function renderingsOf(routes: readonly ApiRoute[]): Renderings {
  let found = renderings.get(routes)
  if (found === undefined)
    renderings.set(routes, (found = { document: buildOpenApiDocument(routes), pages: new Map() }))
  return found
}

const DocsQuerySchema = z.object({ lang: LanguageSchema.default('en') })

/** `/api/openapi.json` and `/api/docs`: the description of the API, public. */
export const openapiRoutes = routeTable('/api', 'Documentation', [
  {
    method: 'GET',
    path: '/openapi.json',
    access: 'public',
    summary: 'This description of the API',
    description: 'OpenAPI 3.1, generated at start from the shared zod schemas and the route tables.',
    ok: {
      description: 'The OpenAPI document',
      media: { 'application/json': { type: 'object' } },
      headers: ['Cache-Control'],
    },
    handler: (req, res, { routes }) => {
      const cached = renderingsOf(routes)
      cached.json ??= rendered(JSON.stringify(cached.document))
      sendRendered(req, res, cached.json, {
        'Content-Type': 'application/json; charset=utf-8',
        'Access-Control-Allow-Origin': '*',
      })
    },
  },
  {
    method: 'GET',
    path: '/docs',
    access: 'public',
    summary: 'This description as a readable page',
    description: 'Server-rendered HTML, no script; `lang=es` for Spanish headings.',
    query: z.object({ lang: LanguageSchema.optional() }),
    ok: { description: 'An HTML page', media: { 'text/html': { type: 'string' } }, headers: ['Cache-Control'] },
    handler: (req, res, { routes }) => {
      const { lang } = DocsQuerySchema.parse(req.query)
      const cached = renderingsOf(routes)
      let page = cached.pages.get(lang)
      if (page === undefined) cached.pages.set(lang, (page = rendered(renderDocsPage(cached.document, lang))))
      sendRendered(req, res, page, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': DOCS_CSP })
    },
  },
])
