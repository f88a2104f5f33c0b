import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { SYSTEM_ACTOR } from '../server/src/actor'
import { openDatabase } from '../server/src/db/connection'
import { migrate, MIGRATIONS_DIR } from '../server/src/db/migrate'
import { optimizeSearchIndexes } from '../server/src/db/search-indexes'
import { createEvent } from '../server/src/events/events.service'
import { createInstitution } from '../server/src/institutions/institutions.service'
import { createPresidency } from '../server/src/presidencies/presidencies.service'
import { createVenue } from '../server/src/venues/venues.service'
import {
  GENERATOR_VERSION,
  generateEvent,
  generateInstitutions,
  generatePresidencies,
  generateVenues,
} from './generator'

export const BENCH_TMP = join(tmpdir(), 'rcm-bench')

/** Changes when a migration changes, so a cached database always has today's schema. */
function migrationsHash(): string {
  const hash = createHash('sha256')
  for (const file of readdirSync(MIGRATIONS_DIR).sort())
    hash.update(file).update(readFileSync(join(MIGRATIONS_DIR, file)))
  return hash.digest('hex').slice(0, 10)
}

/**
 * Creates a database of `count` generated events through the app's own
 * services (createVenue, createInstitution, createEvent: validation,
 * sanitizing, search index), all in one transaction, then optimizes the
 * search indexes as a bulk import does.
 */
export function buildDatabase(path: string, count: number, onProgress: (done: number) => void = () => {}): void {
  const db = openDatabase(path)
  try {
    migrate(db)
    // Loading only: one commit at the end, nothing to make durable before it.
    db.pragma('synchronous = OFF')
    db.transaction(() => {
      const venues = generateVenues().map((venue) => createVenue(db, SYSTEM_ACTOR, venue))
      const venueIds = venues.map((venue) => venue.id)
      const venueCities = new Map(venues.map((venue) => [venue.id, venue.city]))
      const institutionIds = generateInstitutions().map(
        (institution) => createInstitution(db, SYSTEM_ACTOR, institution).id,
      )
      for (const presidency of generatePresidencies()) createPresidency(db, SYSTEM_ACTOR, presidency)
      for (let index = 0; index < count; index++) {
        const { data, status } = generateEvent(index, venueIds, venueCities, institutionIds)
        createEvent(db, SYSTEM_ACTOR, data, { status })
        if ((index + 1) % 10_000 === 0) onProgress(index + 1)
      }
    })()
    // As the app's own bulk imports do (import-run.ts): the saves measured next do not pay for merging the load's segments.
    optimizeSearchIndexes(db)
    db.pragma('wal_checkpoint(TRUNCATE)')
    db.exec('ANALYZE')
  } finally {
    db.close()
  }
}

/**
 * Why the cached database is no longer as the generator left it, or null. A
 * server started on it by hand creates its first administrator there (and
 * the bench's sign-in then fails with 401), and a WAL beside it holds
 * commits that copying the main file alone would lose.
 */
function servedReason(cached: string): string | null {
  if (existsSync(`${cached}-wal`) && statSync(`${cached}-wal`).size > 0) return 'has a write-ahead log beside it'
  // Not read-only: a read-only connection cannot remove the -wal and -shm files it opens, and they would stay beside the cache.
  const db = new Database(cached)
  try {
    const users = db.prepare('SELECT count(*) FROM users').pluck().get() as number
    return users > 0 ? `has ${users} user(s): something served it` : null
  } finally {
    db.close()
  }
}

/**
 * A fresh copy, at `runDir/calendar.sqlite`, of the database of `count`
 * events. The generated database is cached in the temp folder under a name
 * keyed by the count, the generator version and the migrations, since
 * building 100,000 events takes a while.
 */
export function prepareDatabase(
  count: number,
  runDir: string,
  log: (line: string) => void,
): { path: string; cachedPath: string; buildSeconds: number | null } {
  mkdirSync(BENCH_TMP, { recursive: true })
  const cached = join(BENCH_TMP, `events-${count}-g${GENERATOR_VERSION}-${migrationsHash()}.sqlite`)
  let buildSeconds: number | null = null
  const touched = existsSync(cached) ? servedReason(cached) : null
  if (touched !== null) {
    log(`The cached database ${cached} ${touched}: building it again`)
    for (const suffix of ['', '-wal', '-shm']) rmSync(cached + suffix, { force: true })
  }
  if (!existsSync(cached)) {
    log(`Generating ${count} events through the app's services into ${cached} …`)
    const building = `${cached}.building`
    for (const suffix of ['', '-wal', '-shm']) rmSync(building + suffix, { force: true })
    const started = performance.now()
    buildDatabase(building, count, (done) => log(`  ${done} events`))
    buildSeconds = (performance.now() - started) / 1000
    renameSync(building, cached)
    log(`  built in ${buildSeconds.toFixed(1)} s`)
  } else {
    log(`Using the cached database ${cached}`)
  }
  mkdirSync(runDir, { recursive: true })
  const path = join(runDir, 'calendar.sqlite')
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
  copyFileSync(cached, path)
  return { path, cachedPath: cached, buildSeconds }
}
