import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { openDatabase, type Db } from '../../server/src/db/connection'
import { cachedRead, writeUnseen } from '../../server/src/db/read-cache'

// Counts and search hits are kept until the data changes; these pin when a
// kept value is reused and when it is read again.

let dir: string
let db: Db
let computed: number
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rcm-read-cache-'))
  db = openDatabase(join(dir, 'calendar.sqlite'))
  db.exec('CREATE TABLE things (id INTEGER PRIMARY KEY); CREATE TABLE visits (id INTEGER PRIMARY KEY, at TEXT)')
  computed = 0
})
afterEach(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

const countThings = () =>
  cachedRead(db, 'count:things', () => {
    computed++
    return db.prepare('SELECT count(*) FROM things').pluck().get() as number
  })

test('a kept count is reused until a write, then read again', () => {
  expect(countThings()).toBe(0)
  expect(countThings()).toBe(0)
  expect(computed).toBe(1)

  db.prepare('INSERT INTO things DEFAULT VALUES').run()
  expect(countThings()).toBe(1)
  expect(computed).toBe(2)
})

test('a commit by another connection (the importer, a second server) is seen at once', () => {
  expect(countThings()).toBe(0)
  const other = openDatabase(join(dir, 'calendar.sqlite'))
  other.prepare('INSERT INTO things DEFAULT VALUES').run()
  other.close()

  expect(countThings()).toBe(1)
})

test('a write that no list reads (a session’s last-seen time) keeps what was kept; the next real write does not', () => {
  expect(countThings()).toBe(0)
  writeUnseen(db, () => db.prepare('INSERT INTO visits (at) VALUES (?)').run('2026-11-27T09:00:00Z'))
  expect(countThings()).toBe(0)
  expect(computed).toBe(1)

  db.prepare('INSERT INTO things DEFAULT VALUES').run()
  expect(countThings()).toBe(1)
  expect(computed).toBe(2)
})

test('nothing is kept inside a transaction, whose rollback would leave a wrong value', () => {
  expect(() =>
    db.transaction(() => {
      db.prepare('INSERT INTO things DEFAULT VALUES').run()
      expect(countThings()).toBe(1)
      throw new Error('roll back')
    })(),
  ).toThrow('roll back')

  expect(countThings()).toBe(0)
})
