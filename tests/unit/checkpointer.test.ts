import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startCheckpointer } from '../../server/src/db/checkpointer'
import { openDatabase, type Db } from '../../server/src/db/connection'

let dir: string
let path: string
let db: Db
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rcm-checkpointer-'))
  path = join(dir, 'calendar.sqlite')
  db = openDatabase(path)
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)')
})
afterEach(() => {
  if (db.open) db.close()
  rmSync(dir, { recursive: true, force: true })
})

const PAGE = 4096
const databaseBytes = () => statSync(path).size

async function eventually(check: () => boolean, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (check()) return true
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return check()
}

test('copies committed writes into the database file in the background, and stops', async () => {
  const checkpointer = startCheckpointer(db, path, 20)
  const before = databaseBytes()
  const insert = db.prepare('INSERT INTO notes (body) VALUES (?)')
  // 300 commits of a page each: below the fallback threshold, so no commit checkpoints by itself.
  for (let index = 0; index < 300; index++) insert.run('x'.repeat(PAGE))

  expect(await eventually(() => databaseBytes() >= before + 300 * PAGE)).toBe(true)
  await checkpointer.stop()
  db.close()

  // What the worker copied is readable by a new connection after everything closed.
  const reopened = openDatabase(path)
  expect(reopened.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(300)
  reopened.close()
})

test('a commit leaves the checkpoint to it, past SQLite’s own threshold of 1,000 pages', async () => {
  const checkpointer = startCheckpointer(db, path, 60_000)
  const before = databaseBytes()
  const insert = db.prepare('INSERT INTO notes (body) VALUES (?)')
  for (let index = 0; index < 1_200; index++) insert.run('x'.repeat(PAGE))

  expect(databaseBytes()).toBe(before)
  await checkpointer.stop()
})
