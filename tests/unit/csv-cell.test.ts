import { expect, test } from 'vitest'
import { csvCell, csvRecord } from '../../server/src/public/csv'

test('plain cells stay as they are; null is empty', () => {
  expect(csvCell('San José')).toBe('San José')
  expect(csvCell(12)).toBe('12')
  expect(csvCell(null)).toBe('')
})

test('quotes a cell holding a comma, quote or line break, doubling quotes (RFC 4180)', () => {
  expect(csvCell('Hotel Real, San Salvador')).toBe('"Hotel Real, San Salvador"')
  expect(csvCell('The "Forum"')).toBe('"The ""Forum"""')
  expect(csvCell('line one\nline two')).toBe('"line one\nline two"')
  expect(csvCell('a\r\nb')).toBe('"a\r\nb"')
})

test.each([
  ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
  ['+506 88511009', "'+506 88511009"],
  ['-2+3', "'-2+3"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\tindented', "'\tindented"],
  ['\rreturn', `"'\rreturn"`],
])('neutralises a cell that a spreadsheet would run as a formula: %j', (value, cell) => {
  expect(csvCell(value)).toBe(cell)
})

test('a formula sign after the first character is left alone', () => {
  expect(csvCell('1 + 1 = 2')).toBe('1 + 1 = 2')
  expect(csvCell('crmst@iom.int')).toBe('crmst@iom.int')
})

test("a cell that starts with ' gets one more, so that an import can always take the first one off", () => {
  expect(csvCell("'Tis the season")).toBe("''Tis the season")
})

test('a record is the cells joined by commas and ended by CRLF', () => {
  expect(csvRecord([1, 'a,b', null, '=x'])).toBe(`1,"a,b",,'=x\r\n`)
})
