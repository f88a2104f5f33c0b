import { expect, test } from 'vitest'
import { addDays, daysBetween } from '@rcm/shared'
import { exclusiveEnd, movedDates } from '../../client/src/calendar/calendarDates'

test('a moved event keeps its length, across a month end', () => {
  expect(movedDates({ startDate: '2026-01-30', endDate: '2026-02-02' }, '2026-02-27')).toEqual({
    startDate: '2026-02-27',
    endDate: '2026-03-02',
  })
  expect(movedDates({ startDate: '2026-05-12', endDate: null }, '2026-05-10')).toEqual({
    startDate: '2026-05-10',
    endDate: null,
  })
})

test("the calendar's end is the day after the last day (exclusive), a one-day event included", () => {
  expect(exclusiveEnd({ startDate: '2026-12-31', endDate: null })).toBe('2027-01-01')
  expect(exclusiveEnd({ startDate: '2026-03-01', endDate: '2026-03-03' })).toBe('2026-03-04')
  expect(exclusiveEnd({ startDate: null, endDate: null })).toBeUndefined()
})

test('days are counted across a leap day and a daylight-saving change, whatever the machine’s zone', () => {
  expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
  expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  expect(addDays('2026-03-07', 2)).toBe('2026-03-09')
  expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2)
  expect(daysBetween('2026-11-02', '2026-10-30')).toBe(-3)
})
