import { expect, test } from 'vitest'
import { parseLegacyDate } from '../../server/src/import/legacy-dates'

test.each([
  ['', null, null],
  ['   ', null, null],
  ['2022-10-03', '2022-10-03', null],
  ['03/10/2022', '2022-10-03', null],
  ['3/10/2022', '2022-10-03', null],
  ['2022-10-03 - 2022-10-05', '2022-10-03', '2022-10-05'],
  ['03/10/2022 al 05/10/2022', '2022-10-03', '2022-10-05'],
  ['3 de octubre de 2022', '2022-10-03', null],
  ['Lunes 3 de octubre de 2022', '2022-10-03', null],
  ['1º de octubre de 2022', '2022-10-01', null],
  ['3-5 de octubre de 2022', '2022-10-03', '2022-10-05'],
  ['del 3 al 5 de octubre de 2022', '2022-10-03', '2022-10-05'],
  ['3 y 4 de octubre de 2022', '2022-10-03', '2022-10-04'],
  ['30 de noviembre al 2 de diciembre de 2022', '2022-11-30', '2022-12-02'],
  ['30 de diciembre de 2022 al 2 de enero de 2023', '2022-12-30', '2023-01-02'],
  ['30 de diciembre al 2 de enero de 2023', '2022-12-30', '2023-01-02'],
  ['13 de setiembre de 2022', '2022-09-13', null],
  ['October 3, 2022', '2022-10-03', null],
  ['Monday, October 3rd, 2022', '2022-10-03', null],
  ['3 October 2022', '2022-10-03', null],
  ['October 3-5, 2022', '2022-10-03', '2022-10-05'],
  ['October 3 – 5, 2022', '2022-10-03', '2022-10-05'],
  ['October 3 to 5, 2022', '2022-10-03', '2022-10-05'],
  ['3-5 October 2022', '2022-10-03', '2022-10-05'],
  ['November 30 - December 2, 2022', '2022-11-30', '2022-12-02'],
  ['Nov. 30 - Dec. 2, 2022', '2022-11-30', '2022-12-02'],
  ['December 30, 2022 - January 2, 2023', '2022-12-30', '2023-01-02'],
  ['October 3-3, 2022', '2022-10-03', null],
])('reads "%s" as %s to %s', (text, startDate, endDate) => {
  expect(parseLegacyDate(text)).toEqual({ ok: true, startDate, endDate })
})

test.each([
  ['October 2022', 'incomplete'],
  ['3 de octubre', 'incomplete'],
  ['31/02/2022', 'incomplete or not a real date'],
  ['2022-13-01', 'incomplete or not a real date'],
  ['October 5-3, 2022', 'ends before it starts'],
  ['To be confirmed', 'not read'],
  ['3, 4 y 5 de octubre de 2022', 'not read'],
  ['October 3, 2022 at 10:00', 'not read'],
])('reports "%s" as a warning (%s) instead of guessing', (text, reason) => {
  const result = parseLegacyDate(text)
  expect(result.ok).toBe(false)
  if (!result.ok) expect(result.warning).toContain(reason)
})
