import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { csvFormat } from '../../server/src/public/csv'
import type { FeedFormat } from '../../server/src/public/feed-response'
import { icsFormat } from '../../server/src/public/ics'
import { GOLDEN_EVENT } from '../fixtures/golden-event'

const render = (format: FeedFormat) =>
  format.head + format.row({ data: GOLDEN_EVENT, sequence: 3, segment: 'upcoming' }, 0) + format.tail
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')

test.each([
  ['rcm-events.en.ics', () => render(icsFormat('https://calendar.example.org', 'en'))],
  ['rcm-events.es.ics', () => render(icsFormat('https://calendar.example.org', 'es'))],
  ['rcm-events.csv', () => render(csvFormat('https://calendar.example.org'))],
])('%s is byte for byte the golden file', (name, output) => {
  expect(output()).toBe(fixture(name))
})
