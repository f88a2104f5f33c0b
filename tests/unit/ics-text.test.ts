import { expect, test } from 'vitest'
import { escapeIcsText, foldIcsLine, icsDate, icsDateTime, icsParam } from '../../server/src/public/ics-text'

const octets = (line: string) => Buffer.byteLength(line, 'utf8')
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '')

test('escapes backslash, semicolon and comma, and writes every line break as \\n', () => {
  expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng')
  expect(escapeIcsText('Plain text: no change')).toBe('Plain text: no change')
})

test('quotes a parameter value with a colon, semicolon or comma, and drops quotes', () => {
  expect(icsParam('IOM')).toBe('IOM')
  expect(icsParam('Ministry of Foreign Affairs, Costa Rica')).toBe('"Ministry of Foreign Affairs, Costa Rica"')
  expect(icsParam('The "best" one')).toBe('The best one')
})

test('a short line is one CRLF-terminated line', () => {
  expect(foldIcsLine('SUMMARY:Hello')).toBe('SUMMARY:Hello\r\n')
  const exactly75 = `SUMMARY:${'x'.repeat(75 - 8)}`
  expect(foldIcsLine(exactly75)).toBe(`${exactly75}\r\n`)
})

test('folds long accented text at 75 octets, never inside a character, and unfolding restores it', () => {
  const text = `DESCRIPTION:${'Reunión técnica sobre migración, niñez y adolescencia en Centroamérica — «Año» ✓ 🌎 '.repeat(8)}`
  const folded = foldIcsLine(text)

  expect(folded.endsWith('\r\n')).toBe(true)
  const lines = folded.slice(0, -2).split('\r\n')
  expect(lines.length).toBeGreaterThan(8)
  for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75)
  for (const line of lines.slice(1)) expect(line.startsWith(' ')).toBe(true)
  // Every line is valid UTF-8 on its own: a cut inside a sequence would give U+FFFD.
  for (const line of lines) expect(Buffer.from(line, 'utf8').toString('utf8')).not.toContain('\uFFFD')
  expect(lines.some((line) => octets(line) > line.length)).toBe(true)
  expect(unfold(folded.slice(0, -2))).toBe(text)
})

test('lines are filled: only a multi-byte character that does not fit moves to the next line', () => {
  const folded = foldIcsLine(`X:${'é'.repeat(100)}`)
    .slice(0, -2)
    .split('\r\n')
  // "X:" is 2 octets, then 36 "é" (72 octets) = 74; a 37th would make 76.
  expect(octets(folded[0]!)).toBe(74)
  expect(octets(folded[1]!)).toBe(75)
})

test('dates: DATE with a day offset across month and year ends, and UTC DATE-TIME', () => {
  expect(icsDate('2026-05-12')).toBe('20260512')
  expect(icsDate('2026-05-31', 1)).toBe('20260601')
  expect(icsDate('2028-02-28', 1)).toBe('20280229')
  expect(icsDate('2026-12-31', 1)).toBe('20270101')
  // Written as it is only when the day exists; otherwise it rolls over the way Date does, whether or not days are added.
  expect(icsDate('2028-02-29')).toBe('20280229')
  expect(icsDate('2026-02-29')).toBe('20260301')
  expect(icsDate('2100-02-29')).toBe('21000301')
  expect(icsDate('2000-02-29')).toBe('20000229')
  expect(icsDate('2026-04-31')).toBe('20260501')
  expect(icsDate('2026-12-31')).toBe('20261231')
  expect(icsDateTime('2026-11-27T00:22:04.123Z')).toBe('20261127T002204Z')
  expect(icsDateTime('2026-11-27T00:22:04Z')).toBe('20261127T002204Z')
  // Not UTC: converted, not cut up.
  expect(icsDateTime('2026-11-27T01:22:04+01:00')).toBe('20261127T002204Z')
})

test('a lone surrogate counts as the three octets of U+FFFD it is written as', () => {
  const folded = foldIcsLine(`X:${'\ud83c'.repeat(40)}`)
    .slice(0, -2)
    .split('\r\n')
  for (const line of folded) expect(octets(line)).toBeLessThanOrEqual(75)
  expect(octets(folded[0]!)).toBe(74)
})

test('never folds inside an escape such as \\n or \\,', () => {
  for (let shift = 0; shift < 4; shift++) {
    const line = `DESCRIPTION:${'x'.repeat(shift)}${escapeIcsText('a,b;c\nd\\e '.repeat(20))}`
    const folded = foldIcsLine(line).slice(0, -2).split('\r\n')
    for (const part of folded.slice(0, -1)) expect(part.replace(/\\\\/g, '')).not.toMatch(/\\$/)
    expect(unfold(folded.join('\r\n'))).toBe(line)
  }
})
