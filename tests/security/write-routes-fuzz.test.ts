import { Agent, request } from 'node:http'
import { SECOND_FACTOR, type Role } from '@rcm/shared'
import fc from 'fast-check'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { API_ROUTES } from '../../server/src/api-routes'
import type { ApiRoute } from '../../server/src/http/route-table'
import { sendTestNotice } from '../../server/src/webhooks/webhooks.service'
import { SYSTEM_ACTOR } from '../../server/src/actor'
import { SESSION_COOKIE } from '../../server/src/http/session-cookie'
import { startTestApi, type TestApi } from '../support/api'
import { insertCompleteEvent } from '../support/workflow'

/*
 * Every write route of the API (POST, PUT, DELETE in the route tables, so a
 * new route is fuzzed without a line here) gets FUZZ_RUNS generated requests
 * (default 1000) from a session of the least role its table names: arbitrary
 * JSON, wrong types, huge, unicode and NUL strings, deep nesting, prototype
 * keys, bodies shaped like the route's schema with wrong values, and ids in
 * the path that are not ids. What must hold for every one: no 5xx, no stack
 * trace or source path in the body, and nothing written when the answer is
 * a 4xx. FUZZ_SEED replays a failing run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000)
const SEED = Number(process.env.FUZZ_SEED ?? 20261116)

const WRITE_ROUTES = API_ROUTES.filter((route) => route.method !== 'GET')

// Sign-in bookkeeping is written on a refused sign-in by design (the attempt counted, the failure audited), and
// sessions on every request (last seen); FTS shadow tables follow the tables they index.
const UNWATCHED = /^(sessions|login_failures|sign_in_addresses|sqlite_.*|.*_fts(_.*)?)$/
const UNWATCHED_AUDIT = "NEW.action NOT LIKE 'auth.%failed'"

/**
 * A counter that every insert, update and delete of a watched table moves:
 * temporary triggers on the app's own connection, so a refused request that
 * wrote and rolled back leaves it as it was, and reading it costs nothing.
 */
function watchWrites(api: TestApi): () => number {
  api.db.exec('CREATE TEMP TABLE fuzz_writes (n INTEGER NOT NULL); INSERT INTO fuzz_writes VALUES (0)')
  const tables = api.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")
    .pluck()
    .all() as string[]
  for (const table of tables.filter((name) => !UNWATCHED.test(name)))
    for (const operation of ['INSERT', 'UPDATE', 'DELETE'])
      api.db.exec(
        `CREATE TEMP TRIGGER fuzz_${table}_${operation.toLowerCase()} AFTER ${operation} ON main."${table}"
         ${table === 'audit_log' && operation === 'INSERT' ? `WHEN ${UNWATCHED_AUDIT}` : ''}
         BEGIN UPDATE fuzz_writes SET n = n + 1; END`,
      )
  const read = api.db.prepare('SELECT n FROM temp.fuzz_writes').pluck()
  return () => read.get() as number
}

/** The keys of a zod object schema, through the wrappers (pipes, defaults, unions) around it. */
function keysOf(schema: unknown, seen = new Set<unknown>()): string[] {
  if (schema === null || typeof schema !== 'object' || seen.has(schema)) return []
  seen.add(schema)
  const shape = (schema as { shape?: unknown }).shape
  if (shape && typeof shape === 'object') return Object.keys(shape)
  const def = (schema as { def?: Record<string, unknown> }).def ?? {}
  return [def.in, def.innerType, def.schema, ...((def.options as unknown[] | undefined) ?? [])].flatMap((inner) =>
    keysOf(inner, seen),
  )
}

// Hand-written JSON text, so that "__proto__" can be an own key, as a hostile client sends it.
const json = (value: unknown) => JSON.stringify(value)
const object = (entries: Array<[string, string]>) =>
  `{${entries.map(([key, value]) => `${json(key)}:${value}`).join(',')}}`

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty', 'toString']
const POLLUTION_VALUE = '{"polluted":true,"role":"admin","isAdmin":true,"prototype":{"polluted":true}}'

