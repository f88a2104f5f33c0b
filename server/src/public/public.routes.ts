import {
  LocalizedPublicEventSchema,
  PublicEventSchema,
  PublicFeedQuerySchema,
  type Language,
  type PublicFeedQuery,
} from '@rcm/shared'
import { Router, type Request, type Response } from 'express'
import { z } from 'zod'
import type { Db } from '../db/connection'
import { publicCopiesRepository } from './public-copies.repository'
import { notFound } from '../http/errors'
import { parseId } from '../http/list-params'
import { csvFormat } from './csv'
import { answeredNotModified, feedSiteUrl, feedToday, feedVariant, streamFeed, type FeedFormat } from './feed-response'
import { countUndated, type FeedFilter } from './feed-rows.repository'
import { icsFormat } from './ics'
import { jsonFormat } from './json'

interface Feed {
  contentType: string
  headers?: Record<string, string>
  format: (siteUrl: string, lang?: Language) => FeedFormat
  datedOnly?: boolean
}

/** The feeds, each at `/api/public/events.<name>`. */
export const FEED_NAMES = ['json', 'csv', 'ics'] as const
export type FeedName = (typeof FEED_NAMES)[number]

const FEEDS: Record<FeedName, Feed> = {
  json: { contentType: 'application/json; charset=utf-8', format: jsonFormat },
  csv: {
    contentType: 'text/csv; charset=utf-8',
    headers: { 'Content-Disposition': 'attachment; filename="rcm-events.csv"' },
    format: csvFormat,
  },
  ics: {
    contentType: 'text/calendar; charset=utf-8',
    headers: { 'Content-Disposition': 'inline; filename="rcm-events.ics"' },
    format: icsFormat,
    datedOnly: true,
  },
}

const LanguageQuerySchema = z.object({ lang: PublicFeedQuerySchema.shape.lang })

/** `/api/public`: no sign-in, public copies only (docs/contract.md, "Public exports"). */
export function publicRouter(db: Db, options: { siteUrl?: string; now?: () => Date } = {}): Router {
  const router = Router()
  // The app's clock, so tests can move it.
  const now = options.now ?? (() => new Date())
  const siteUrlOf = (req: Request) => feedSiteUrl(options.siteUrl, req.protocol, req.get('host'))

  const serve = (name: FeedName) => async (req: Request, res: Response) => {
    const feed = FEEDS[name]
    const query: PublicFeedQuery = PublicFeedQuerySchema.parse(req.query)
    const siteUrl = siteUrlOf(req)
    const filter: FeedFilter = { today: feedToday(now), from: query.from, to: query.to, datedOnly: feed.datedOnly }
    if (answeredNotModified(db, req, res, feedVariant(name, query, filter.today, siteUrl))) return
    res.set({ 'Content-Type': feed.contentType, ...feed.headers })
    if (feed.datedOnly) {
      const undatedShown = query.from === undefined && query.to === undefined
      res.set('X-Undated-Events-Omitted', String(undatedShown ? countUndated(db) : 0))
    }
    await streamFeed(db, res, filter, feed.format(siteUrl, query.lang))
  }

  for (const name of FEED_NAMES) router.get(`/events.${name}`, serve(name))

  /** One event's VEVENT ("add to calendar" on the public page): published and dated events only, else 404. */
  router.get('/events/:id.ics', (req, res) => {
    const id = parseId(req.params.id, 'Event')
    const { lang } = LanguageQuerySchema.parse(req.query)
    const copy = publicCopiesRepository.find(db, id)
    if (!copy || copy.data.startDate === null) throw notFound('Event')
    const siteUrl = siteUrlOf(req)
    if (answeredNotModified(db, req, res, JSON.stringify(['event.ics', id, lang ?? null, siteUrl]))) return
    res.set({
      'Content-Type': FEEDS.ics.contentType,
      'Content-Disposition': `attachment; filename="rcm-event-${id}.ics"`,
    })
    const format = icsFormat(siteUrl, lang)
    res.send(format.head + format.row(copy, 0) + format.tail)
  })

  /** The JSON Schema of the JSON feed, without `lang` or with it. */
  router.get('/events.schema.json', (req, res) => {
    const { lang } = LanguageQuerySchema.parse(req.query)
    res.set({ 'Cache-Control': 'public, max-age=3600', 'Access-Control-Allow-Origin': '*' })
    res.json(
      z.toJSONSchema(z.array(lang ? LocalizedPublicEventSchema : PublicEventSchema), { target: 'draft-2020-12' }),
    )
  })

  return router
}
