/**
 * `npm run load`: the bounded mixed-load test of issue 16 (bench/README.md,
 * "Load test"). On loopback only: the app as `npm start` runs it over a copy
 * of a generated database; honest clients read, search, save and take
 * workflow steps, each with the version it saw and handling a 409 as the
 * admin app does, while one hostile client sends the slowest requests it
 * knows. Stops by itself and prints a table per group.
 */
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { eventInputShape, type Event } from '@rcm/shared'
import { COMMON_WORD, RARE_WORD } from './generator'
import { BENCH_TMP, prepareDatabase } from './load-db'
import { formatLoadReport, type GroupStats, type LoadTestArgs } from './load-report'
import { startServer, stopAll } from './processes'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ADMIN = { email: 'load-admin@example.org', password: 'load-password-0123456789' }
/** The hostile client's wrong passwords go to an account of their own, as an attacker's guesses would. */
const VICTIM = 'nobody-here@example.org'
const INPUT_FIELDS = Object.keys(eventInputShape)

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

class Groups {
  readonly all = new Map<string, GroupStats>()
  get(group: string, isHonest: boolean): GroupStats {
    let stats = this.all.get(group)
    if (!stats) this.all.set(group, (stats = { group, isHonest, latencies: [], statuses: {}, errors: 0 }))
    return stats
  }
}

interface Answer {
  status: number
  body: unknown
}

/**
 * One timed request. An honest request is an error when it gets no answer,
 * a 5xx or a status it did not expect; a hostile one only when it gets a 5xx.
 */
async function timed(
  stats: GroupStats,
  origin: string,
  path: string,
  init: RequestInit,
  expected: number[],
): Promise<Answer | null> {
  const started = performance.now()
  try {
    const response = await fetch(origin + path, { ...init, signal: AbortSignal.timeout(30_000) })
    const text = await response.text()
    stats.latencies.push(performance.now() - started)
    stats.statuses[response.status] = (stats.statuses[response.status] ?? 0) + 1
    if (response.status >= 500 || (stats.isHonest && !expected.includes(response.status))) stats.errors++
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // not JSON: kept as text
    }
    return { status: response.status, body }
  } catch {
    stats.statuses.network = (stats.statuses.network ?? 0) + 1
    if (stats.isHonest) stats.errors++
    return null
  }
}

const pick = <T>(items: readonly T[], random = Math.random()) => items[Math.floor(random * items.length)] as T

/** What the admin app sends on save: the input fields of the record it read, with its version. */
function inputOf(event: Event, change: Partial<Event>): Record<string, unknown> {
  const record = { ...event, ...change } as Record<string, unknown>
  return { ...Object.fromEntries(INPUT_FIELDS.map((field) => [field, record[field]])), version: event.version }
}

/** The step the admin app would offer on an event in this state (schedules aside). */
function stepFor(event: Event): { step: string; body: Record<string, unknown> } | null {
  if (event.status === 'draft') return { step: 'submit', body: { version: event.version } }
  if (event.status === 'in_review')
    return Math.random() < 0.5
      ? { step: 'publish', body: { version: event.version } }
      : { step: 'request-changes', body: { version: event.version, comment: 'Please check the dates' } }
  return null
}

async function honestClient(
  origin: string,
  headers: Record<string, string>,
  groups: Groups,
  events: number,
  until: number,
  thinkMs: number,
) {
  const json = { ...headers, 'Content-Type': 'application/json' }
  // A person pauses between clicks; -ln(U) spreads the pauses as independent arrivals would.
  const think = () =>
    thinkMs === 0
      ? Promise.resolve()
      : new Promise((resolve) =>
          setTimeout(resolve, Math.min(until - performance.now(), -Math.log(1 - Math.random()) * thinkMs)),
        )
  const reads = groups.get('reads (list, getOne)', true)
  const searches = groups.get('searches', true)
  const saves = groups.get('saves (PUT with version)', true)
  const steps = groups.get('workflow steps (with version)', true)
  const randomId = () => 1 + Math.floor(Math.random() * events)
  while (performance.now() < until) {
    await think()
    if (performance.now() >= until) break
    const roll = Math.random()
    if (roll < 0.3) {
      const start = Math.floor(Math.random() * 20) * 25
      const sort = pick(['["startDate","DESC"]', '["title","ASC"]', '["updatedAt","DESC"]'])
      await timed(reads, origin, `/api/events?sort=${sort}&range=[${start},${start + 24}]`, { headers }, [200])
    } else if (roll < 0.5) {
      await timed(reads, origin, `/api/events/${randomId()}`, { headers }, [200])
    } else if (roll < 0.7) {
      const q = pick([COMMON_WORD.accented, RARE_WORD.plain, 'foro', 'taller regional', 'Guatemala'])
      const filter = encodeURIComponent(JSON.stringify({ q }))
      await timed(searches, origin, `/api/events?filter=${filter}&range=[0,24]`, { headers }, [200])
    } else {
      // Save or step: read the event, act on the version seen; on 409 read it again and try once more, as a user would.
      const isStep = roll >= 0.9
      const id = randomId()
      for (let attempt = 0; attempt < 2; attempt++) {
        const read = await timed(reads, origin, `/api/events/${id}`, { headers }, [200])
        if (read?.status !== 200) break
        const event = read.body as Event
        let answer: Answer | null
        if (isStep) {
          const step = stepFor(event)
          if (!step) break
          // A publish of an incomplete event is refused with what is missing (409): the user fills it in later.
          answer = await timed(
            steps,
            origin,
            `/api/events/${id}/${step.step}`,
            {
              method: 'POST',
              headers: json,
              body: JSON.stringify(step.body),
            },
            [200, 409],
          )
        } else {
          const title = {
            ...event.title,
            en: `${event.title.en.replace(/ \(\d+\)$/, '')} (${attempt + (Date.now() % 1000)})`,
          }
          answer = await timed(
            saves,
            origin,
            `/api/events/${id}`,
            {
              method: 'PUT',
              headers: json,
              body: JSON.stringify(inputOf(event, { title })),
            },
            [200, 409],
          )
        }
        if (answer?.status !== 409) break
      }
    }
  }
}

