/**
 * The baseline: the events endpoints the benchmark loads, on bare node:http
 * and better-sqlite3, over the same database file and schema, with the same
 * SQL and the same JSON, and nothing else (no framework, no validation, no
 * sessions). It is what this stack does at best; the app is measured against it.
 *
 * Also express.static on STATIC_DIR at /static, for the file download case
 * (files-cases.ts): what serving a file takes at best.
 *
 * Env: DATABASE_PATH, STATIC_DIR, PORT, HOST (loopback).
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { objectivesSearchText, type Language, type ObjectiveSection } from '@rcm/shared'
import Database from 'better-sqlite3'
import express from 'express'
import { cityKey, htmlToText, sortKey, toFtsQuery } from '../server/src/db/text'
import { csvFormat } from '../server/src/public/csv'
// The same row, columns and JSON as the app: the baseline measures the server around them, not different data.
import { EVENT_JSON } from '../server/src/events/events.repository'
import type { FeedFormat } from '../server/src/public/feed-response'
import { FEED_START, readFeedPage, type FeedFilter } from '../server/src/public/feed-rows.repository'
import { icsFormat } from '../server/src/public/ics'
import { jsonFormat } from '../server/src/public/json'

const db = new Database(process.env.DATABASE_PATH ?? '')
db.pragma('journal_mode = WAL')
db.pragma('foreign_keys = ON')
db.pragma('busy_timeout = 5000')
db.pragma('synchronous = FULL')

const SEARCH = 'e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH @q)'
const ORDER = 'e.start_date ASC NULLS LAST, e.id ASC'

function listStatements(where: string) {
  const clause = where === '' ? '' : ` WHERE ${where}`
  return {
    count: db.prepare(`SELECT count(*) FROM events e${clause}`).pluck(),
    ids: db.prepare(`SELECT e.id FROM events e${clause} ORDER BY ${ORDER} LIMIT @limit OFFSET @offset`).pluck(),
  }
}

// One prepared pair per filter shape the benchmark sends.
const LISTS = {
  all: listStatements(''),
  status: listStatements('e.status = @status'),
  q: listStatements(SEARCH),
  statusQ: listStatements(`${SEARCH} AND e.status = @status`),
}
// The records' JSON built by SQLite, as the app builds it (the fastest way found: decision 008).
const byIds = db.prepare<[string], { id: number; json: string }>(
  `SELECT e.id, ${EVENT_JSON} AS json FROM events e WHERE e.id IN (SELECT value FROM json_each(?))`,
)
const byId = db.prepare<[number], string>(`SELECT ${EVENT_JSON} FROM events e WHERE e.id = ?`).pluck()

function send(res: ServerResponse, status: number, body: Buffer | string, headers: Record<string, string> = {}) {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': buffer.length,
    ...headers,
  })
  res.end(buffer)
}

const notFound = (res: ServerResponse) => send(res, 404, '{"message":"Not found"}')

function list(res: ServerResponse, params: URLSearchParams) {
  const filter = JSON.parse(params.get('filter') ?? '{}') as { status?: string; q?: string }
  const [start, end] = JSON.parse(params.get('range') ?? '[0,24]') as [number, number]
  const q = filter.q === undefined ? null : toFtsQuery(filter.q)
  const lists =
    filter.status !== undefined ? (q !== null ? LISTS.statusQ : LISTS.status) : q !== null ? LISTS.q : LISTS.all
  const args: Record<string, unknown> = {}
  if (filter.status !== undefined) args.status = filter.status
  if (q !== null) args.q = q
  const total = lists.count.get(args) as number
  const ids = total > start ? (lists.ids.all({ ...args, limit: end - start + 1, offset: start }) as number[]) : []
  const json = JSON.stringify(ids)
  const rows = new Map(byIds.all(json).map((row) => [row.id, row.json]))
  // Row by row into Buffers: one large string with a non-Latin-1 character would be built as UTF-16.
  const parts: Buffer[] = [Buffer.from('[')]
  ids.forEach((id, index) => {
    const row = rows.get(id)
    if (row) parts.push(Buffer.from((index > 0 ? ',' : '') + row))
  })
  parts.push(Buffer.from(']'))
  const span = ids.length === 0 ? '*' : `${start}-${start + ids.length - 1}`
  send(res, 200, Buffer.concat(parts), {
    'Content-Range': `events ${span}/${total}`,
    'Access-Control-Expose-Headers': 'Content-Range',
  })
}

function getOne(res: ServerResponse, id: number) {
  const json = byId.get(id)
  if (json === undefined) return notFound(res)
  send(res, 200, json)
}

interface Body {
  version: number
  title: { en: string; es: string }
  description: { en: string; es: string }
  objectives: ObjectiveSection[]
  startDate: string | null
  endDate: string | null
  modality: string
  city: string
  venueId: number | null
  institutionIds: number[]
  contactEmails: string[]
  contactPhones: string[]
}

const UPDATE =
  db.prepare(`UPDATE events SET title_en = @title_en, title_es = @title_es, description_en = @description_en,
    description_es = @description_es, objectives = @objectives, start_date = @start_date, end_date = @end_date, modality = @modality,
    city = @city, venue_id = @venue_id, contact_emails = @contact_emails, contact_phones = @contact_phones, sort_title = @sort_title,
    sort_title_en = @sort_title_en, sort_title_es = @sort_title_es, city_key = @city_key,
    has_unpublished_changes = CASE WHEN status = 'published' OR published_at IS NOT NULL THEN 1 ELSE has_unpublished_changes END,
    version = version + 1, updated_at = @now
  WHERE id = @id AND version = @version`)
const deleteLinks = db.prepare('DELETE FROM event_institutions WHERE event_id = ?')
const insertLink = db.prepare('INSERT INTO event_institutions (event_id, institution_id, position) VALUES (?, ?, ?)')
const deleteFts = db.prepare('DELETE FROM events_fts WHERE rowid = ?')
const insertFts = db.prepare('INSERT INTO events_fts (rowid, title, body, place, institutions) VALUES (?, ?, ?, ?, ?)')
const venueNames = db.prepare<[number], { name_en: string; name_es: string }>(
  'SELECT name_en, name_es FROM venues WHERE id = ?',
)
const institutionNames = db
  .prepare<[number], string>(
    `SELECT group_concat(i.name_en || ' ' || i.name_es || ' ' || i.acronym_en || ' ' || i.acronym_es, ' ')
      FROM event_institutions ei JOIN institutions i ON i.id = ei.institution_id WHERE ei.event_id = ?`,
  )
  .pluck()

const joinLines = (...parts: Array<string | null | undefined>) =>
  parts.filter((part) => part !== null && part !== undefined && part !== '').join('\n')

/** The same writes as the app's update: the row, its institution links and its search row, in one IMMEDIATE transaction. */
const update = db.transaction((id: number, body: Body): number => {
  const title = body.title
  const changed = UPDATE.run({
    id,
    version: body.version,
    title_en: title.en,
    title_es: title.es,
    description_en: body.description.en,
    description_es: body.description.es,
    objectives: JSON.stringify(body.objectives),
    start_date: body.startDate,
    end_date: body.endDate,
    modality: body.modality,
    city: body.city,
    venue_id: body.venueId,
    contact_emails: JSON.stringify(body.contactEmails),
    contact_phones: JSON.stringify(body.contactPhones),
    sort_title: sortKey(title.en !== '' ? title.en : title.es),
    sort_title_en: sortKey(title.en),
    sort_title_es: sortKey(title.es),
    city_key: cityKey(body.city),
    now: new Date().toISOString(),
  }).changes
  if (changed === 0) return byId.get(id) !== undefined ? 409 : 404
  deleteLinks.run(id)
  body.institutionIds.forEach((institutionId, position) => insertLink.run(id, institutionId, position))
  const venue = body.venueId === null ? undefined : venueNames.get(body.venueId)
  deleteFts.run(id)
  insertFts.run(
    id,
    joinLines(title.en, title.es),
    joinLines(htmlToText(body.description.en), htmlToText(body.description.es), objectivesSearchText(body.objectives)),
    joinLines(body.city, venue?.name_en, venue?.name_es),
    institutionNames.get(id) ?? '',
  )
  return 200
})

