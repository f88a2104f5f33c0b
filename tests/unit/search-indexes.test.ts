import { EventInputSchema } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { SYSTEM_ACTOR } from '../../server/src/actor'
import type { Db } from '../../server/src/db/connection'
import { optimizeSearchIndexes } from '../../server/src/db/search-indexes'
import { createEvent } from '../../server/src/events/events.service'
import { buildEvent } from '../support/builders'
import { createTestDb } from '../support/test-db'

let db: Db
beforeEach(() => {
  db = createTestDb()
})
afterEach(() => db.close())

const segments = () => db.prepare('SELECT count(DISTINCT segid) FROM events_fts_idx').pluck().get()
const hits = (query: string) =>
  db.prepare('SELECT rowid FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid').pluck().all(query)

test('optimizing merges the search index into one segment, and every search finds what it found before', () => {
  // One save at a time, as editors work: each commit adds a segment that automerge only partly merges.
  for (let index = 0; index < 60; index++) {
    createEvent(
      db,
      SYSTEM_ACTOR,
      EventInputSchema.parse(
        buildEvent({
          title: { en: `Regional workshop ${index} on migration`, es: `Taller regional ${index} sobre migración` },
        }),
      ),
    )
  }
  const before = { common: hits('"migracion"'), one: hits('"17"'), prefix: hits('"tal"*') }
  expect(segments()).toBeGreaterThan(1)

  optimizeSearchIndexes(db)

  expect(segments()).toBe(1)
  expect({ common: hits('"migracion"'), one: hits('"17"'), prefix: hits('"tal"*') }).toEqual(before)
  expect(before.common).toHaveLength(60)
})