/** Headers sent one byte a second, as slow-loris does: the server should cut the connection (headersTimeout). */
function slowLoris(origin: string, stats: GroupStats, until: number): Promise<void> {
  const { hostname, port } = new URL(origin)
  const request = `GET /api/events HTTP/1.1\r\nHost: ${hostname}\r\nX-Slow: ${'a'.repeat(200)}\r\n`
  return new Promise((resolve) => {
    const started = performance.now()
    const socket = connect(Number(port), hostname)
    let sent = 0
    let answer = ''
    const timer = setInterval(() => {
      if (performance.now() > until || sent >= request.length) return socket.destroy()
      socket.write(request[sent++] ?? '')
    }, 1000)
    socket.on('data', (chunk) => (answer += chunk.toString()))
    socket.on('error', () => undefined)
    socket.on('close', () => {
      clearInterval(timer)
      const status = /^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 'closed'
      stats.statuses[status] = (stats.statuses[status] ?? 0) + 1
      stats.latencies.push(performance.now() - started)
      if (status.startsWith('5')) stats.errors++
      resolve()
    })
  })
}

async function hostileClient(
  origin: string,
  headers: Record<string, string>,
  groups: Groups,
  events: number,
  until: number,
) {
  const json = { ...headers, 'Content-Type': 'application/json' }
  const deep = groups.get('deep pages', false)
  const worst = groups.get('worst searches', false)
  const big = groups.get('bodies at the 1 MB limit', false)
  const guesses = groups.get('wrong passwords', false)
  const loris = groups.get('slow-loris headers', false)
  const lorises: Array<Promise<void>> = []
  let round = 0
  while (performance.now() < until) {
    // A slow-loris connection every ten rounds, held open alongside.
    if (round++ % 10 === 0 && lorises.length < 20) lorises.push(slowLoris(origin, loris, until))
    const kind = round % 4
    if (kind === 0) {
      const start = events - 25 - Math.floor(Math.random() * 25)
      await timed(deep, origin, `/api/events?sort=["title","DESC"]&range=[${start},${start + 24}]`, { headers }, [])
    } else if (kind === 1) {
      // Common words, a prefix and many terms: the most hits to rank and count.
      const q = pick([`${COMMON_WORD.plain} regional foro taller`, 'a', 'mi*', `"${COMMON_WORD.accented}" OR el`])
      const filter = encodeURIComponent(JSON.stringify({ q, status: 'draft' }))
      await timed(worst, origin, `/api/events?filter=${filter}&sort=["title","ASC"]&range=[0,99]`, { headers }, [])
    } else if (kind === 2) {
      const body = JSON.stringify({ format: 'json', content: `[${'{},'.repeat(349_000)}{}]`, dryRun: true })
      await timed(big, origin, '/api/import', { method: 'POST', headers: json, body }, [])
    } else {
      const body = JSON.stringify({ email: VICTIM, password: `guess-${round}` })
      await timed(
        guesses,
        origin,
        '/api/auth/login',
        { method: 'POST', headers: { 'Content-Type': 'application/json' }, body },
        [],
      )
    }
  }
  await Promise.all(lorises)
}

async function signIn(origin: string): Promise<Record<string, string>> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  await response.arrayBuffer()
  if (!response.ok) throw new Error(`Sign-in as ${ADMIN.email} failed with ${response.status}`)
  return {
    Cookie: response.headers
      .getSetCookie()
      .map((header) => header.split(';')[0])
      .join('; '),
  }
}

/** Runs the load test; resolves with the printed report. */
export async function runLoadTest(args: LoadTestArgs, log: (line: string) => void = console.log): Promise<string> {
  execFileSync(process.execPath, [join(ROOT, 'scripts/ensure-build.mjs')], { stdio: 'inherit' })
  const runDir = join(BENCH_TMP, `load-${process.pid}`)
  const { path } = prepareDatabase(args.events, runDir, log)
  try {
    const server = await startServer({
      name: 'app',
      command: process.execPath,
      args: [join(ROOT, 'server/dist/main.js')],
      env: {
        DATABASE_PATH: path,
        SEED_DEMO: '0',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        NODE_ENV: 'production',
        // The load measures the app, not a second factor typed by hand.
        MFA_REQUIRED_ROLES: '',
      },
      port: await freePort(),
      probePath: '/api/public/events.json?limit=1',
      log,
    })
    const sessions = await Promise.all(Array.from({ length: 5 }, () => signIn(server.origin)))
    const groups = new Groups()
    log(
      `${args.clients} honest clients (pausing ${args.thinkMs} ms on average between requests) and one hostile client ` +
        `for ${args.durationSeconds} s on ${args.events} events …`,
    )
    const started = performance.now()
    const until = started + args.durationSeconds * 1000
    await Promise.all([
      ...Array.from({ length: args.clients }, (_, index) =>
        honestClient(server.origin, sessions[index % sessions.length] ?? {}, groups, args.events, until, args.thinkMs),
      ),
      hostileClient(server.origin, sessions[0] ?? {}, groups, args.events, until),
    ])
    const seconds = (performance.now() - started) / 1000
    await server.stop()
    return formatLoadReport([...groups.all.values()], seconds)
  } finally {
    stopAll()
    rmSync(runDir, { recursive: true, force: true })
  }
}