function put(req: IncomingMessage, res: ServerResponse, id: number) {
  const chunks: Buffer[] = []
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => {
    try {
      const status = update.immediate(id, JSON.parse(Buffer.concat(chunks).toString('utf8')) as Body)
      if (status === 404) return notFound(res)
      if (status === 409) return send(res, 409, '{"message":"Stale version"}')
      getOne(res, id)
    } catch (error) {
      console.error(error)
      send(res, 500, '{"message":"Internal error"}')
    }
  })
}

const FEEDS: Record<
  string,
  { contentType: string; format: (siteUrl: string, lang?: Language) => FeedFormat; datedOnly?: boolean }
> = {
  '/api/public/events.json': { contentType: 'application/json; charset=utf-8', format: jsonFormat },
  '/api/public/events.csv': { contentType: 'text/csv; charset=utf-8', format: csvFormat },
  '/api/public/events.ics': { contentType: 'text/calendar; charset=utf-8', format: icsFormat, datedOnly: true },
}
const feedState = db.prepare<[], { version: number; changed_at: string }>(
  'SELECT version, changed_at FROM public_feed_state WHERE id = 1',
)
const undated = db.prepare('SELECT count(*) FROM event_public_copies WHERE start_date IS NULL').pluck()

/**
 * A public feed without query parameters, the same rows and text as the app's
 * (its page query and its formatters), with the same ETag / 304 answer.
 */
