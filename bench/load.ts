import autocannon from 'autocannon'

export interface LoadOptions {
  connections: number
  durationSeconds: number
  /** A steady total rate (requests/s) instead of as fast as possible. */
  overallRate?: number
  /** Seconds before a request counts as a timeout; large for json-server, whose queue is long. */
  timeoutSeconds?: number
}

export interface RequestSpec {
  method?: 'GET' | 'PUT'
  headers?: Record<string, string>
  /** Called for every request: the path (and body) to send; `connection` is stable per connection. */
  next(connection: number): { path: string; body?: string; headers?: Record<string, string> }
  /** The answer to a request, e.g. to keep the version an update returned. */
  onResponse?(status: number, body: string, connection: number): void
}

export interface LoadResult {
  requestsPerSecond: number
  /** The measured time, over which `requestsPerSecond` counts. */
  seconds: number
  p50: number
  p99: number
  ok: number
  failed: number
  statuses: Record<string, number>
}

interface ContextualIterator {
  initialContext: Record<string, unknown>
  resetContext(): void
  rebuildRequest(): void
}

function runOnce(
  origin: string,
  spec: RequestSpec,
  options: LoadOptions,
  durationSeconds: number,
): Promise<autocannon.Result> {
  let connections = 0
  const connectionOf = (context: Record<string, unknown>) =>
    typeof context.connection === 'number' ? context.connection : -1
  return autocannon({
    // autocannon clears a connection's context after each request (it loops over `requests`), so the
    // connection number goes into the context it starts again from. Internal API of autocannon 9.
    setupClient: (client) => {
      const iterator = (client as unknown as { requestIterator: ContextualIterator }).requestIterator
      iterator.initialContext = { connection: connections++ }
      iterator.resetContext()
      iterator.rebuildRequest()
    },
    url: origin,
    connections: options.connections,
    duration: durationSeconds,
    overallRate: options.overallRate,
    timeout: options.timeoutSeconds ?? 10,
    headers: spec.headers,
    requests: [
      {
        method: spec.method ?? 'GET',
        setupRequest: (request, context) => {
          const next = spec.next(connectionOf(context as Record<string, unknown>))
          return {
            ...request,
            path: next.path,
            body: next.body,
            headers: { ...request.headers, ...spec.headers, ...next.headers },
          }
        },
        onResponse: spec.onResponse
          ? (status, body, context) => spec.onResponse?.(status, body, connectionOf(context as Record<string, unknown>))
          : undefined,
      },
    ],
  })
}

/** One measured run; requests/s counts 2xx and 304 answers only. The caller warms up (and lets the server settle) first. */
export async function load(origin: string, spec: RequestSpec, options: LoadOptions): Promise<LoadResult> {
  const result = await runOnce(origin, spec, options, options.durationSeconds)
  const statuses: Record<string, number> = {}
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) statuses[code] = stats.count ?? 0
  const ok = result['2xx'] + (statuses['304'] ?? 0)
  return {
    requestsPerSecond: ok / result.duration,
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok,
    failed: result.non2xx - (statuses['304'] ?? 0) + result.errors,
    statuses,
  }
}

/**
 * Runs of one server taken at different moments, as one result: requests/s over all of them, p50 weighted by each
 * run's answers, and the worst p99, so that pooling never hides a slow tail.
 */
export function pooled(runs: LoadResult[]): LoadResult {
  if (runs.length === 0) throw new Error('pooled: no runs')
  const ok = runs.reduce((sum, run) => sum + run.ok, 0)
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0)
  const statuses: Record<string, number> = {}
  for (const run of runs)
    for (const [code, count] of Object.entries(run.statuses)) statuses[code] = (statuses[code] ?? 0) + count
  return {
    requestsPerSecond: seconds > 0 ? ok / seconds : 0,
    seconds,
    p50: ok > 0 ? runs.reduce((sum, run) => sum + run.p50 * run.ok, 0) / ok : Math.max(...runs.map((run) => run.p50)),
    p99: Math.max(...runs.map((run) => run.p99)),
    ok,
    failed: runs.reduce((sum, run) => sum + run.failed, 0),
    statuses,
  }
}
