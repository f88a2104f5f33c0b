import { EventInputSchema } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { SYSTEM_ACTOR } from '../../server/src/actor'
import type { Db } from '../../server/src/db/connection'
import { BULK_WRITE_EVENTS } from '../../server/src/db/search-indexes'
import { createEvent } from '../../server/src/events/events.service'
import { importExportFile } from '../../server/src/import/import-export-file'
import { FEED_START, readFeedPage, type FeedCursor } from '../../server/src/public/feed-rows.repository'
import { jsonFormat } from '../../server/src/public/json'
import { buildEvent } from '../support/builders'
import { createTestDb } from '../support/test-db'

let source: Db
let target: Db
beforeEach(() => {
  source = createTestDb()
  target = createTestDb()
})
afterEach(() => {
  source.close()
  target.close()
})

const segments = (db: Db) => db.prepare('SELECT count(DISTINCT segid) FROM events_fts_idx').pluck().get()
const hits = (db: Db, query: string) =>
  db.prepare('SELECT count(*) FROM events_fts WHERE events_fts MATCH ?').pluck().get(query)

/** `count` published events saved one at a time, as editors work, and the public JSON feed of them. */
function feedOf(db: Db, count: number, word: string): string {
  for (let index = 0; index < count; index++) {
    createEvent(
      db,
      SYSTEM_ACTOR,
      EventInputSchema.parse(buildEvent({ title: { en: `${word} ${index}`, es: `${word} ${index}` } })),
      { status: 'published' },
    )
  }
  const format = jsonFormat('https://calendar.example.org')
  const rows: string[] = []
  for (let cursor: FeedCursor | null = FEED_START; cursor !== null;) {
    cursor = readFeedPage(db, { today: '2026-01-01' }, cursor, 500, (row) => rows.push(format.row(row, rows.length)))
  }
  return format.head + rows.join('') + format.tail
}

test('a bulk import leaves the search index compact, so the saves after it do not pay for merging it', () => {
  feedOf(target, 40, 'existing')
  const file = feedOf(source, BULK_WRITE_EVENTS, 'imported')
  expect(segments(target)).toBeGreaterThan(1)

  const dryRun = importExportFile(target, SYSTEM_ACTOR, file, {
    format: 'json',
    status: 'draft',
    dryRun: true,
    lang: 'en',
  })
  expect(dryRun.counts.created).toBe(BULK_WRITE_EVENTS)
  expect(segments(target)).toBeGreaterThan(1)

  importExportFile(target, SYSTEM_ACTOR, file, { format: 'json', status: 'draft', dryRun: false, lang: 'en' })
  expect(segments(target)).toBe(1)
  expect([hits(target, '"existing"'), hits(target, '"imported"')]).toEqual([40, BULK_WRITE_EVENTS])
})

test('a small import leaves the search index as single saves would', () => {
  const file = feedOf(source, 3, 'imported')
  feedOf(target, 40, 'existing')

  importExportFile(target, SYSTEM_ACTOR, file, { format: 'json', status: 'draft', dryRun: false, lang: 'en' })

  // Optimizing costs seconds on a large calendar: not worth it for a few events.
  expect(segments(target)).toBeGreaterThan(1)
  expect(hits(target, '"imported"')).toBe(3)
})
