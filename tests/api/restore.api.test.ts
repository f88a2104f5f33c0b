import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { SYSTEM_ACTOR } from '../../server/src/actor'
import { openDatabase, type Db } from '../../server/src/db/connection'
import { migrate, MIGRATIONS_DIR } from '../../server/src/db/migrate'
import { restoreDatabase, RestoreRefused } from '../../server/src/db/restore'
import { holdRunningLock } from '../../server/src/db/running-lock'
import { eventsRepository } from '../../server/src/events/events.repository'
import { createEvent } from '../../server/src/events/events.service'
import { EventInputSchema } from '@rcm/shared'
import { buildEvent } from '../support/builders'
import { runNpmScript } from '../support/server-process'
import { createTestDb } from '../support/test-db'

let dir: string
let target: string
let backup: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rcm-restore-'))
  target = join(dir, 'data', 'calendar.sqlite')
  backup = join(dir, 'backups', 'calendar-2026-11-26.sqlite')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const NOW = new Date('2026-11-26T10:15:00.000Z')
const ASIDE = 'calendar.sqlite.before-restore-2026-11-26T10-15-00-000Z'

function addEvents(db: Db, cities: string[]): void {
  for (const city of cities)
    createEvent(db, SYSTEM_ACTOR, EventInputSchema.parse(buildEvent({ city })), { status: 'draft' })
}

/** A calendar database at `path` holding one event per city, closed cleanly. */
function calendarFile(path: string, cities: string[]): void {
  const db = createTestDb(path)
  addEvents(db, cities)
  db.close()
}

const citiesIn = (path: string) => {
  const db = openDatabase(path)
  try {
    return eventsRepository.findAll(db).map((event) => event.city)
  } finally {
    db.close()
  }
}

/**
 * The target as a crashed server leaves it: commits that are only in its
 * -wal, and the -shm. The files are copied while the connection is still
 * open, since a clean close folds the WAL back into the database.
 */
function crashedTarget(cities: string[], walCities: string[]): void {
  const live = createTestDb(target)
  addEvents(live, cities)
  live.pragma('wal_checkpoint(TRUNCATE)')
  live.pragma('wal_autocheckpoint = 0')
  addEvents(live, walCities)
  const crashed = join(dir, 'crashed')
  for (const suffix of ['', '-wal', '-shm']) cpSync(`${target}${suffix}`, `${crashed}${suffix}`)
  live.close()
  for (const suffix of ['', '-wal', '-shm']) cpSync(`${crashed}${suffix}`, `${target}${suffix}`)
}

test('puts the backup in place and moves the database, its -wal and -shm aside, never deleting them', () => {
  calendarFile(backup, ['Lima'])
  crashedTarget(['Quito'], ['Managua'])
  const before = Object.fromEntries(['', '-wal', '-shm'].map((suffix) => [suffix, readFileSync(`${target}${suffix}`)]))
  expect(statSync(`${target}-wal`).size).toBeGreaterThan(0)

  const result = restoreDatabase(backup, target, { now: NOW })

  const aside = join(dir, 'data', ASIDE)
  expect(result.movedAside).toEqual([
    { from: target, to: aside },
    { from: `${target}-wal`, to: `${aside}-wal` },
    { from: `${target}-shm`, to: `${aside}-shm` },
  ])
  for (const suffix of ['', '-wal', '-shm'])
    expect(readFileSync(`${aside}${suffix}`).equals(before[suffix]!)).toBe(true)
  // The old WAL is not replayed into the restored file, and the old database, with its WAL, is still readable.
  expect(citiesIn(target)).toEqual(['Lima'])
  expect(citiesIn(aside)).toEqual(['Quito', 'Managua'])
  expect(readdirSync(join(dir, 'data')).filter((name) => name.includes('restoring'))).toEqual([])
})

