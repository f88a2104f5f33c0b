/**
 * `npm run load -- [--duration 60] [--clients 50] [--events 10000]`: the
 * mixed-load test on loopback (load-run.ts); exit 0 when the honest clients
 * met the goal, 1 when not, 2 on bad usage.
 */
import { LOAD_USAGE, LoadUsageError, parseLoadArgs, type LoadTestArgs } from './load-report'
import { runLoadTest } from './load-run'

let args: LoadTestArgs
try {
  args = parseLoadArgs(process.argv.slice(2))
} catch (error) {
  if (!(error instanceof LoadUsageError)) throw error
  console.error(`${error.message}\n${LOAD_USAGE}`)
  process.exit(2)
}
const report = await runLoadTest(args)
console.log(report)
process.exit(report.includes('✅ goal') ? 0 : 1)
