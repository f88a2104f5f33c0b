/**
 * The time of a dry-run import of the public JSON feed (without `lang`) of a
 * benchmark database into fresh in-memory databases, each first given
 * `extra` venues and a quarter as many institutions that the feed does not
 * name, as a calendar that has collected them over the years would have:
 *
 *   npx tsx bench/import-timing.ts /tmp/rcm-bench/events-100000-g1-….sqlite [events 5000] [extra 0] [runs 3]
 */
import Database from 'better-sqlite3'
import { SYSTEM_ACTOR } from '../server/src/actor'
import { openDatabase } from '../server/src/db/connection'
import { migrate } from '../server/src/db/migrate'
import { importExportFile } from '../server/src/import/import-export-file'
import { createInstitution } from '../server/src/institutions/institutions.service'
import { FEED_START, readFeedPage, type FeedCursor } from '../server/src/public/feed-rows.repository'
import { jsonFormat } from '../server/src/public/json'
import { createVenue } from '../server/src/venues/venues.service'

const [path, eventsArg, extraArg, runsArg] = process.argv.slice(2)
if (path === undefined) {
  console.error('usage: import-timing DATABASE [EVENTS] [EXTRA_VENUES] [RUNS]')
  process.exit(2)
}
const limit = Number(eventsArg ?? 5000)
const extra = Number(extraArg ?? 0)

function exportFeed(): string {
  const db = new Database(path as string, { readonly: true })
  const format = jsonFormat('https://calendar.example.org')
  const rows: string[] = []
  let cursor: FeedCursor | null = FEED_START
  while (cursor !== null && rows.length < limit) {
    cursor = readFeedPage(
      db,
      { today: new Date().toISOString().slice(0, 10) },
      cursor,
      Math.min(500, limit - rows.length),
      (row) => rows.push(format.row(row, rows.length)),
    )
  }
  db.close()
  return format.head + rows.join('') + format.tail
}

const feed = exportFeed()
for (let run = 0; run < Number(runsArg ?? 3); run++) {
  const db = openDatabase(':memory:')
  migrate(db)
  for (let n = 0; n < extra; n++) {
    createVenue(db, SYSTEM_ACTOR, {
      name: { en: `Venue ${n}`, es: `Sede ${n}` },
      city: 'Lima',
      country: 'PE',
      address: null,
    })
    if (n % 4 === 0)
      createInstitution(db, SYSTEM_ACTOR, {
        name: { en: `Institution ${n}`, es: `Institución ${n}` },
        acronym: { en: `I${n}`, es: `I${n}` },
      })
  }
  const cpu = process.cpuUsage()
  const started = performance.now()
  const { report } = importExportFile(db, SYSTEM_ACTOR, feed, {
    format: 'json',
    status: 'published',
    dryRun: true,
    lang: 'en',
  })
  const used = process.cpuUsage(cpu)
  const seconds = (performance.now() - started) / 1000
  console.log(
    `${report.events.length} events, ${extra} other venues: ${seconds.toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU`,
  )
  db.close()
}
