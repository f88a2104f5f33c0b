import { describe, expect, it } from 'vitest'
import { pooled, type LoadResult } from '../../bench/load'

const run = (
  ok: number,
  seconds: number,
  p50: number,
  p99: number,
  statuses: Record<string, number> = { '200': ok },
): LoadResult => ({
  requestsPerSecond: ok / seconds,
  seconds,
  p50,
  p99,
  ok,
  failed: 0,
  statuses,
})

describe('pooled bench runs (the halves of an alternating measurement)', () => {
  it('counts requests/s over the total time, not as the mean of the runs’ rates', () => {
    const result = pooled([run(3000, 5, 10, 20), run(1000, 2, 10, 20)])
    expect(result.requestsPerSecond).toBeCloseTo(4000 / 7)
    expect(result.seconds).toBe(7)
    expect(result.ok).toBe(4000)
  })

  it('keeps the worst p99, so a slow half is never averaged away', () => {
    expect(pooled([run(100, 5, 1, 3), run(100, 5, 1, 40)]).p99).toBe(40)
  })

  it('weighs each run’s p50 by its answers and adds up statuses and failures', () => {
    const result = pooled([
      { ...run(300, 5, 2, 9, { '200': 300, '409': 4 }), failed: 4 },
      { ...run(100, 5, 6, 9, { '200': 100, '409': 1 }), failed: 1 },
    ])
    expect(result.p50).toBeCloseTo(3)
    expect(result.statuses).toEqual({ '200': 400, '409': 5 })
    expect(result.failed).toBe(5)
  })

  it('refuses to pool nothing', () => {
    expect(() => pooled([])).toThrow()
  })
})
