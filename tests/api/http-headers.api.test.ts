import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { rawRequest, type RawAnswer } from './raw-http'
import { ANCHOR_SCRIPT_SOURCE } from '../../server/src/public/calendar-anchor-script'

// A built client as Vite lays it out: index.html, hashed files under assets/, and the build's .br/.gz copies.
const SCRIPT_PATH = '/assets/index-Bq3xK9aZ.js'
const SCRIPT = Array.from(
  { length: 400 },
  (_, i) => `export const label${i} = 'Regional Conference on Migration ${i}'\n`,
).join('')
const STYLE_PATH = '/assets/style-C4f7Lm2q.css'
const INDEX_HTML =
  '<!doctype html><html lang="en"><head><title>RCM events calendar</title>' +
  `<script type="module" crossorigin src="${SCRIPT_PATH}"></script></head><body><div id="root"></div></body></html>`

let dist: string
let api: TestApi

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'rcm-dist-'))
  mkdirSync(join(dist, 'assets'))
  const write = (path: string, text: string, compressed = true) => {
    writeFileSync(join(dist, path), text)
    if (!compressed) return
    writeFileSync(join(dist, `${path}.br`), brotliCompressSync(text))
    writeFileSync(join(dist, `${path}.gz`), gzipSync(text))
  }
  write('index.html', INDEX_HTML)
  write(SCRIPT_PATH, SCRIPT)
  write(STYLE_PATH, 'body{margin:0}', false)
  api = await startTestApi({ clientDist: dist })
})

afterAll(async () => {
  await api.close()
  rmSync(dist, { recursive: true, force: true })
})

const get = (path: string, headers: Record<string, string> = {}) => rawRequest(api.url, path, headers)

/** The Content-Security-Policy as directive → sources. */
function csp(answer: RawAnswer): Map<string, string[]> {
  const header = String(answer.headers['content-security-policy'] ?? '')
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name !== '')
      .map(([name = '', ...sources]) => [name, sources]),
  )
}

