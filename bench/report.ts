import type { ServerKind } from './cases'
import type { ClientSize } from './client-size'
import type { LoadResult } from './load'

export interface CaseResult {
  id: string
  label: string
  results: Record<ServerKind, LoadResult | null>
  /** p50/p99 at a steady 100 requests/s, one request every 10 ms (paced.ts): the budget's figure. */
  steady?: Partial<Record<ServerKind, LoadResult | null>>
  /** The same rate as `autocannon --overallRate 100` on 10 connections sends it: in bursts at each second. */
  burst?: Partial<Record<ServerKind, LoadResult | null>>
}

export interface StreamResult {
  format: string
  seconds: number
  bytes: number
  peakRssMB: number | null
}

export interface BenchResults {
  date: string
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; platform: string }
  options: {
    events: number
    durationSeconds: number
    steadySeconds?: number
    warmupSeconds: number
    connections: number
    quick: boolean
  }
  setup: { databaseBuildSeconds: number | null; signedIn: boolean }
  coldStartMs: number[]
  cases: CaseResult[]
  streams: Record<'app' | 'baseline', StreamResult[] | null>
  client: ClientSize
}

/** The budgets, as minimum ratios app/baseline; the cases with one also need 20× json-server (the "all"). */
const MIN_VS_BASELINE: Record<string, number> = {
  list: 0.8,
  deep: 0.8,
  'search-common': 1.0,
  'search-rare': 1.0,
  'get-one': 0.35,
  // A public file download within 1.5× of express.static serving the same bytes (issue 18 §1).
  'file-download': 1 / 1.5,
}
const MIN_VS_JSON_SERVER = 20
// The dashboard and a calendar month answer within the list's budget (issue 17, "Speed").
const STEADY_P99_MS: Record<string, number> = {
  list: 15,
  'search-common': 15,
  'get-one': 15,
  update: 30,
  dashboard: 15,
  'calendar-month': 15,
  'list-taxonomy': 15,
}

const num = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
const rps = (result: LoadResult | null | undefined) =>
  result ? num(result.requestsPerSecond, result.requestsPerSecond < 10 ? 1 : 0) : 'n/a'
const ms = (value: number | undefined) =>
  value === undefined ? 'n/a' : num(value, value < 10 ? 2 : value < 100 ? 1 : 0)
const ratio = (a: LoadResult | null | undefined, b: LoadResult | null | undefined) =>
  a && b && b.requestsPerSecond > 0 ? a.requestsPerSecond / b.requestsPerSecond : null
const fmtRatio = (value: number | null) => (value === null ? 'n/a' : `${num(value, value < 10 ? 2 : 0)}×`)
const kb = (bytes: number) => `${num(bytes / 1024)} KB`
const row = (cells: string[]) => `| ${cells.join(' | ')} |`

/** A feed's 304 answer: at least this share of the baseline's getOne rate. */
const MIN_304_VS_BASELINE_GET_ONE = 0.5
const STREAM_MAX_VS_BASELINE = 1.25
const STREAM_MAX_MB = 200

function budgetNote(result: CaseResult, all: CaseResult[]): string {
  const app = result.results.app
  if (!app) return ''
  const notes: string[] = []
  const baselineGetOne = all.find((other) => other.id === 'get-one')?.results.baseline
  if (result.id.endsWith('-304') && baselineGetOne) {
    const share = ratio(app, baselineGetOne) ?? 0
    notes.push(
      `${share >= MIN_304_VS_BASELINE_GET_ONE ? '✅' : '❌'} ${fmtRatio(share)} ≥${MIN_304_VS_BASELINE_GET_ONE}× baseline getOne`,
    )
  }
  const vsBaseline = ratio(app, result.results.baseline)
  const minimum = MIN_VS_BASELINE[result.id]
  if (minimum !== undefined && vsBaseline !== null)
    notes.push(`${vsBaseline >= minimum ? '✅' : '❌'} ≥${minimum}× baseline`)
  const vsJson = ratio(app, result.results.jsonServer)
  if (vsJson !== null && minimum !== undefined)
    notes.push(`${vsJson >= MIN_VS_JSON_SERVER ? '✅' : '❌'} ≥20× json-server`)
  const steadyBudget = STEADY_P99_MS[result.id]
  const steady = result.steady?.app
  if (steadyBudget !== undefined && steady)
    notes.push(`${steady.p99 < steadyBudget ? '✅' : '❌'} p99@100/s < ${steadyBudget} ms`)
  // Concurrent PUTs of the same random event: the loser gets the contract's 409 (stale version), as it should.
  const refused = Object.entries(app.statuses)
    .filter(([status]) => status !== '200' && status !== '409')
    .reduce((sum, [, count]) => sum + count, 0)
  if (app.failed > 0 && (result.id !== 'update' || refused > 0))
    notes.push(`⚠️ ${app.failed} failed (${JSON.stringify(app.statuses)})`)
  else if (app.failed > 0) notes.push(`${app.statuses['409'] ?? 0} stale-version 409s (concurrent edits of one event)`)
  return notes.join(', ')
}

