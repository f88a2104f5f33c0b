import { parseArgs } from 'node:util'

/** `npm run load` options; every flag has the default. */
export interface LoadTestArgs {
  /** Seconds of load. */
  durationSeconds: number
  /** Honest clients, each one request at a time. */
  clients: number
  /** Events in the database. */
  events: number
  /**
   * The mean pause in ms between an honest client's requests (exponentially
   * distributed, as a person reading a page before the next click): 0 makes
   * each client fire its next request as soon as the last is answered.
   */
  thinkMs: number
}

export const LOAD_USAGE =
  'usage: npm run load -- [--duration SECONDS (60)] [--clients N (50)] [--events N (10000)] [--think MS (1000)]\n' +
  'Starts the app as npm start does on loopback over a copy of a generated database, runs the mixed load, prints a table.'

export class LoadUsageError extends Error {}

function positiveInteger(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < 1 || value > max)
    throw new LoadUsageError(`--${name} must be a whole number from 1 to ${max}, not "${raw}"`)
  return value
}

/** Reads the command line of `npm run load`; a LoadUsageError says what is wrong. */
export function parseLoadArgs(argv: string[]): LoadTestArgs {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        duration: { type: 'string' },
        clients: { type: 'string' },
        events: { type: 'string' },
        think: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }))
  } catch (error) {
    throw new LoadUsageError(error instanceof Error ? error.message : String(error))
  }
  return {
    durationSeconds: positiveInteger('duration', values.duration, 60, 3600),
    clients: positiveInteger('clients', values.clients, 50, 1000),
    events: positiveInteger('events', values.events, 10_000, 1_000_000),
    thinkMs: values.think === '0' ? 0 : positiveInteger('think', values.think, 1000, 60_000),
  }
}

/** The requests of one group (e.g. honest searches, hostile slow-loris) as measured. */
export interface GroupStats {
  group: string
  isHonest: boolean
  /** Milliseconds of each answered request. */
  latencies: number[]
  /** Answers by status, and `network` for requests that got none. */
  statuses: Record<string, number>
  errors: number
}

const percentile = (sorted: number[], fraction: number) =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0)

const ms = (value: number) => (value < 10 ? value.toFixed(1) : Math.round(value).toString())

/** The Markdown table `npm run load` prints, and the verdict against the goal for the honest clients. */
export function formatLoadReport(groups: GroupStats[], seconds: number): string {
  const lines = [
    '| group | requests | req/s | p50 ms | p99 ms | errors | statuses |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ]
  const honest: number[] = []
  let honestErrors = 0
  for (const stats of groups) {
    const sorted = [...stats.latencies].sort((a, b) => a - b)
    if (stats.isHonest) {
      honest.push(...sorted)
      honestErrors += stats.errors
    }
    const count = Object.values(stats.statuses).reduce((total, n) => total + n, 0)
    const statuses = Object.entries(stats.statuses)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, n]) => `${status}×${n}`)
      .join(' ')
    lines.push(
      `| ${stats.isHonest ? '' : 'hostile: '}${stats.group} | ${count} | ${(count / seconds).toFixed(1)} | ` +
        `${ms(percentile(sorted, 0.5))} | ${ms(percentile(sorted, 0.99))} | ${stats.errors} | ${statuses} |`,
    )
  }
  honest.sort((a, b) => a - b)
  const p99 = percentile(honest, 0.99)
  const isMet = honestErrors === 0 && p99 < 50
  lines.push(
    '',
    `Honest clients: ${honest.length} requests, ${(honest.length / seconds).toFixed(1)} req/s, ` +
      `p50 ${ms(percentile(honest, 0.5))} ms, p99 ${ms(p99)} ms, ${honestErrors} errors: ` +
      `${isMet ? '✅' : '❌'} goal zero errors and p99 under 50 ms.`,
  )
  return lines.join('\n')
}
