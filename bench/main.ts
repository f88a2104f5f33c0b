import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { benchCases, SERVER_KINDS, type CaseContext, type ServerKind } from './cases'
import { measureClient } from './client-size'
import { exportJson } from './export-json'
import { filesCases, staticDir } from './files-cases'
import { load, pooled, type LoadOptions, type LoadResult, type RequestSpec } from './load'
import { pacedInProcess } from './paced'
import { BENCH_TMP, prepareDatabase } from './load-db'
import { peakRss, resetPeakRss, startServer, stopAll, type Server } from './processes'
import { toMarkdown, type BenchResults, type CaseResult, type StreamResult } from './report'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const log = (line: string) => console.error(line)

const USAGE =
  'npm run bench -- [--events N] [--duration S] [--connections C] [--warmup S] [--steady-duration S] [--quick] ' +
  '[--only list,search-common,...] [--cpu-prof]'

function options() {
  const { values } = parseArgs({
    options: {
      events: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      warmup: { type: 'string' },
      'steady-duration': { type: 'string' },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      'cpu-prof': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const positive = (raw: string | undefined, fallback: number, name: string) => {
    const value = raw === undefined ? fallback : Number(raw)
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number ≥ 0\n${USAGE}`)
    return value
  }
  return {
    events: Math.round(positive(values.events, 100_000, 'events')),
    durationSeconds: positive(values.duration, values.quick ? 3 : 10, 'duration'),
    warmupSeconds: positive(values.warmup, values.quick ? 1 : 2, 'warmup'),
    // A p99 of 1,000 paced requests rests on its 10 slowest: 3,000 make it steadier between runs.
    steadySeconds: positive(values['steady-duration'], values.quick ? 3 : 30, 'steady-duration'),
    connections: Math.max(1, Math.round(positive(values.connections, 50, 'connections'))),
    quick: values.quick,
    only: values.only?.split(',').map((id) => id.trim()),
    cpuProf: values['cpu-prof'],
  }
}

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

/** The steady rate for latency budgets, requests/s. */
const STEADY_RATE = 100

/** Node's flags that run a TypeScript file (the json-server runner and the baseline server). */
const TSX = ['--import', 'tsx']
const ADMIN = { email: 'bench-admin@example.org', password: 'bench-password-0123456789' }

function appEnv(databasePath: string): Record<string, string> {
  return {
    DATABASE_PATH: databasePath,
    SEED_DEMO: '0',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    NODE_ENV: 'production',
    // The benchmark administrator signs in with a password only: with a second factor pending, uploads are refused.
    MFA_REQUIRED_ROLES: '',
  }
}

/** `npm start`'s server: the bundle scripts/ensure-build.mjs keeps up to date with the sources. */
const APP_MAIN = join(ROOT, 'server/dist/main.js')

/** Spawn to first answer, as `npm start` runs it, on the generated database; three times. */
async function coldStarts(databasePath: string): Promise<number[]> {
  const times: number[] = []
  for (let run = 0; run < 3; run++) {
    const server = await startServer({
      name: 'app (cold start)',
      command: process.execPath,
      args: [APP_MAIN],
      env: appEnv(databasePath),
      port: await freePort(),
      probePath: '/api/events/1',
      log,
    })
    times.push(server.startMs)
    await server.stop()
  }
  return times
}

/** Signs in when the app has sign-in; the session cookie then goes with every request. */
async function signIn(app: Server): Promise<Record<string, string> | null> {
  const response = await fetch(`${app.origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  await response.arrayBuffer()
  if (response.status === 404) return null
  if (!response.ok) throw new Error(`Sign-in as ${ADMIN.email} failed with ${response.status}`)
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ')
  return { Cookie: cookie }
}

/**
 * A server goes on answering the requests a stopped load left queued (50 of
 * them, each maybe slow); wait until a cheap request is answered at once, so
 * the next measurement starts on an idle server. Resolves false if it is
 * still busy after `maxMs`.
 */
async function settle(server: Server, probePath: string, maxMs: number): Promise<boolean> {
  const deadline = Date.now() + maxMs
  while (Date.now() < deadline) {
    try {
      const started = Date.now()
      await (await fetch(server.origin + probePath, { signal: AbortSignal.timeout(5_000) })).arrayBuffer()
      if (Date.now() - started < 100) return true
    } catch {
      // still busy
    }
  }
  return false
}

async function stream(server: Server, headers: Record<string, string>, format: string): Promise<StreamResult | null> {
  const pid = server.child.pid
  if (pid !== undefined) resetPeakRss(pid)
  const started = performance.now()
  const response = await fetch(`${server.origin}/api/public/events.${format}`, { headers })
  if (response.status === 404) {
    await response.arrayBuffer()
    return null
  }
  let bytes = 0
  for await (const chunk of response.body ?? []) bytes += (chunk as Uint8Array).length
  const seconds = (performance.now() - started) / 1000
  const peak = pid === undefined ? null : peakRss(pid)
  return { format, seconds, bytes, peakRssMB: peak === null ? null : Math.round(peak / 1e6) }
}

const STREAM_FORMATS = ['csv', 'json', 'ics'] as const
const WARM_UP_BYTES = 8_000_000

/** The first megabytes of a feed, then the connection dropped: the formatters are compiled before the timed streams. */
async function warmUpStream(server: Server, headers: Record<string, string>, format: string): Promise<void> {
  const response = await fetch(`${server.origin}/api/public/events.${format}`, { headers })
  let bytes = 0
  // Leaving the loop cancels the body, which closes the connection; the server stops streaming on 'close'.
  for await (const chunk of response.body ?? []) {
    bytes += (chunk as Uint8Array).length
    if (bytes >= WARM_UP_BYTES) break
  }
}

/**
 * Every published event streamed by the app and by the baseline, format by
 * format, one after the other: both warmed up first, then interleaved, so
 * neither pays alone for a cold start or for the machine's drift over the minute.
 */
async function streams(servers: Record<'app' | 'baseline', { server: Server; headers: Record<string, string> }>) {
  const results: Record<'app' | 'baseline', StreamResult[]> = { app: [], baseline: [] }
  for (const format of STREAM_FORMATS) {
    for (const { server, headers } of Object.values(servers)) await warmUpStream(server, headers, format)
  }
  for (const format of STREAM_FORMATS) {
    for (const [kind, { server, headers }] of Object.entries(servers) as Array<
      ['app' | 'baseline', { server: Server; headers: Record<string, string> }]
    >) {
      const result = await stream(server, headers, format)
      if (result) results[kind].push(result)
    }
  }
  const orNull = (list: StreamResult[]) => (list.length > 0 ? list : null)
  return { app: orNull(results.app), baseline: orNull(results.baseline) }
}

async function main() {
  const opts = options()
  const startedAt = Date.now()
  const cpu = cpus()
  const machine = {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  }
  log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`)
  const runDir = join(BENCH_TMP, `run-${process.pid}`)
  const database = prepareDatabase(opts.events, runDir, log)
  const jsonPath = `${database.cachedPath}.json`
  log('Exporting the events for json-server …')
  exportJson(database.path, jsonPath)

  execFileSync(process.execPath, [join(ROOT, 'scripts/ensure-build.mjs')], { stdio: 'inherit' })
  log('Cold start …')
  const coldStartMs = await coldStarts(database.path)

  const resultsDir = join(ROOT, 'bench-results')
  mkdirSync(resultsDir, { recursive: true })
  const profileArgs = opts.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${join(resultsDir, 'profiles')}`] : []
  log('Starting the servers …')
  const startJsonServer = async (port: number) =>
    startServer({
      name: 'json-server',
      command: process.execPath,
      args: ['--max-old-space-size=8192', ...TSX, join(ROOT, 'bench/json-server-runner.ts')],
      env: { JSON_PATH: jsonPath },
      port,
      probePath: '/events/1',
      timeoutMs: 300_000,
      log,
    })
  const startApp = async () =>
    startServer({
      name: 'app',
      command: process.execPath,
      args: [...profileArgs, APP_MAIN],
      env: appEnv(database.path),
      port: await freePort(),
      probePath: '/api/events/1',
      log,
    })
  const startBaseline = async () =>
    startServer({
      name: 'baseline',
      command: process.execPath,
      args: [...TSX, join(ROOT, 'bench/baseline-server.ts')],
      env: { DATABASE_PATH: database.path, STATIC_DIR: staticDir(runDir) },
      port: await freePort(),
      probePath: '/api/events/1',
      log,
    })
  const servers: Record<ServerKind, Server> = {
    app: await startApp(),
    baseline: await startBaseline(),
    jsonServer: await startJsonServer(await freePort()),
  }
  const jsonServerPort = Number(new URL(servers.jsonServer.origin).port)
  // Between measurements: app and baseline finish their queue; json-server, whose queue can take many minutes, is restarted instead.
  const settleServer = async (kind: ServerKind) => {
    if (kind !== 'jsonServer') {
      await settle(servers[kind], '/api/events/1', 120_000)
    } else if (!(await settle(servers.jsonServer, '/events/1', 10_000))) {
      log('  json-server still busy: restarting it')
      await servers.jsonServer.stop()
      servers.jsonServer = await startJsonServer(jsonServerPort)
    }
  }
  const session = await signIn(servers.app)
  const headersOf = (kind: ServerKind) => (kind === 'app' && session ? session : {})

  // Generous timeouts: at 50 connections a slow endpoint's queue makes latencies of many seconds, which are results, not errors.
  const loadOptions: LoadOptions = {
    connections: opts.connections,
    durationSeconds: opts.durationSeconds,
    timeoutSeconds: 120,
  }
  // The issue's `autocannon --overallRate 100`, kept for comparison: it sends in bursts (see paced.ts), so the budget is judged on the paced run.
  const burstOptions: LoadOptions = {
    connections: 10,
    durationSeconds: opts.durationSeconds,
    overallRate: STEADY_RATE,
    timeoutSeconds: 120,
  }
  const cases: CaseResult[] = []
  // The files cases' background uploads last as long as the case's loads: warm-up and both halves.
  const allCases = [...benchCases(opts.events), ...filesCases(runDir, opts.warmupSeconds + opts.durationSeconds)]
  for (const benchCase of allCases) {
    if (opts.only && !opts.only.includes(benchCase.id)) continue
    const result: CaseResult = {
      id: benchCase.id,
      label: benchCase.label,
      results: { app: null, baseline: null, jsonServer: null },
    }
    if (benchCase.steady) {
      result.steady = {}
      result.burst = {}
    }
    const specs: Partial<Record<ServerKind, RequestSpec>> = {}
    const contexts = {} as Record<ServerKind, CaseContext>
    const warmUp = async (kind: ServerKind, spec: RequestSpec) => {
      if (opts.warmupSeconds <= 0) return
      log(`${benchCase.id}: warming up ${servers[kind].name} …`)
      await load(servers[kind].origin, spec, { ...loadOptions, durationSeconds: opts.warmupSeconds })
      await settleServer(kind)
    }
    for (const kind of SERVER_KINDS) {
      contexts[kind] = { origin: servers[kind].origin, events: opts.events, headers: headersOf(kind) }
      const spec = await benchCase.spec(kind, contexts[kind])
      if (!spec) continue
      specs[kind] = spec
      if (kind !== 'jsonServer') await warmUp(kind, spec)
    }
    // App and baseline are measured in alternating halves (app, baseline, baseline, app): this machine's throughput
    // drifts by a fifth from minute to minute, and two back-to-back runs of 10 s would take that drift as a ratio.
    const runs: Partial<Record<ServerKind, LoadResult[]>> = {}
    const halves = { ...loadOptions, durationSeconds: opts.durationSeconds / 2 }
    for (const kind of ['app', 'baseline', 'baseline', 'app'] as const) {
      const spec = specs[kind]
      if (!spec) continue
      log(`${benchCase.id} on ${servers[kind].name} (${(runs[kind]?.length ?? 0) + 1} of 2) …`)
      ;(runs[kind] ??= []).push(await load(servers[kind].origin, spec, halves))
      await settleServer(kind)
    }
    for (const kind of ['app', 'baseline'] as const) {
      const measured = runs[kind]
      if (measured) result.results[kind] = pooled(measured)
    }
    if (result.steady && result.burst) {
      for (const kind of ['app', 'baseline'] as const) {
        const spec = specs[kind]
        if (!spec) continue
        const options = { rate: STEADY_RATE, durationSeconds: opts.steadySeconds, maxInFlight: 10 }
        result.steady[kind] = await pacedInProcess({ caseId: benchCase.id, kind, ...contexts[kind], options })
        await settleServer(kind)
        // The paced process changed the events an update spec had read: read them again.
        result.burst[kind] = await load(
          servers[kind].origin,
          (await benchCase.spec(kind, contexts[kind])) ?? spec,
          burstOptions,
        )
        await settleServer(kind)
      }
    }
    // json-server last, in one run: drift cannot move a ratio of 20× and more, and its slow queue, or its restart
    // (a 100,000-event JSON file parsed again), would otherwise fall on the other servers' measurements.
    const jsonSpec = specs.jsonServer
    if (jsonSpec) {
      await warmUp('jsonServer', jsonSpec)
      log(`${benchCase.id} on ${servers.jsonServer.name} …`)
      result.results.jsonServer = await load(servers.jsonServer.origin, jsonSpec, loadOptions)
      await settleServer('jsonServer')
    }
    cases.push(result)
  }

  // Fresh processes: the peak memory is then the stream's, not the heap that 50 connections of load cases left behind.
  log('Streaming the feeds (app and baseline restarted) …')
  for (const kind of ['app', 'baseline'] as const) {
    await servers[kind].stop()
    servers[kind] = kind === 'app' ? await startApp() : await startBaseline()
  }
  const streamed = await streams({
    app: { server: servers.app, headers: headersOf('app') },
    baseline: { server: servers.baseline, headers: {} },
  })
  for (const server of Object.values(servers)) await server.stop()

  const results: BenchResults = {
    date: new Date().toISOString(),
    machine,
    options: {
      events: opts.events,
      durationSeconds: opts.durationSeconds,
      steadySeconds: opts.steadySeconds,
      warmupSeconds: opts.warmupSeconds,
      connections: opts.connections,
      quick: opts.quick,
    },
    setup: { databaseBuildSeconds: database.buildSeconds, signedIn: session !== null },
    coldStartMs,
    cases,
    streams: streamed,
    client: measureClient(ROOT, log),
  }
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`)
  rmSync(runDir, { recursive: true, force: true })
  console.log(toMarkdown(results))
  log(`\nWritten to bench-results/latest.json; ${((Date.now() - startedAt) / 1000).toFixed(0)} s in all.`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  stopAll()
  process.exit(1)
})