describe('the admin app carries the security headers of an HTML page', () => {
  test.each(['/', '/events/3/show', SCRIPT_PATH])('%s', async (path) => {
    const answer = await get(path)
    expect(answer.status).toBe(200)
    const policy = csp(answer)
    // Scripts from this origin only: no inline script, no eval.
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(answer.headers['x-frame-options']).toBe('DENY')
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
    expect(answer.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(answer.headers['x-powered-by']).toBeUndefined()
    // Plain HTTP: HSTS would mean nothing.
    expect(answer.headers['strict-transport-security']).toBeUndefined()
  })
})

test('signed-in API answers are never stored; the anonymous 401 neither', async () => {
  for (const path of ['/api/events', '/api/auth/me', '/api/venues']) {
    const response = await api.request(path)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  }
  const anonymous = await api.anonymous().request('/api/events')
  expect(anonymous.status).toBe(401)
  expect(anonymous.headers.get('cache-control')).toBe('no-store')
})

describe('HSTS only when the request came over HTTPS', () => {
  let proxied: TestApi
  beforeAll(async () => {
    proxied = await startTestApi({ clientDist: dist, trustProxy: 1 })
  })
  afterAll(() => proxied.close())

  test('behind a trusted proxy that says https, the app and the public page get Strict-Transport-Security', async () => {
    for (const path of ['/', '/calendar']) {
      const answer = await rawRequest(proxied.url, path, { 'X-Forwarded-Proto': 'https' })
      expect(answer.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
    }
  })

  test('not when the proxy says http', async () => {
    const answer = await rawRequest(proxied.url, '/', { 'X-Forwarded-Proto': 'http' })
    expect(answer.headers['strict-transport-security']).toBeUndefined()
  })

  test('not when a client without a trusted proxy claims https', async () => {
    const answer = await get('/', { 'X-Forwarded-Proto': 'https' })
    expect(answer.headers['strict-transport-security']).toBeUndefined()
  })
})

describe('the built client goes compressed as the browser accepts', () => {
  test.each([
    ['br, gzip', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['*', 'br'],
  ])('Accept-Encoding: %s → %s, the same bytes once decompressed', async (accept, encoding) => {
    const answer = await get(SCRIPT_PATH, { 'Accept-Encoding': accept })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-encoding']).toBe(encoding)
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(answer.headers.vary).toBe('Accept-Encoding')
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length)
    expect(answer.body.length).toBeLessThan(SCRIPT.length / 3)
    const decoded = encoding === 'br' ? brotliDecompressSync(answer.body) : gunzipSync(answer.body)
    expect(decoded.toString()).toBe(SCRIPT)
  })

  test.each([undefined, 'identity', 'deflate', 'br;q=0, gzip;q=0'])(
    'Accept-Encoding: %s → as built',
    async (accept) => {
      const answer = await get(SCRIPT_PATH, accept === undefined ? {} : { 'Accept-Encoding': accept })
      expect(answer.headers['content-encoding']).toBeUndefined()
      expect(answer.headers.vary).toBe('Accept-Encoding')
      expect(Number(answer.headers['content-length'])).toBe(SCRIPT.length)
      expect(answer.body.toString()).toBe(SCRIPT)
    },
  )

  test('index.html and a client-side route too, as HTML', async () => {
    for (const path of ['/', '/events/3/show']) {
      const answer = await get(path, { 'Accept-Encoding': 'gzip' })
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(answer.headers['content-encoding']).toBe('gzip')
      expect(gunzipSync(answer.body).toString()).toBe(INDEX_HTML)
    }
  })

  test('a HEAD gets the headers of the GET and no body', async () => {
    const answer = await rawRequest(api.url, SCRIPT_PATH, { 'Accept-Encoding': 'br' }, 'HEAD')
    const full = await get(SCRIPT_PATH, { 'Accept-Encoding': 'br' })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-length']).toBe(full.headers['content-length'])
    expect(answer.headers.etag).toBe(full.headers.etag)
    expect(answer.body.length).toBe(0)
  })
})

describe('caching: hashed assets for a year, the page revalidated', () => {
  test('a hashed asset is immutable for a year, with or without compressed copies', async () => {
    for (const path of [SCRIPT_PATH, STYLE_PATH]) {
      const answer = await get(path, { 'Accept-Encoding': 'br' })
      expect(answer.status).toBe(200)
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    }
    const style = await get(STYLE_PATH, { 'Accept-Encoding': 'br' })
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8')
    expect(style.headers['content-encoding']).toBeUndefined()
    expect(style.body.toString()).toBe('body{margin:0}')
  })

  test('index.html and the client-side routes are revalidated, and a reload gets 304', async () => {
    for (const path of ['/', '/index.html', '/events/3/show']) {
      const first = await get(path, { 'Accept-Encoding': 'br' })
      expect(first.headers['cache-control']).toBe('no-cache')
      expect(first.headers['last-modified']).toEqual(expect.any(String))
      const etag = String(first.headers.etag)
      expect(etag).toMatch(/^"[\w-]+"$/)

      const again = await get(path, { 'Accept-Encoding': 'br', 'If-None-Match': etag })
      expect(again.status).toBe(304)
      expect(again.body.length).toBe(0)
      expect(again.headers.etag).toBe(etag)
      expect(again.headers['content-security-policy']).toBe(first.headers['content-security-policy'])

      const byDate = await get(path, { 'If-Modified-Since': String(first.headers['last-modified']) })
      expect(byDate.status).toBe(304)
    }
  })

  test('the compressed and plain copies have their own ETags, so a cache never swaps one for the other', async () => {
    const brotli = await get('/', { 'Accept-Encoding': 'br' })
    const plain = await get('/')
    expect(brotli.headers.etag).not.toBe(plain.headers.etag)
    const crossed = await get('/', { 'If-None-Match': String(brotli.headers.etag) })
    expect(crossed.status).toBe(200)
    expect(crossed.body.toString()).toBe(INDEX_HTML)
  })

  test('a missing asset is a 404, not the page in place of a script', async () => {
    const answer = await get('/assets/index-gone1234.js')
    expect(answer.status).toBe(404)
    expect(String(answer.headers['content-type'])).toContain('application/json')
  })
})

test('the public page has the same headers with its own policy: any site may frame it, and it loads nothing but its own script', async () => {
  const page = await get('/calendar')
  expect(page.status).toBe(200)
  const policy = csp(page)
  expect(policy.get('default-src')).toEqual(["'none'"])
  expect(policy.get('frame-ancestors')).toEqual(['*'])
  expect(policy.get('base-uri')).toEqual(["'none'"])
  expect(policy.get('object-src')).toEqual(["'none'"])
  expect(policy.get('script-src')).toEqual([ANCHOR_SCRIPT_SOURCE])
  expect(page.headers['x-frame-options']).toBeUndefined()
  expect(page.headers['x-content-type-options']).toBe('nosniff')
  expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')

  const event = api.insertEvent()
  const preview = await api.request(`/api/events/${event.id}/preview`)
  expect(preview.status).toBe(200)
  expect(preview.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
  expect(preview.headers.get('x-frame-options')).toBe('SAMEORIGIN')
  expect(preview.headers.get('cache-control')).toBe('no-store')
})
