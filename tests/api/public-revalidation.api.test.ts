import { createServer, type RequestListener, type Server } from 'node:http'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { createApp, type AppOptions } from '../../server/src/app'
import { feedRevalidation } from '../../server/src/http/fast-path/feed-revalidation'
import { startTestApi, TEST_SCRYPT, type TestApi } from '../support/api'
import { closeServer, listenOnLoopback } from '../support/loopback'
import { insertCompleteEvent } from '../support/workflow'

let api: TestApi
const servers: Server[] = []
beforeEach(async () => {
  api = await startTestApi()
  insertCompleteEvent(api, {}, 'published')
})
afterEach(async () => {
  await Promise.all(servers.splice(0).map(closeServer))
  await api.close()
})

async function serve(listener: RequestListener): Promise<string> {
  const server = createServer(listener)
  servers.push(server)
  return listenOnLoopback(server)
}

const options = (overrides: Partial<AppOptions> = {}): AppOptions => ({
  db: api.db,
  auth: { scrypt: TEST_SCRYPT, now: () => api.clock.now },
  ...overrides,
})

/** The status and headers a client sees, without those that name the moment, the connection or the request (its log id). */
async function answer(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init)
  await response.arrayBuffer()
  const headers = Object.fromEntries(
    [...response.headers].filter(([name]) => !['date', 'connection', 'keep-alive', 'x-request-id'].includes(name)),
  )
  return { status: response.status, headers }
}

const REQUESTS = [
  'events.json',
  'events.csv?lang=es',
  'events.ics?from=2026-01-01&to=2027-12-31',
  'events.json?lang=en&from=2026-03-01',
  'events.csv?q=reuni%C3%B3n+regional&type=3,5&country=SV',
]

/** Requests with this header skip the revalidation: one server (so one origin, one ETag) for both paths. */
const ROUTED = { 'X-Test-Route': 'express' }

/** One server: the app's listener, or with ROUTED its Express app alone; `fallback` in place of the Express app after the revalidation. */
async function serveBoth(overrides: Partial<AppOptions> = {}, fallback?: RequestListener): Promise<string> {
  const { app: express, listener } = createApp(options(overrides))
  const revalidate = feedRevalidation(api.db, {
    siteUrl: overrides.publicSiteUrl,
    now: () => api.clock.now,
    trustProxy: express.get('trust proxy fn') as (address: string | undefined, hop: number) => boolean,
    parseQuery: express.get('query parser fn') as (search: string) => unknown,
  })
  return serve((req, res) => {
    if (req.headers['x-test-route'] === 'express') express(req, res)
    else if (!fallback) listener(req, res)
    else if (!revalidate(req, res)) fallback(req, res)
  })
}

describe('a conditional GET of a feed, answered before Express', () => {
  test.each(REQUESTS)('%s: the same 304, headers and all, as the feed route gives', async (path) => {
    const url = `${await serveBoth()}/api/public/${path}`
    const first = await fetch(url, { headers: ROUTED })
    const etag = first.headers.get('etag') ?? ''
    const lastModified = first.headers.get('last-modified') ?? ''

    const conditions: Array<Record<string, string>> = [
      { 'If-None-Match': etag },
      { 'If-Modified-Since': lastModified },
      { 'If-None-Match': `"other", W/${etag}` },
    ]
    for (const headers of conditions) {
      for (const method of ['GET', 'HEAD']) {
        const expected = await answer(url, { method, headers: { ...headers, ...ROUTED } })
        expect(expected.status).toBe(304)
        expect(await answer(url, { method, headers })).toEqual(expected)
      }
    }
  })

  test('the same ETag as the route, with and without PUBLIC_SITE_URL', async () => {
    for (const overrides of [{}, { publicSiteUrl: 'https://rcm.example.org' }]) {
      const url = `${await serveBoth(overrides)}/api/public/events.json`
      const routed = (await fetch(url, { headers: ROUTED })).headers.get('etag') ?? ''
      expect((await fetch(url, { headers: { 'If-None-Match': routed } })).status).toBe(304)
    }
  })

  /** A server where the revalidation answers what it can, and status 299 shows what it left to the route. */
  async function revalidationOnly(overrides: Partial<AppOptions> = {}) {
    const url = await serveBoth(overrides, (_req, res) => res.writeHead(299).end())
    const etag =
      (
        await fetch(`${url}/api/public/events.json`, { headers: { ...ROUTED, 'X-Forwarded-Proto': 'https' } })
      ).headers.get('etag') ?? ''
    return { url, etag }
  }

  test('answers only a GET or HEAD of a feed whose validators still match', async () => {
    const { url, etag } = await revalidationOnly()
    const status = async (path: string, init: RequestInit = {}) => (await fetch(`${url}${path}`, init)).status
    const matching = { 'If-None-Match': etag }

    expect(await status('/api/public/events.json', { headers: matching })).toBe(304)
    expect(await status('/api/public/events.json', { method: 'HEAD', headers: matching })).toBe(304)
    // Left to the route: no condition, a stale ETag, a write, another path, a query the route refuses or reads apart.
    expect(await status('/api/public/events.json')).toBe(299)
    expect(await status('/api/public/events.json', { headers: { 'If-None-Match': '"stale"' } })).toBe(299)
    expect(await status('/api/public/events.json', { method: 'POST', headers: matching })).toBe(299)
    expect(await status('/api/public/events.schema.json', { headers: matching })).toBe(299)
    expect(await status('/api/public/events.json?lang=fr', { headers: matching })).toBe(299)
    expect(await status('/api/public/events.json?from=2026-05-01&to=2026-04-01', { headers: matching })).toBe(299)
    expect(await status('/api/public/events.json?lang=es%20', { headers: matching })).toBe(299)
    expect(await status("/api/public/events.json?lang='es'", { headers: matching })).toBe(299)
  })

  test('leaves a request through a trusted proxy to the route, which reads X-Forwarded-Proto, unless PUBLIC_SITE_URL names the site', async () => {
    const proxied = await revalidationOnly({ trustProxy: true })
    expect(
      (
        await fetch(`${proxied.url}/api/public/events.json`, {
          headers: { 'If-None-Match': proxied.etag, 'X-Forwarded-Proto': 'https' },
        })
      ).status,
    ).toBe(299)

    const named = await revalidationOnly({ trustProxy: true, publicSiteUrl: 'https://rcm.example.org' })
    expect(
      (
        await fetch(`${named.url}/api/public/events.json`, {
          headers: { 'If-None-Match': named.etag, 'X-Forwarded-Proto': 'https' },
        })
      ).status,
    ).toBe(304)
  })

  test('through a trusted proxy, the app still answers 304 to the ETag it gave', async () => {
    const { server } = createApp(options({ trustProxy: true }))
    servers.push(server)
    const url = await listenOnLoopback(server)
    const headers = { 'X-Forwarded-Proto': 'https' }
    const etag = (await fetch(`${url}/api/public/events.json`, { headers })).headers.get('etag') ?? ''
    expect(
      (await fetch(`${url}/api/public/events.json`, { headers: { ...headers, 'If-None-Match': etag } })).status,
    ).toBe(304)
    // Another origin is another variant: its links differ, so its ETag does too.
    expect((await fetch(`${url}/api/public/events.json`, { headers: { 'If-None-Match': etag } })).status).toBe(200)
  })
})
