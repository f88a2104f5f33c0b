import {
  LanguageSchema,
  LocalizedPublicEventSchema,
  PublicEventSchema,
  PublicFeedQuerySchema,
  toPublicTaxonomyFilter,
  type Language,
  type PublicFeedQuery,
} from '@rcm/shared'
import type { Request, Response } from 'express'
import type { Db } from '../db/connection'
import { z } from 'zod'
import { publicCopiesRepository } from './public-copies.repository'
import { notFound } from '../http/errors'
import { parseId } from '../http/list-params'
import { routeTable, type AppContext, type RouteEntry } from '../http/route-table'
import { csvFormat } from './csv'
import { answeredNotModified, feedSiteUrl, feedToday, feedVariant, streamFeed, type FeedFormat } from './feed-response'
import { countUndated, feedConditions, feedState, type FeedFilter } from './feed-rows.repository'
import { publicSearchRepository } from './public-search.repository'
import { atomFeed, ATOM_ENTRIES } from './atom'
import { icsFormat } from './ics'
import { publicZoneSpans } from './ics-time-zones'
import { jsonFormat } from './json'

interface Feed {
  contentType: string
  headers?: Record<string, string>
  format: (siteUrl: string, lang: Language | undefined, db: Db) => FeedFormat
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
    format: (siteUrl, lang, db) => icsFormat(siteUrl, lang, publicZoneSpans(db)),
    datedOnly: true,
  },
}

const LanguageQuerySchema = z.object({ lang: LanguageSchema.optional() })

const siteUrlOf = (req: Request, ctx: AppContext) => feedSiteUrl(ctx.publicSiteUrl, req.protocol, req.get('host'))

const serve = (name: FeedName) => async (req: Request, res: Response, ctx: AppContext) => {
  const { db } = ctx
  const feed = FEEDS[name]
  const query: PublicFeedQuery = PublicFeedQuerySchema.parse(req.query)
  const siteUrl = siteUrlOf(req, ctx)
  const filter: FeedFilter = {
    today: feedToday(ctx.now),
    from: query.from,
    to: query.to,
    datedOnly: feed.datedOnly,
    taxonomy: toPublicTaxonomyFilter(query),
    q: query.q,
  }
  if (answeredNotModified(db, req, res, feedVariant(name, query, filter.today, siteUrl))) return
  res.set({ 'Content-Type': feed.contentType, ...feed.headers })
  if (feed.datedOnly) {
    const undatedShown = query.from === undefined && query.to === undefined
    res.set('X-Undated-Events-Omitted', String(undatedShown ? countUndated(db, filter) : 0))
  }
  await streamFeed(db, res, filter, feed.format(siteUrl, query.lang, db))
}

const FEED_CACHING =
  'Answers carry `ETag` and `Last-Modified`; a conditional request that matches gets 304 until something is published.'
const FEED_ERRORS = { 304: 'Nothing was published since the ETag or date the request sent' }
const CSV_TEXT = { type: 'string', description: 'RFC 4180, UTF-8 with a byte-order mark, CRLF line ends, a header row' }
const ICS_TEXT = { type: 'string', description: 'RFC 5545 iCalendar, one VEVENT per dated event' }
const FEED_HEADERS = ['ETag', 'Last-Modified', 'Cache-Control'] as const

const feedRoute = (name: FeedName, doc: Pick<RouteEntry, 'summary' | 'description' | 'ok'>): RouteEntry => ({
  method: 'GET',
  path: `/events.${name}`,
  access: 'public',
  query: PublicFeedQuerySchema,
  errors: FEED_ERRORS,
  ...doc,
  handler: serve(name),
})

