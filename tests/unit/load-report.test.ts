import { expect, test } from 'vitest'
import { formatLoadReport, LoadUsageError, parseLoadArgs } from '../../bench/load-report'

test('npm run load defaults to the issue: 60 s, 50 clients, 10,000 events; flags change them', () => {
  expect(parseLoadArgs([])).toEqual({ durationSeconds: 60, clients: 50, events: 10_000, thinkMs: 1000 })
  expect(parseLoadArgs(['--duration', '5', '--clients=3', '--events', '2000', '--think', '0'])).toEqual({
    durationSeconds: 5,
    clients: 3,
    events: 2000,
    thinkMs: 0,
  })
  expect(parseLoadArgs(['--think', '250']).thinkMs).toBe(250)
})

test('npm run load refuses a bad flag with the reason', () => {
  expect(() => parseLoadArgs(['--duration', '0'])).toThrow(
    new LoadUsageError('--duration must be a whole number from 1 to 3600, not "0"'),
  )
  expect(() => parseLoadArgs(['--duration', '1.5'])).toThrow(LoadUsageError)
  expect(() => parseLoadArgs(['--speed', '9'])).toThrow(LoadUsageError)
  expect(() => parseLoadArgs(['--think', '-5'])).toThrow(LoadUsageError)
  expect(() => parseLoadArgs(['extra'])).toThrow(LoadUsageError)
})

test('the report gives throughput, p50/p99 and errors per group, and the verdict on the honest clients only', () => {
  const report = formatLoadReport(
    [
      { group: 'reads', isHonest: true, latencies: [1, 2, 3, 4, 40], statuses: { '200': 5 }, errors: 0 },
      { group: 'saves', isHonest: true, latencies: [5, 6], statuses: { '200': 1, '409': 1 }, errors: 0 },
      { group: 'slow-loris', isHonest: false, latencies: [10_000], statuses: { '408': 1, network: 2 }, errors: 0 },
    ],
    2,
  )

  expect(report).toContain('| reads | 5 | 2.5 | 3.0 | 40 | 0 | 200×5 |')
  expect(report).toContain('| saves | 2 | 1.0 | 5.0 | 6.0 | 0 | 200×1 409×1 |')
  expect(report).toContain('| hostile: slow-loris | 3 | 1.5 | 10000 | 10000 | 0 | 408×1 network×2 |')
  expect(report).toContain('Honest clients: 7 requests, 3.5 req/s, p50 4.0 ms, p99 40 ms, 0 errors: ✅')
})

test('an honest error or a p99 of 50 ms or more misses the goal', () => {
  const slow = formatLoadReport(
    [{ group: 'reads', isHonest: true, latencies: [60], statuses: { '200': 1 }, errors: 0 }],
    1,
  )
  const failing = formatLoadReport(
    [{ group: 'reads', isHonest: true, latencies: [1], statuses: { '500': 1 }, errors: 1 }],
    1,
  )

  expect(slow).toContain('❌')
  expect(failing).toContain('❌')
})
