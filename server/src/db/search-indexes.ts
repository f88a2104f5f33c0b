import type { Db } from './connection'

/** The full-text indexes (migrations 0001), kept by the repositories. */
const SEARCH_INDEXES = ['events_fts', 'venues_fts', 'institutions_fts'] as const

/** Below this many events written, an import leaves the index as single saves would. */
export const BULK_WRITE_EVENTS = 100

/**
 * Merges each full-text index into one segment (FTS5's `optimize`).
 *
 * A bulk load in one transaction (an import, the benchmark's generator)
 * leaves large segments on several levels, and FTS5's automerge then merges
 * them a piece at a time during the saves that follow, which lengthens their
 * tail more than twofold until the merging is done (decision 008, "FTS5
 * `optimize` after bulk loads"). It takes about 3 s at 100,000 events and
 * milliseconds at the calendar's real size.
 */
export function optimizeSearchIndexes(db: Db): void {
  for (const table of SEARCH_INDEXES) db.exec(`INSERT INTO ${table} (${table}) VALUES ('optimize')`)
}