const strings = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\ud800', '\udfff\ud800', '\u202e', '\ufeff', '🏳️‍🌈', 'İı', 'ß'),
  fc.constantFrom('2026-02-30', '2026-05-12', '9999-12-31T23:59:60Z', '+506 88511009', 'editor1@example.org'),
  fc.constantFrom('https://www.crmsv.org/h', 'javascript:alert(1)', 'http://127.0.0.1/', 'admin', 'published'),
  fc.constantFrom("' OR 1=1 --", '"; DROP TABLE events; --', '%s%n', '${7*7}', '{{7*7}}', '../../etc/passwd'),
  fc.integer({ min: 10, max: 60 }).map((digits) => `+${'1'.repeat(digits)}`),
  // Past every length limit; rare, as each one costs the round trip of its size.
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 100_000 }).map((length) => 'x'.repeat(length)) },
)
const numbers = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(json),
  fc.constantFrom('0', '-0', '1', '2', '3', '1e999', '-1e999', '1e-400', '9007199254740993', '0.1', '-1', '1.5'),
)
const leaf = fc.oneof(fc.constantFrom('null', 'true', 'false'), numbers.map(String), strings.map(json))

const { value: anyJson } = fc.letrec<{ value: string; array: string; object: string }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 6 }).map((items) => `[${items.join(',')}]`),
  object: fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string({ maxLength: 12 })), tie('value')), {
      maxLength: 6,
    })
    .map(object),
}))

