import { expect, test } from 'vitest'
import { htmlToText, sortKey, toFtsQuery } from '../../server/src/db/text'

test('quotes every word and makes the last one a prefix', () => {
  expect(toFtsQuery('foro migración')).toBe('"foro" "migración"*')
  expect(toFtsQuery('  IOM  ')).toBe('"IOM"*')
})

test('turns search syntax into plain words', () => {
  expect(toFtsQuery('"a" OR b* NEAR(c) -d title:e ^f')).toBe('"a" "OR" "b" "NEAR" "c" "d" "title" "e" "f"*')
  expect(toFtsQuery("o'brien")).toBe('"o" "brien"*')
})

test('gives null when there is no word to search for', () => {
  expect(toFtsQuery('')).toBeNull()
  expect(toFtsQuery(' " * ( ) ')).toBeNull()
})

test('reads HTML as text for the index', () => {
  expect(htmlToText('<p>Hosted by the <strong>RCM</strong></p><ul><li>one</li><li>two</li></ul>')).toBe(
    'Hosted by the RCM one two',
  )
  expect(htmlToText('<p>Fish &amp; chips &lt;3 &#233; &#xE9; &nbsp;x</p>')).toBe('Fish & chips <3 é é x')
})

test('sorts without case or accents', () => {
  expect(sortKey('Área')).toBe('area')
  expect(['Zona', 'Área', 'arena'].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual([
    'Área',
    'arena',
    'Zona',
  ])
})
