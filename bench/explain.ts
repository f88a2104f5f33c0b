/**
 * EXPLAIN QUERY PLAN and the time of each query the events list runs, and of
 * candidate rewrites, on a benchmark database (read-only):
 *
 *   npx tsx bench/explain.ts /tmp/rcm-bench/events-100000-g1-….sqlite [deep offset]
 */
import Database from 'better-sqlite3'

const [path, offsetArg] = process.argv.slice(2)
if (path === undefined) {
  console.error('usage: explain DATABASE [OFFSET]')
  process.exit(2)
}
const db = new Database(path, { readonly: true })
const offset = Number(offsetArg ?? 50_000)

function time(label: string, sql: string, params: Record<string, unknown>) {
  const statement = db.prepare(sql)
  const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>)
    .map((row) => row.detail)
    .join(' | ')
  let runs = 0
  let rows = 0
  const started = performance.now()
  while (performance.now() - started < 1000 || runs < 3) {
    rows = statement.all(params).length
    runs++
  }
  const ms = (performance.now() - started) / runs
  console.log(`${ms.toFixed(2).padStart(8)} ms  ${label} (${rows} rows)\n            ${plan}`)
}

const STATUS_JSON = 'e.status IN (SELECT value FROM json_each(@statuses))'
const FTS = 'e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH @q)'
const ORDER = 'ORDER BY e.start_date ASC NULLS LAST, e.id ASC'
const statuses = JSON.stringify(['published'])
const common = '"migración"*'
const rare = '"quetzaltenango"*'

console.log('List, status filter (as the app sends it: json_each)')
time('count, json_each (app)', `SELECT count(*) FROM events e WHERE ${STATUS_JSON}`, { statuses })
time('count, status = ?', 'SELECT count(*) FROM events e WHERE e.status = @status', { status: 'published' })
time('page 1 ids, json_each (app)', `SELECT e.id FROM events e WHERE ${STATUS_JSON} ${ORDER} LIMIT 25`, { statuses })
time('page 1 ids, status = ?', `SELECT e.id FROM events e WHERE e.status = @status ${ORDER} LIMIT 25`, {
  status: 'published',
})
time(
  `deep ids (offset ${offset}), json_each (app)`,
  `SELECT e.id FROM events e WHERE ${STATUS_JSON} ${ORDER} LIMIT 25 OFFSET @offset`,
  { statuses, offset },
)
time(
  `deep ids (offset ${offset}), status = ?`,
  `SELECT e.id FROM events e WHERE e.status = @status ${ORDER} LIMIT 25 OFFSET @offset`,
  { status: 'published', offset },
)

for (const [word, q] of [
  ['common', common],
  ['rare', rare],
] as const) {
  console.log(`\nSearch, ${word} word ${q}, + status`)
  time('FTS alone, count', 'SELECT count(*) FROM events_fts WHERE events_fts MATCH @q', { q })
  time('count (app)', `SELECT count(*) FROM events e WHERE ${FTS} AND ${STATUS_JSON}`, { q, statuses })
  time(
    'count, +e.id (status index drives, FTS set probed)',
    `SELECT count(*) FROM events e WHERE +${FTS} AND e.status = @status`,
    { q, status: 'published' },
  )
  time('page 1 ids (app)', `SELECT e.id FROM events e WHERE ${FTS} AND ${STATUS_JSON} ${ORDER} LIMIT 25`, {
    q,
    statuses,
  })
  time(
    'page 1 ids, +e.id (status index in order)',
    `SELECT e.id FROM events e WHERE +${FTS} AND e.status = @status ${ORDER} LIMIT 25`,
    { q, status: 'published' },
  )
}
