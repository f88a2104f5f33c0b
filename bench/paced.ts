import { execFile } from 'node:child_process'
import { Agent, request } from 'node:http'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import type { CaseContext } from './cases'
import type { LoadResult, RequestSpec } from './load'

export interface PacedOptions {
  /** Requests per second, sent evenly: one every 1000/rate ms. */
  rate: number
  durationSeconds: number
  /** At most this many requests in flight: a server slower than the rate gets a queue this deep, not an unbounded one. */
  maxInFlight: number
}

/**
 * Open-loop load at an even pace, for latency at a steady rate.
 *
 * autocannon's `overallRate` is not steady: each connection sends its share of
 * a second as soon as the second starts (httpClient.js resets its quota on a
 * 1 s interval and sends until the quota is spent), so "100 requests/s" on 10
 * connections is 100 requests at once, ten deep, every second; its p99 is the
 * queue's, about ten service times. Here each request is sent when it is due,
 * whatever the earlier ones are doing, and its latency counts from when it was
 * due, so a late send is measured rather than hidden (no coordinated omission).
 * A server that cannot keep up fills `maxInFlight`; the run still ends on
 * time, and each request it never got to send counts as failed, with the
 * time it had waited as its latency (a lower bound).
 */
export async function paced(origin: string, spec: RequestSpec, options: PacedOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true })
  const url = new URL(origin)
  const interval = 1000 / options.rate
  const total = Math.round(options.rate * options.durationSeconds)
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  let errors = 0
  // A slot is one request in flight; the spec's `connection` (e.g. which events a PUT may touch) is the slot, so two concurrent requests never share one.
  const freeSlots: number[] = []
  let slots = 0
  const inFlight = new Set<Promise<void>>()

  const send = (due: number) => {
    const slot = freeSlots.pop() ?? slots++
    const next = spec.next(slot)
    const done = new Promise<void>((resolve) => {
      const finish = (status: number | null, body: string) => {
        if (status === null) errors++
        else {
          latencies.push(performance.now() - due)
          statuses[status] = (statuses[status] ?? 0) + 1
          spec.onResponse?.(status, body, slot)
        }
        freeSlots.push(slot)
        resolve()
      }
      const body = next.body === undefined ? undefined : Buffer.from(next.body)
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method: spec.method ?? 'GET',
          path: next.path,
          headers: { ...spec.headers, ...next.headers, ...(body ? { 'content-length': body.length } : {}) },
        },
        (res) => {
          res.on('error', () => finish(null, ''))
          // Only a spec that reads answers gets the body: a 75 KB list page a request, kept and decoded,
          // is the generator's own garbage collection in the measured latency.
          if (!spec.onResponse) {
            res.on('end', () => finish(res.statusCode ?? 0, ''))
            res.resume()
            return
          }
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => finish(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')))
        },
      )
      req.on('error', () => finish(null, ''))
      req.end(body)
    })
    inFlight.add(done)
    void done.then(() => inFlight.delete(done))
  }

  const start = performance.now()
  const end = start + options.durationSeconds * 1000
  for (let index = 0; index < total; index++) {
    const due = start + index * interval
    const wait = due - performance.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    while (inFlight.size >= options.maxInFlight && performance.now() < end) await Promise.race(inFlight)
    if (inFlight.size >= options.maxInFlight) {
      for (let late = index; late < total; late++) latencies.push(end - (start + late * interval))
      statuses.unsent = total - index
      break
    }
    send(due)
  }
  await Promise.all(inFlight)
  agent.destroy()
  const elapsed = (performance.now() - start) / 1000

  latencies.sort((a, b) => a - b)
  const percentile = (share: number) =>
    latencies[Math.min(latencies.length - 1, Math.ceil(share * latencies.length) - 1)] ?? 0
  const ok = Object.entries(statuses).reduce(
    (sum, [status, count]) => (status.startsWith('2') || status === '304' ? sum + count : sum),
    0,
  )
  return {
    requestsPerSecond: ok / elapsed,
    seconds: elapsed,
    p50: percentile(0.5),
    p99: percentile(0.99),
    ok,
    failed: latencies.length - ok + errors,
    statuses,
  }
}

/** A paced run of one bench case against one server, as paced-process.ts takes it. */
export interface PacedJob extends CaseContext {
  caseId: string
  kind: string
  options: PacedOptions
}

const PACED_PROCESS = fileURLToPath(new URL('./paced-process.ts', import.meta.url))

/** `paced` in a fresh process of its own (see paced-process.ts for why). */
export function pacedInProcess(job: PacedJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', PACED_PROCESS, JSON.stringify(job)],
      { maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`paced ${job.caseId} on ${job.kind} failed: ${stderr || error.message}`))
        else resolve(JSON.parse(stdout) as LoadResult)
      },
    )
  })
}
