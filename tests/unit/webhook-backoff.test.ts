import { expect, test } from 'vitest'
import { backoffMs } from '../../server/src/webhooks/webhook-worker'

const options = { baseDelayMs: 30_000, maxDelayMs: 3_600_000 }

test('the wait doubles with each failure, between half and all of its ceiling', () => {
  expect([1, 2, 3, 4].map((failures) => backoffMs(failures, options, 0))).toEqual([15_000, 30_000, 60_000, 120_000])
  expect([1, 2, 3, 4].map((failures) => backoffMs(failures, options, 0.5))).toEqual([22_500, 45_000, 90_000, 180_000])
})

test('the wait never exceeds the ceiling, however many failures', () => {
  expect(backoffMs(8, options, 0.5)).toBe(2_700_000)
  expect(backoffMs(40, options, 0)).toBe(1_800_000)
  expect(backoffMs(40, options, 0.5)).toBe(2_700_000)
})
