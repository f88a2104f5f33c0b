import { LanguageSchema, RESOURCE_ACCESS } from '@rcm/shared'
import { Router } from 'express'
import { z } from 'zod'
import type { Db } from '../db/connection'
import { getEvent } from '../events/events.service'
import { parseId } from '../http/list-params'
import { routeTable } from '../http/route-table'
import { pageHeaders, setPageHeaders } from '../http/security-headers'
import { embedPage, EMBED_DEFAULT_LIMIT, EMBED_MAX_LIMIT } from './calendar-embed'
import { eventNotFoundPage, eventPage } from './calendar-event-page'
import { CALENDAR_FILTERS } from './calendar-filters'
import { calendarListPage } from './calendar-list-page'
import { ANCHOR_SCRIPT_SOURCE } from './calendar-anchor-script'
import { calendarPageCsp, previewPage } from './calendar-page'
import { CALENDAR_PAGE_SIZE, pageLanguage, parseCalendarQuery } from './calendar-query'
import { searchCalendar } from './calendar-search.repository'
import { answeredNotModified, feedToday } from './feed-response'
import { toPublicEventData } from './public-copy'
import { publicCopiesRepository } from './public-copies.repository'
import { publicSearchRepository } from './public-search.repository'

/** Raise when the pages' markup changes, so caches holding the old page revalidate to a 200. */
const TEMPLATE_VERSION = 4

const HTML_TYPE = { 'Content-Type': 'text/html; charset=utf-8' }

// The website embeds the public page: any site may frame it, as before the embed view existed.
// Its search form sends a GET to the page itself. The preview is framed by the admin app alone.
const calendarPageHeaders = pageHeaders({
  csp: calendarPageCsp(['*'], "'self'", [ANCHOR_SCRIPT_SOURCE]),
  framedBy: 'any',
})
const eventPageHeaders = pageHeaders({ csp: calendarPageCsp(['*']), framedBy: 'any' })
const previewPageHeaders = pageHeaders({ csp: calendarPageCsp(["'self'"]), framedBy: 'same-origin' })

/** The embed view's headers: framed by the EMBED_ORIGINS alone, by no one when there are none. */
const embedPageHeaders = (origins: readonly string[]) =>
  origins.length === 0
    ? pageHeaders({ csp: calendarPageCsp(["'none'"]), framedBy: 'none' })
    : pageHeaders({ csp: calendarPageCsp(origins), framedBy: 'listed' })

export interface CalendarRouterOptions {
  now?: () => Date
  /** EMBED_ORIGINS, parsed (embed-origins.ts): the origins that may frame `/calendar/embed`. */
  embedOrigins?: readonly string[]
}

/**
 * The public calendar outside /api (no sign-in, no session), public copies
 * only: `/calendar` (search, filters, pages), `/calendar/events/{id}` and
 * `/calendar/embed`. Each answers a conditional GET with 304 until something
 * is published, as the feeds do.
 */
export function calendarRouter(db: Db, options: CalendarRouterOptions = {}): Router {
  const router = Router()
  const now = options.now ?? (() => new Date())
  publicSearchRepository.ensureIndexed(db)

  router.get('/calendar', calendarPageHeaders, (req, res) => {
    const query = parseCalendarQuery(req, CALENDAR_FILTERS)
    const today = feedToday(now)
    if (answeredNotModified(db, req, res, JSON.stringify(['calendar', TEMPLATE_VERSION, query, today]))) return
    const filters = CALENDAR_FILTERS.map((filter) => ({ filter, options: filter.options(db, query.lang) }))
    const conditions = (inOrder: boolean) =>
      CALENDAR_FILTERS.flatMap((filter) => {
        const value = query.filters[filter.name]
        return value === undefined ? [] : [filter.condition(value, inOrder)]
      })
    const offset = (query.page - 1) * CALENDAR_PAGE_SIZE
    const { total, rows } = searchCalendar(
      db,
      { today, q: query.q, conditions: conditions(false), inOrderConditions: conditions(true) },
      offset,
      CALENDAR_PAGE_SIZE,
    )
    res.set({ ...HTML_TYPE, 'Content-Language': query.lang })
    res.send(calendarListPage({ query, total, rows, filters }))
  })

  router.get('/calendar/events/:id', eventPageHeaders, (req, res) => {
    const lang = pageLanguage(req)
    const raw = req.params.id
    const id = typeof raw === 'string' && /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : undefined
    const copy = id === undefined ? undefined : publicCopiesRepository.find(db, id)
    res.set({ ...HTML_TYPE, 'Content-Language': lang })
    if (!copy) {
      res.status(404).send(eventNotFoundPage(lang))
      return
    }
    if (answeredNotModified(db, req, res, JSON.stringify(['calendar-event', TEMPLATE_VERSION, id, lang]))) return
    res.send(eventPage(copy.data, lang))
  })

  const embedHeaders = embedPageHeaders(options.embedOrigins ?? [])
  router.get('/calendar/embed', embedHeaders, (req, res) => {
    const lang = pageLanguage(req)
    const asked = typeof req.query.limit === 'string' && /^\d{1,3}$/.test(req.query.limit) ? Number(req.query.limit) : 0
    const limit = asked > 0 ? Math.min(asked, EMBED_MAX_LIMIT) : EMBED_DEFAULT_LIMIT
    const today = feedToday(now)
    if (answeredNotModified(db, req, res, JSON.stringify(['calendar-embed', TEMPLATE_VERSION, lang, limit, today])))
      return
    const { rows } = searchCalendar(db, { today }, 0, limit)
    res.set({ ...HTML_TYPE, 'Content-Language': lang })
    res.send(
      embedPage(
        rows.filter((row) => row.segment === 'upcoming'),
        lang,
      ),
    )
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