/** The run as Markdown: the machine, the load table, steady-rate latency, streams, cold start and client size. */
export function toMarkdown(results: BenchResults): string {
  const { machine, options } = results
  const lines: string[] = []
  lines.push(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node} (${machine.platform}); ${results.date}`,
  )
  const load = `${options.connections} connections, ${options.durationSeconds} s after ${options.warmupSeconds} s warm-up`
  const signIn = results.setup.signedIn ? 'signed in' : 'without sign-in (no /api/auth/login yet)'
  lines.push(`${num(options.events)} events; ${load}${options.quick ? ' (quick)' : ''}; app ${signIn}`)
  lines.push('')
  lines.push(
    row([
      'case',
      'app req/s',
      'app p50 ms',
      'app p99 ms',
      'baseline req/s',
      'baseline p50 / p99 ms',
      'json-server req/s',
      'json-server p50 ms',
      'app/baseline',
      'app/json-server',
      'budget',
    ]),
  )
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |')
  for (const result of results.cases) {
    const { app, baseline, jsonServer } = result.results
    lines.push(
      row([
        result.label,
        rps(app),
        ms(app?.p50),
        ms(app?.p99),
        rps(baseline),
        baseline ? `${ms(baseline.p50)} / ${ms(baseline.p99)}` : 'n/a',
        rps(jsonServer),
        ms(jsonServer?.p50),
        fmtRatio(ratio(app, baseline)),
        fmtRatio(ratio(app, jsonServer)),
        budgetNote(result, results.cases),
      ]),
    )
  }
  const steadyCases = results.cases.filter((result) => result.steady)
  if (steadyCases.length > 0) {
    lines.push('')
    lines.push(
      `Latency at a steady 100 requests/s for ${options.steadySeconds ?? options.durationSeconds} s: ` +
        'one request every 10 ms (`bench/paced.ts`), timed from when it was due; for comparison, ' +
        "`autocannon --overallRate 100` on 10 connections, which sends each second's requests in one burst at its start:",
    )
    lines.push('')
    lines.push(
      '| case | app p50 ms | app p99 ms | baseline p50 ms | baseline p99 ms | budget (app p99) | burst: app p50 / p99 ms | burst: baseline p50 / p99 ms |',
    )
    lines.push('| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |')
    for (const result of steadyCases) {
      const app = result.steady?.app
      const baseline = result.steady?.baseline
      const budget = STEADY_P99_MS[result.id]
      const verdict = app && budget !== undefined ? `${app.p99 < budget ? '✅' : '❌'} < ${budget} ms` : 'n/a'
      const pair = (value: LoadResult | null | undefined) => (value ? `${ms(value.p50)} / ${ms(value.p99)}` : 'n/a')
      lines.push(
        row([
          result.label,
          ms(app?.p50),
          ms(app?.p99),
          ms(baseline?.p50),
          ms(baseline?.p99),
          verdict,
          pair(result.burst?.app),
          pair(result.burst?.baseline),
        ]),
      )
    }
  }
  lines.push('')
  const streams = (kind: 'app' | 'baseline') =>
    results.streams[kind]
      ?.map(
        (stream) =>
          `${stream.format} ${num(stream.seconds, 2)} s, ${num(stream.bytes / 1e6, 1)} MB, peak RSS ${stream.peakRssMB ?? '?'} MB`,
      )
      .join('; ') ?? 'n/a (no /api/public feed yet)'
  lines.push(
    `Full stream of every published event: app ${streams('app')}; baseline ${streams('baseline')} (budget: within 1.25× baseline, under 200 MB)`,
  )
  for (const stream of results.streams.app ?? []) {
    const baseline = results.streams.baseline?.find((other) => other.format === stream.format)
    const within = baseline ? stream.seconds / baseline.seconds : null
    const timeOk = within !== null && within <= STREAM_MAX_VS_BASELINE
    const memoryOk = stream.peakRssMB !== null && stream.peakRssMB < STREAM_MAX_MB
    const time = within === null ? 'n/a' : `${timeOk ? '✅' : '❌'} ${num(within, 2)}× baseline time`
    lines.push(`- ${stream.format}: ${time}, ${memoryOk ? '✅' : '❌'} peak RSS ${stream.peakRssMB ?? '?'} MB`)
  }
  const coldStart = [...results.coldStartMs].sort((a, b) => a - b)
  const median = coldStart[Math.floor(coldStart.length / 2)]
  lines.push(
    'Cold start (`node server/dist/main.js`, as `npm start` runs it, until it answers): ' +
      `median ${median === undefined ? 'n/a' : num(median)} ms of ${coldStart.map((value) => num(value)).join(', ')} ` +
      '(budget < 1,500 ms)',
  )
  const { client } = results
  const initial = client.initial.map((chunk) => chunk.file).join(', ')
  const lazy = client.lazy.map((chunk) => `${chunk.file} ${kb(chunk.bytes)} / ${kb(chunk.gzip)} gzip`).join(', ')
  lines.push(
    `Client initial JS: ${kb(client.initialBytes)} raw / ${kb(client.initialGzip)} gzip in ${initial} ` +
      `(budget ≤ 400 KB gzip); on demand: ${lazy || 'none'}`,
  )
  return lines.join('\n')
}
