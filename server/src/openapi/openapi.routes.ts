import { createHash } from 'node:crypto'
import { LanguageSchema, type Language } from '@rcm/shared'
import { Router, type Request, type Response } from 'express'
import { z } from 'zod'
import { etagMatches } from '../public/feed-response'
import { openApiDocument } from './document'
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

/** `/api/openapi.json` and `/api/docs`: the description of the API, public. */
export function openapiRouter(): Router {
  const router = Router()
  let json: Rendered | undefined
  const pages = new Map<Language, Rendered>()

  router.get('/openapi.json', (req, res) => {
    json ??= rendered(JSON.stringify(openApiDocument()))
    sendRendered(req, res, json, {
      'Content-Type': 'application/json; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
    })
  })

  router.get('/docs', (req, res) => {
    const { lang } = z.object({ lang: LanguageSchema.default('en') }).parse(req.query)
    let page = pages.get(lang)
    if (page === undefined) pages.set(lang, (page = rendered(renderDocsPage(openApiDocument(), lang))))
    sendRendered(req, res, page, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': DOCS_CSP })
  })

  return router
}