/** `/api/public`: no sign-in, public copies only (docs/contract.md, "Public exports"). */
export const publicRoutes = routeTable('/api/public', 'Public feeds', [
  feedRoute('json', {
    summary: 'Published events as JSON',
    description: `Upcoming first. Without \`lang\` every text is \`{en, es}\`; with it, a string in that language (falling back to the other). ${FEED_CACHING}`,
    ok: {
      description: 'The public events',
      json: [z.array(PublicEventSchema), z.array(LocalizedPublicEventSchema)],
      headers: [...FEED_HEADERS],
    },
  }),
  feedRoute('csv', {
    summary: 'Published events as CSV',
    description:
      'Without `lang`, two columns per text (`…_en`, `…_es`). ' +
      `A cell a spreadsheet would read as a formula is prefixed with \`'\`. ${FEED_CACHING}`,
    ok: { description: 'One row per event', media: { 'text/csv': CSV_TEXT }, headers: [...FEED_HEADERS] },
  }),
  feedRoute('ics', {
    summary: 'Published events as iCalendar',
    description: `Dated events only (\`lang\` defaults to \`en\`); UIDs never change, SEQUENCE grows with each republish. ${FEED_CACHING}`,
    ok: {
      description: 'A calendar',
      media: { 'text/calendar': ICS_TEXT },
      headers: [...FEED_HEADERS, 'X-Undated-Events-Omitted'],
    },
  }),
  {
    method: 'GET',
    path: '/events.atom',
    access: 'public',
    summary: 'Latest publications as Atom',
    description:
      `Atom 1.0, the ${ATOM_ENTRIES} latest publications newest first, in \`lang\` (default \`en\`): ` +
      "each entry links to the event's page, `updated` is its last publish, `published` its first; " +
      'the summary is plain text, the content the sanitized description. ' +
      `It takes the other feeds' filters and search. ${FEED_CACHING}`,
    query: PublicFeedQuerySchema,
    errors: FEED_ERRORS,
    ok: {
      description: 'An Atom feed',
      media: { 'application/atom+xml': { type: 'string', description: 'RFC 4287 Atom feed' } },
      headers: [...FEED_HEADERS],
    },
    handler: (req, res, ctx) => {
      const query = PublicFeedQuerySchema.parse(req.query)
      const lang = query.lang ?? 'en'
      const siteUrl = siteUrlOf(req, ctx)
      if (answeredNotModified(ctx.db, req, res, feedVariant('atom', { ...query, lang }, '', siteUrl))) return
      res.set('Content-Type', 'application/atom+xml; charset=utf-8')
      const hits = publicSearchRepository.hits(ctx.db, query.q)
      const conditions = [
        ...feedConditions({ from: query.from, to: query.to, taxonomy: toPublicTaxonomyFilter(query) }),
        ...(hits ? [hits.condition] : []),
      ]
      const entries = hits?.count === 0 ? [] : publicCopiesRepository.latest(ctx.db, ATOM_ENTRIES, conditions)
      res.send(atomFeed(entries, siteUrl, lang, feedState(ctx.db).changedAt))
    },
  },
  {
    method: 'GET',
    path: '/events.schema.json',
    access: 'public',
    summary: 'JSON Schema of the JSON feed',
    description: 'Draft 2020-12; with `lang`, the schema of the feed in one language.',
    query: LanguageQuerySchema,
    ok: { description: 'A JSON Schema', media: { 'application/json': { type: 'object' } } },
    handler: (req, res) => {
      const { lang } = LanguageQuerySchema.parse(req.query)
      res.set({ 'Cache-Control': 'public, max-age=3600', 'Access-Control-Allow-Origin': '*' })
      res.json(
        z.toJSONSchema(z.array(lang ? LocalizedPublicEventSchema : PublicEventSchema), { target: 'draft-2020-12' }),
      )
    },
  },
  {
    method: 'GET',
    path: '/events/:id.ics',
    access: 'public',
    summary: 'One published event as iCalendar',
    description:
      'The "Add to calendar" link of the public page: the VEVENT of the feed, with the same UID. 404 when the event is not published or has no date.',
    query: LanguageQuerySchema,
    ok: { description: 'A calendar with one event', media: { 'text/calendar': ICS_TEXT }, headers: [...FEED_HEADERS] },
    errors: FEED_ERRORS,
    handler: (req, res, ctx) => {
      const id = parseId(req.params.id, 'Event')
      const { lang } = LanguageQuerySchema.parse(req.query)
      const copy = publicCopiesRepository.find(ctx.db, id)
      if (!copy || copy.data.startDate === null) throw notFound('Event')
      const siteUrl = siteUrlOf(req, ctx)
      if (answeredNotModified(ctx.db, req, res, JSON.stringify(['event.ics', id, lang ?? null, siteUrl]))) return
      res.set({
        'Content-Type': FEEDS.ics.contentType,
        'Content-Disposition': `attachment; filename="rcm-event-${id}.ics"`,
      })
      const { startTime, timeZone, startDate, endDate } = copy.data
      const zones =
        startTime === null || timeZone === null
          ? []
          : [{ timeZone, firstDate: startDate, lastDate: endDate ?? startDate }]
      const format = icsFormat(siteUrl, lang, zones)
      res.send(format.head + format.row(copy, 0) + format.tail)
    },
  },
])
