/**
 * One paced run (paced.ts) in a process of its own, started by main.ts.
 *
 * The run's latencies include the load generator's own pauses: a timer that
 * fires late, a garbage collection while answers arrive. In the main process
 * those are autocannon's: 50 connections' histograms and buffers just before,
 * in the same heap. Here the generator starts fresh and holds nothing else.
 *
 * Input: one JSON argument (PacedJob); output: the LoadResult as JSON on stdout.
 */
import { benchCases, type ServerKind } from './cases'
import { paced, type PacedJob } from './paced'

async function run() {
  const job = JSON.parse(process.argv[2] ?? '') as PacedJob
  const benchCase = benchCases(job.events).find((candidate) => candidate.id === job.caseId)
  if (!benchCase) throw new Error(`No bench case ${job.caseId}`)
  const spec = await benchCase.spec(job.kind as ServerKind, {
    origin: job.origin,
    events: job.events,
    headers: job.headers,
  })
  if (!spec) throw new Error(`${job.caseId} has no requests for ${job.kind}`)
  process.stdout.write(JSON.stringify(await paced(job.origin, spec, job.options)))
}

run().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