test('restores where no database is yet, and an older backup that start-up migrates', () => {
  const older = join(dir, 'older-migrations')
  cpSync(MIGRATIONS_DIR, older, { recursive: true })
  const newest = readdirSync(older)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .at(-1)!
  rmSync(join(older, newest))
  const db = openDatabase(backup)
  migrate(db, older)
  db.close()

  expect(restoreDatabase(backup, target, { now: NOW }).movedAside).toEqual([])

  const restored = openDatabase(target)
  expect(migrate(restored)).toEqual([newest])
  restored.close()
})

/** Each refusal leaves the target exactly as it was, and no copy behind (the lock's marker file may appear). */
function expectRefused(reason: RegExp | string) {
  const files = () =>
    readdirSync(join(dir, 'data'))
      .filter((name) => !name.endsWith('.lock'))
      .sort()
  const listed = files()
  const content = readFileSync(target)
  let refusal: unknown
  try {
    restoreDatabase(backup, target, { now: NOW })
  } catch (error) {
    refusal = error
  }
  expect(refusal).toBeInstanceOf(RestoreRefused)
  expect(refusal instanceof Error ? refusal.message : '').toMatch(reason)
  expect(files()).toEqual(listed)
  expect(readFileSync(target).equals(content)).toBe(true)
}

test('refuses a backup that is missing, not a SQLite database, cut short, or not the calendar', () => {
  calendarFile(target, ['Quito'])

  expectRefused(`No backup file at ${backup}`)

  cpSync(target, backup)
  writeFileSync(backup, 'not a database, just text')
  expectRefused(`${backup} is not a SQLite database`)

  calendarFile(
    join(dir, 'full.sqlite'),
    Array.from({ length: 30 }, (_, i) => `City ${i}`),
  )
  cpSync(join(dir, 'full.sqlite'), backup)
  truncateSync(backup, Math.floor(statSync(backup).size / 2))
  expectRefused(new RegExp(`^${backup} cannot be read as a database: database disk image is malformed`))

  rmSync(backup)
  const other = openDatabase(backup)
  other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY)')
  other.close()
  expectRefused(`${backup} is a SQLite database but not the calendar's (no schema_migrations)`)
})

test('refuses a backup made by a newer version of the calendar', () => {
  calendarFile(target, ['Quito'])
  const newer = join(dir, 'newer-migrations')
  cpSync(MIGRATIONS_DIR, newer, { recursive: true })
  writeFileSync(join(newer, '9001_from_the_future.sql'), 'CREATE TABLE event_attachments (id INTEGER PRIMARY KEY);')
  const db = openDatabase(backup)
  migrate(db, newer)
  db.close()

  expectRefused(
    `${backup} comes from a newer version of the calendar: it has migrations this version does not know (9001_from_the_future.sql)`,
  )
})

test('refuses a live database with its -wal beside it, and a target the calendar is running on', () => {
  calendarFile(target, ['Quito'])
  calendarFile(backup, ['Lima'])
  writeFileSync(`${backup}-wal`, 'frames')
  expectRefused(
    `${backup} has a -wal file beside it: it is a live database, not a backup; take one with npm run backup`,
  )
  rmSync(`${backup}-wal`)

  const running = holdRunningLock(target)
  expectRefused(`The calendar is running on ${target}: stop it first`)
  running.release()
  expect(restoreDatabase(backup, target, { now: NOW }).movedAside).toHaveLength(1)
  expect(existsSync(`${target}.lock`)).toBe(true)
})

test('npm run restore answers 2 to bad usage and 1 with one line to a refusal', async () => {
  calendarFile(target, ['Quito'])
  const env = { DATABASE_PATH: target }
  const [usage, refused] = await Promise.all([
    runNpmScript('restore', [], env),
    runNpmScript('restore', [join(dir, 'nothing.sqlite')], env),
  ])

  expect(usage).toMatchObject({
    code: 2,
    stdout: '',
    stderr: expect.stringMatching(/^Usage: npm run restore -- BACKUP\.sqlite\n/),
  })
  expect(refused).toEqual({
    code: 1,
    stdout: '',
    stderr: `Not restored: No backup file at ${join(dir, 'nothing.sqlite')}\n`,
  })
}, 60_000)