const deepNesting = fc.oneof(
  fc.integer({ min: 50, max: 20_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.integer({ min: 50, max: 5_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  fc.integer({ min: 50, max: 5_000 }).map((depth) => `{"title":${'{"en":'.repeat(depth)}"x"${'}'.repeat(depth)}}`),
)

const notJson = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', '{', '{"a":', '[1,]', "{'a':1}", 'NaN', '{"a":1}{"b":2}', '\u0000', 'null', '"text"', '12'),
)

/** Bodies shaped like the route's own: its schema's keys (some twice, one a prototype key) with any values. */
function shapedLike(keys: string[]) {
  const key = keys.length > 0 ? fc.constantFrom(...keys) : fc.string({ maxLength: 12 })
  const localized = fc.tuple(leaf, leaf).map(([en, es]) => `{"en":${en},"es":${es}}`)
  const value = fc.oneof(
    leaf,
    localized,
    fc.array(leaf, { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    anyJson,
  )
  return fc
    .tuple(
      fc.array(fc.tuple(key, value), { minLength: 1, maxLength: keys.length + 2 }),
      fc.option(fc.tuple(fc.constantFrom(...POLLUTION_KEYS), fc.constant(POLLUTION_VALUE)), { freq: 4 }),
    )
    .map(([entries, pollution]) => object(pollution ? [pollution, ...entries] : entries))
}

interface FuzzRequest {
  id: string
  body: string | undefined
  contentType: string | undefined
}

function requests(route: ApiRoute, ids: string[]): fc.Arbitrary<FuzzRequest> {
  const id = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ids) },
    fc.constantFrom(
      '0',
      '-1',
      '1.5',
      '1e3',
      '0x10',
      '00001',
      '99999999999999999999',
      'abc',
      '__proto__',
      'constructor',
    ),
    fc.constantFrom('%00', '%20', '%E2%80%AE1', '1%2F2', '..%2F..', 'null', 'undefined', 'NaN', 'Infinity', '%D9%A1'),
    fc.string({ minLength: 1, maxLength: 20 }).map(encodeURIComponent),
  )
  const body = fc.oneof(
    { weight: 4, arbitrary: shapedLike(keysOf(route.body)) },
    { weight: 3, arbitrary: anyJson },
    { weight: 1, arbitrary: deepNesting },
    { weight: 1, arbitrary: notJson },
    { weight: 1, arbitrary: fc.constant(undefined) },
  )
  const contentType = fc.oneof(
    { weight: 12, arbitrary: fc.constant('application/json') },
    fc.constantFrom(undefined, 'text/plain', 'application/json; charset=latin1', 'application/x-www-form-urlencoded'),
  )
  return fc.record({ id, body, contentType })
}

// A stack frame ("at fn (file.ts:12:3)"), or a path into the source or its packages.
const LEAKS = /\bat [^\n]*\(?[^\s()]+:\d+:\d+\)?|node_modules|server\/src|\/work\/|\.tsx?:\d+|\.m?js:\d+/

let api: TestApi
let writes: () => number
let ids: string[]

beforeAll(async () => {
  api = await startTestApi({
    // Webhook targets are resolved when saved; a fuzzed name must not reach the real DNS.
    resolveHost: async (hostname) => {
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
    },
  })
  const events = [
    insertCompleteEvent(api, {}, 'draft'),
    insertCompleteEvent(api, {}, 'in_review'),
    insertCompleteEvent(api, {}, 'published'),
  ]
  const venue = api.insertVenue()
  const institution = api.insertInstitution()
  const user = api.createUser('editor')
  const webhook = await api.send('POST', '/api/webhooks', {
    url: 'https://hooks.example.org/h',
    notices: ['published'],
  })
  const delivery = sendTestNotice(api.db, SYSTEM_ACTOR, (webhook.body as { id: number }).id, api.clock.now)
  ids = [...new Set([...events.map((e) => e.id), venue.id, institution.id, user.id, delivery.id, 1, 2])].map(String)
  writes = watchWrites(api)
}, 30_000)

afterAll(async () => {
  agent.destroy()
  await api?.close()
})

test('the watch sees a write, and a request the server refuses leaves it as it was', async () => {
  const cookie = cookieFor('editor') ?? ''
  const before = writes()
  const refused = await send('POST', '/api/venues', { Cookie: cookie }, '{"name":1}')
  expect([refused.status, writes()]).toEqual([415, before])
  const created = await api.as('editor').send('POST', '/api/venues', { name: { en: 'Sala', es: 'Sala' }, city: 'X' })
  expect(created.status).toBe(201)
  expect(writes()).toBeGreaterThan(before)
})

/** The cookie of a fresh session of `role` (none for public routes): one per route, and again after a sign-out. */
function cookieFor(access: ApiRoute['access']): string | undefined {
  if (access === 'public') return undefined
  // The second factor's routes take any session: a full one of the least role.
  const role: Role = access === SECOND_FACTOR ? 'editor' : access
  return `${SESSION_COOKIE}=${api.as(role, { fresh: true }).token}`
}

// One kept-alive connection: fetch() costs about twice as much per request, and 32,000 of them add up.
const agent = new Agent({ keepAlive: true, maxSockets: 1 })

/** The request as sent, over node:http; the body as text. */
function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body: string | undefined,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(`${api.url}${path}`, { method, agent, headers }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (text += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }))
    })
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

test.each(WRITE_ROUTES.map((route) => [`${route.method} ${route.path}`, route] as const))(
  `%s: no 5xx, no stack trace, nothing written when refused (${RUNS} requests, FUZZ_SEED=${SEED})`,
  async (_name, route) => {
    let cookie = cookieFor(route.access)
    await fc.assert(
      fc.asyncProperty(requests(route, ids), async ({ id, body, contentType }) => {
        const path = route.path.replace(/:[a-zA-Z]+/g, id)
        const headers: Record<string, string> = {}
        if (cookie) headers.Cookie = cookie
        if (contentType) headers['Content-Type'] = contentType
        if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body))
        const before = writes()
        const { status, text } = await send(route.method, path, headers, body)
        const isRefused = status >= 400 && status < 500
        const isWritten = writes() !== before
        if (status === 200 && route.path === '/api/auth/logout') cookie = cookieFor(route.access)

        expect(status, text.slice(0, 300)).toBeLessThan(500)
        expect(text).not.toMatch(LEAKS)
        expect(isRefused && isWritten, `${status} wrote to the database: ${text.slice(0, 300)}`).toBe(false)
        expect(Object.prototype).not.toHaveProperty('polluted')
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    )
  },
  120_000,
)
