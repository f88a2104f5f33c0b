import { LanguageSchema, RESOURCE_ACCESS, type Language } from '@rcm/shared'
import { Router, type Request } from 'express'
import { z } from 'zod'
import type { Db } from '../db/connection'
import { getEvent } from '../events/events.service'
import { toPublicEventData } from './public-copy'
import { parseId } from '../http/list-params'
import { routeTable } from '../http/route-table'
import { pageHeaders, setPageHeaders } from '../http/security-headers'
import { calendarPageCsp, calendarPageFormat, previewPage } from './calendar-page'
import { answeredNotModified, streamFeed } from './feed-response'

/** Raise when the page's markup changes, so caches holding the old page revalidate to a 200. */
const TEMPLATE_VERSION = 1

/**
 * The page's language: `en` or `es` (any case); anything else, or none, is
 * English. A person following a mangled link is better served by the page
 * than by an error, and the language switch is right there.
 */
function pageLanguage(req: Request): Language {
  const parsed = LanguageSchema.safeParse(typeof req.query.lang === 'string' ? req.query.lang.toLowerCase() : undefined)
  return parsed.success ? parsed.data : 'en'
}

const HTML_TYPE = { 'Content-Type': 'text/html; charset=utf-8' }

// The website embeds the public page: any site may frame it. The preview is framed by the admin app alone.
const calendarPageHeaders = pageHeaders({ csp: calendarPageCsp('*'), framedBy: 'any' })
const previewPageHeaders = pageHeaders({ csp: calendarPageCsp("'self'"), framedBy: 'same-origin' })

/** `GET /calendar`: the public calendar page, published events only, outside /api (no sign-in, no session). */
export function calendarRouter(db: Db, options: { now?: () => Date } = {}): Router {
  const router = Router()
  const today = () => (options.now ?? (() => new Date()))().toISOString().slice(0, 10)

  router.get('/calendar', calendarPageHeaders, async (req, res) => {
    const lang = pageLanguage(req)
    const filter = { today: today() }
    if (answeredNotModified(db, req, res, JSON.stringify(['calendar', TEMPLATE_VERSION, lang, filter.today]))) return
    res.set({ ...HTML_TYPE, 'Content-Language': lang })
    await streamFeed(db, res, filter, calendarPageFormat(lang))
  })

  return router
}

const PreviewQuerySchema = z.object({ lang: LanguageSchema.default('en') })

/** `GET /api/events/{id}/preview`, in the events' table: the working copy on the public page's template, for staff before publishing. */
export const eventPreviewRoutes = routeTable('/api/events', 'Events', [
  {
    method: 'GET',
    path: '/:id/preview',
    access: RESOURCE_ACCESS.events.read,
    summary: 'Preview the working copy on the public page',
    description:
      'The saved working copy on the template of `/calendar`, marked as not published; `lang` defaults to `en`.',
    query: z.object({ lang: LanguageSchema.optional() }),
    ok: { description: 'An HTML page', media: { 'text/html': { type: 'string' } } },
    handler: (req, res, { db }) => {
      const id = parseId(req.params.id, 'Event')
      const { lang } = PreviewQuerySchema.parse(req.query)
      const event = getEvent(db, id)
      setPageHeaders(previewPageHeaders, req, res)
      res.set({ ...HTML_TYPE, 'Content-Language': lang })
      res.send(previewPage(toPublicEventData(db, event, event.updatedAt), lang))
    },
  },
])