async function feed(req: IncomingMessage, res: ServerResponse, path: string) {
  const spec = FEEDS[path]
  if (!spec) return notFound(res)
  const siteUrl = `http://${req.headers.host ?? 'localhost'}`
  const today = new Date().toISOString().slice(0, 10)
  const state = feedState.get()
  const etag = `"${createHash('sha256')
    .update(`${state?.version ?? 0}\n${path}|${today}|${siteUrl}`)
    .digest('base64url')
    .slice(0, 32)}"`
  const headers: Record<string, string> = {
    ETag: etag,
    'Cache-Control': 'public, max-age=60, must-revalidate',
    'Last-Modified': new Date(state?.changed_at ?? 0).toUTCString(),
  }
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers)
    return res.end()
  }
  if (spec.datedOnly) headers['X-Undated-Events-Omitted'] = String(undated.get())
  res.writeHead(200, { ...headers, 'Content-Type': spec.contentType })
  const format = spec.format(siteUrl)
  const filter: FeedFilter = { today, datedOnly: spec.datedOnly }
  res.write(format.head)
  let index = 0
  for (let after: ReturnType<typeof readFeedPage> = FEED_START; after !== null;) {
    let chunk = ''
    after = readFeedPage(db, filter, after, 200, (row) => {
      chunk += format.row(row, index++)
    })
    if (chunk !== '' && !res.write(chunk))
      await new Promise((resolve) => (res.once('drain', resolve), res.once('close', resolve)))
    if (res.destroyed) return
  }
  res.end(format.tail)
}

const serveStatic = express.static(process.env.STATIC_DIR ?? '/nonexistent', { index: false })

const EVENT_PATH = /^\/api\/events\/([1-9]\d{0,15})$/

const server = createServer((req, res) => {
  const url = req.url ?? '/'
  const queryAt = url.indexOf('?')
  const path = queryAt === -1 ? url : url.slice(0, queryAt)
  try {
    if (path === '/api/events' && req.method === 'GET')
      return list(res, new URLSearchParams(queryAt === -1 ? '' : url.slice(queryAt + 1)))
    const match = EVENT_PATH.exec(path)
    if (match && req.method === 'GET') return getOne(res, Number(match[1]))
    if (match && req.method === 'PUT') return put(req, res, Number(match[1]))
    if (path.startsWith('/static/') && req.method === 'GET') {
      // As mounted with app.use('/static', …): the path below the mount point.
      req.url = url.slice('/static'.length)
      return serveStatic(req as express.Request, res as express.Response, () => notFound(res))
    }
    if (path.startsWith('/api/public/') && req.method === 'GET') {
      feed(req, res, path).catch((error: unknown) => {
        console.error(error)
        res.destroy()
      })
      return
    }
    notFound(res)
  } catch (error) {
    console.error(error)
    send(res, 500, '{"message":"Internal error"}')
  }
})
server.keepAliveTimeout = 60_000
server.listen(Number(process.env.PORT ?? 3100), process.env.HOST ?? '127.0.0.1', () => {
  console.log(`baseline listening on ${process.env.PORT}`)
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.closeAllConnections()
    server.close(() => db.close())
    process.exit(0)
  })
}
