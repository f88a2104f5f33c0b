import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { openDatabase, type Db } from '../../server/src/db/connection'
import { migrate, MigrationError } from '../../server/src/db/migrate'

let dir: string
let db: Db
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rcm-migrations-'))
  db = openDatabase(':memory:')
})
afterEach(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

const tables = () => db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all()
const recorded = () => db.prepare('SELECT name FROM schema_migrations ORDER BY name').pluck().all()

test('applies the numbered files in order, each once', () => {
  writeFileSync(join(dir, '0002_add_column.sql'), 'ALTER TABLE things ADD COLUMN colour TEXT;')
  writeFileSync(join(dir, '0001_things.sql'), 'CREATE TABLE things (id INTEGER PRIMARY KEY);')
  writeFileSync(join(dir, 'README.md'), 'not a migration')

  expect(migrate(db, dir)).toEqual(['0001_things.sql', '0002_add_column.sql'])
  expect(migrate(db, dir)).toEqual([])
  expect(recorded()).toEqual(['0001_things.sql', '0002_add_column.sql'])
  expect(db.prepare('SELECT colour FROM things').all()).toEqual([])
})

test('applies only the files added since the last run', () => {
  writeFileSync(join(dir, '0001_things.sql'), 'CREATE TABLE things (id INTEGER PRIMARY KEY);')
  migrate(db, dir)
  writeFileSync(join(dir, '0002_more.sql'), 'CREATE TABLE more_things (id INTEGER PRIMARY KEY);')

  expect(migrate(db, dir)).toEqual(['0002_more.sql'])
})

test('a failing migration is rolled back, leaves the database as it was, and names the file', () => {
  writeFileSync(join(dir, '0001_things.sql'), 'CREATE TABLE things (id INTEGER PRIMARY KEY);')
  writeFileSync(
    join(dir, '0002_broken.sql'),
    'CREATE TABLE half_done (id INTEGER);\nINSERT INTO missing_table VALUES (1);',
  )
  writeFileSync(join(dir, '0003_later.sql'), 'CREATE TABLE later (id INTEGER);')

  expect(() => migrate(db, dir)).toThrow(MigrationError)
  expect(() => migrate(db, dir)).toThrow(/0002_broken\.sql.*missing_table/)
  expect(tables()).toEqual(['schema_migrations', 'things'])
  expect(recorded()).toEqual(['0001_things.sql'])

  writeFileSync(join(dir, '0002_broken.sql'), 'CREATE TABLE half_done (id INTEGER);')
  expect(migrate(db, dir)).toEqual(['0002_broken.sql', '0003_later.sql'])
})

test('the project migrations apply to a new database and again to nothing', () => {
  expect(migrate(db)).toContain('0001_initial.sql')
  expect(migrate(db)).toEqual([])
  expect(tables()).toEqual(
    expect.arrayContaining(['events', 'venues', 'institutions', 'event_institutions', 'events_fts']),
  )
})

test('refuses a database that has a migration this code does not, before applying anything', () => {
  writeFileSync(join(dir, '0001_things.sql'), 'CREATE TABLE things (id INTEGER PRIMARY KEY);')
  writeFileSync(join(dir, '0002_colours.sql'), 'CREATE TABLE colours (id INTEGER PRIMARY KEY);')
  migrate(db, dir)
  rmSync(join(dir, '0002_colours.sql'))
  writeFileSync(join(dir, '0003_later.sql'), 'CREATE TABLE later (id INTEGER);')

  expect(() => migrate(db, dir)).toThrow(
    'The database :memory: comes from a newer version of the calendar: it has migrations this version does not know (0002_colours.sql)',
  )
  expect(tables()).toEqual(['colours', 'schema_migrations', 'things'])
})
