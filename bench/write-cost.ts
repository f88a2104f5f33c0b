/**
 * What one event update writes: the WAL bytes each of N updates adds, through
 * the app's own service, on a copy of a benchmark database (automatic
 * checkpoints off, so the WAL only grows). Every page written is a page the
 * commit must fsync and a checkpoint must copy later.
 *
 *   npx tsx bench/write-cost.ts /tmp/rcm-bench/events-100000-….sqlite [N]
 */
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SYSTEM_ACTOR } from '../server/src/actor'
import { openDatabase } from '../server/src/db/connection'
import { getEvent, updateEvent } from '../server/src/events/events.service'

const [source, countArg] = process.argv.slice(2)
if (!source) {
  console.error('usage: npx tsx bench/write-cost.ts DATABASE [N]')
  process.exit(1)
}
const count = Number(countArg ?? 1500)
const dir = mkdtempSync(join(tmpdir(), 'rcm-write-cost-'))
const path = join(dir, 'copy.sqlite')
copyFileSync(source, path)
const db = openDatabase(path)
db.pragma('wal_autocheckpoint = 0')
const walBytes = () => {
  try {
    return statSync(`${path}-wal`).size
  } catch {
    return 0
  }
}
const events = Number(db.prepare('SELECT max(id) FROM events').pluck().get())
const added: number[] = []
for (let index = 0; index < count; index++) {
  // A prime stride: every update touches another event, spread over the table.
  const event = getEvent(db, 1 + ((index * 7919) % events))
  const before = walBytes()
  updateEvent(db, SYSTEM_ACTOR, event.id, { ...event, title: { ...event.title, en: `${event.title.en} ·` } })
  added.push(walBytes() - before)
}
db.close()
rmSync(dir, { recursive: true, force: true })

const sorted = [...added].sort((a, b) => a - b)
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`
const at = (share: number) => kb(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0)
const merges = added.filter((bytes) => bytes > 500_000).length
console.log(
  `${count} title edits: WAL bytes per update p50 ${at(0.5)}, p95 ${at(0.95)}, p99 ${at(0.99)}, ` +
    `max ${kb(sorted.at(-1) ?? 0)}; over 500 KB (a full-text merge): ${merges}`,
)
