import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { MAX_PAGE_SIZE, type Event } from '@rcm/shared'
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest'
import { eventsRepository } from '../../server/src/events/events.repository'
import { startTestApi } from '../support/api'
import { buildEvent } from '../support/builders'
import {
  buildServerBundle,
  callApi,
  createDatabaseFile,
  runNpmScript,
  startServerProcess,
  type ServerProcess,
} from '../support/server-process'

let bundle: Awaited<ReturnType<typeof buildServerBundle>>
beforeAll(async () => {
  bundle = await buildServerBundle()
}, 60_000)
afterAll(() => bundle.remove())

let dir: string
let databasePath: string
const running = new Set<ServerProcess>()
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rcm-durability-'))
  databasePath = join(dir, 'calendar.sqlite')
})
afterEach(async () => {
  await Promise.all([...running].map((server) => server.kill()))
  running.clear()
  rmSync(dir, { recursive: true, force: true })
})

async function start(path = databasePath): Promise<ServerProcess> {
  const server = await startServerProcess(bundle.path, path)
  running.add(server)
  return server
}

async function kill(server: ServerProcess): Promise<void> {
  await server.kill()
  running.delete(server)
}

/** Mulberry32: the kill moments are random but the same on every run, so a failure can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** SQLite's own check of every page and index of the file, through a connection of its own. */
function integrityOf(path: string): string[] {
  const db = new Database(path, { readonly: true })
  try {
    return db.prepare('PRAGMA integrity_check').pluck().all().map(String)
  } finally {
    db.close()
  }
}

/** The ids of the events in the database file at `path`, read without writing beside it. */
function idsIn(path: string): number[] {
  const db = new Database(path, { readonly: true })
  try {
    return eventsRepository.findAll(db).map((event) => event.id)
  } finally {
    db.close()
  }
}

/** Every event the server has, by id, read through the list API a page at a time. */
async function eventsOn(server: ServerProcess, cookie: string): Promise<Map<number, Event>> {
  const found = new Map<number, Event>()
  for (let start = 0; ; start += MAX_PAGE_SIZE) {
    const range = encodeURIComponent(JSON.stringify([start, start + MAX_PAGE_SIZE - 1]))
    const sort = encodeURIComponent(JSON.stringify(['id', 'ASC']))
    const page = await callApi(server.url, cookie, 'GET', `/api/events?sort=${sort}&range=${range}`)
    expect(page.status).toBe(200)
    const events = page.body as Event[]
    for (const event of events) found.set(event.id, event)
    if (events.length < MAX_PAGE_SIZE) return found
  }
}

/** What the server acknowledged: events it answered 201 to, and per updated event the last version it answered 200 with. */
interface Acknowledged {
  created: Map<number, string>
  updated: Map<number, { version: number; city: string }>
}

/**
 * Writers saving at once until `stop()`: half create events, half update
 * their own event again and again. A write counts only once its answer has
 * arrived; one cut off by a kill may or may not have been committed.
 */
function startWriters(server: ServerProcess, cookie: string, ownEvents: Event[], acknowledged: Acknowledged) {
  let isStopped = false
  let count = 0
  const creator = async (writer: number) => {
    for (let n = 0; !isStopped; n++) {
      const title = `Writer ${writer} event ${n} ${Date.now()}`
      const response = await callApi(
        server.url,
        cookie,
        'POST',
        '/api/events',
        buildEvent({ title: { en: title, es: title } }),
      )
      expect(response.status).toBe(201)
      acknowledged.created.set((response.body as Event).id, title)
      count++
    }
  }
  const updater = async (event: Event) => {
    let current = event
    for (let n = 0; !isStopped; n++) {
      const city = `${event.id}-${current.version}-${n}`
      const response = await callApi(server.url, cookie, 'PUT', `/api/events/${event.id}`, { ...current, city })
      expect(response.status).toBe(200)
      current = response.body as Event
      acknowledged.updated.set(event.id, { version: current.version, city })
      count++
    }
  }
  const cutOff = (error: unknown) => {
    // A request the kill cut off (connection reset or refused) was never acknowledged.
    if (!isStopped || !(error instanceof TypeError)) throw error
  }
  const done = Promise.all([
    ...[0, 1, 2].map((writer) => creator(writer).catch(cutOff)),
    ...ownEvents.map((event) => updater(event).catch(cutOff)),
  ])
  return {
    acknowledgedSoFar: () => count,
    async stop(before: () => Promise<void>) {
      isStopped = true
      await before()
      await done
    },
  }
}

/** Every acknowledged write is on `server`; an update cut off by a kill may have landed one version further. */
async function expectAcknowledgedWrites(server: ServerProcess, cookie: string, acknowledged: Acknowledged) {
  const events = await eventsOn(server, cookie)
  const missing = [...acknowledged.created].filter(([id, title]) => events.get(id)?.title.en !== title)
  expect(missing).toEqual([])
  for (const [id, last] of acknowledged.updated) {
    const event = events.get(id)
    expect(event && event.version - last.version).toBeOneOf([0, 1])
    if (event?.version === last.version) expect(event.city).toBe(last.city)
  }
}

test('keeps every acknowledged write and a sound file through 20 SIGKILLs under concurrent saves', async () => {
  const { cookie, eventIds } = createDatabaseFile(databasePath, 3)
  const random = seededRandom(20261126)
  const acknowledged: Acknowledged = { created: new Map(), updated: new Map() }
  const KILLS = 20
  for (let round = 0; round <= KILLS; round++) {
    const server = await start()
    await expectAcknowledgedWrites(server, cookie, acknowledged)
    expect(integrityOf(databasePath)).toEqual(['ok'])
    if (round === KILLS) break

    const own = await eventsOn(server, cookie)
    const writers = startWriters(
      server,
      cookie,
      eventIds.map((id) => own.get(id)!),
      acknowledged,
    )
    // A random moment: after 5 to 40 acknowledged writes, then 0 to 20 ms more.
    const after = 5 + Math.floor(random() * 36)
    const extraMs = Math.floor(random() * 21)
    while (writers.acknowledgedSoFar() < after) await new Promise((resolve) => setTimeout(resolve, 1))
    await new Promise((resolve) => setTimeout(resolve, extraMs))
    await writers.stop(() => kill(server))
  }
  const writes =
    acknowledged.created.size + [...acknowledged.updated.values()].reduce((sum, { version }) => sum + version - 1, 0)
  expect(writes).toBeGreaterThanOrEqual(200)
}, 180_000)

test('of two saves of one version at once, exactly one succeeds and the other gets 409 with the winner', async () => {
  const api = await startTestApi()
  try {
    for (let race = 0; race < 100; race++) {
      const event = api.insertEvent()
      const [first, second] = await Promise.all(
        ['Lima', 'Quito'].map((city) => api.send('PUT', `/api/events/${event.id}`, { ...event, city })),
      )
      const statuses = [first!.status, second!.status]
      expect(statuses.sort()).toEqual([200, 409])
      const winner = (first!.status === 200 ? first! : second!).body as Event
      const loser = (first!.status === 409 ? first! : second!).body as { current: Event }
      expect(winner.version).toBe(event.version + 1)
      expect(loser.current).toMatchObject({ version: winner.version, city: winner.city })
      const stored = await api.request(`/api/events/${event.id}`)
      expect(stored.body).toMatchObject({ version: winner.version, city: winner.city })
    }
  } finally {
    await api.close()
  }
}, 60_000)

test('a backup taken during saves restores, once the app is stopped, to a working app', async () => {
  const { cookie } = createDatabaseFile(databasePath)
  const backupPath = join(dir, 'backups', 'during-saves.sqlite')
  const acknowledged: Acknowledged = { created: new Map(), updated: new Map() }
  const server = await start()
  const writers = startWriters(server, cookie, [], acknowledged)
  while (writers.acknowledgedSoFar() < 20) await new Promise((resolve) => setTimeout(resolve, 5))
  const beforeBackup: Acknowledged = { created: new Map(acknowledged.created), updated: new Map() }

  const backup = await runNpmScript('backup', [backupPath], { DATABASE_PATH: databasePath })
  const savedDuringBackup = acknowledged.created.size - beforeBackup.created.size

  expect(backup).toMatchObject({ code: 0, stderr: '' })
  expect(savedDuringBackup).toBeGreaterThan(0)
  const refused = await runNpmScript('restore', [backupPath], { DATABASE_PATH: databasePath })
  expect(refused).toEqual({
    code: 1,
    stdout: '',
    stderr: `Not restored: The calendar is running on ${databasePath}: stop it first\n`,
  })

  // A crash, not a clean stop: the lock goes with the process, and a -wal is left behind.
  await writers.stop(() => kill(server))
  const savedAfterBackup = acknowledged.created.size - beforeBackup.created.size - savedDuringBackup
  expect(savedAfterBackup).toBeGreaterThan(0)
  const backupIds = idsIn(backupPath)
  // One self-contained file: even a look at it leaves no -wal or -shm beside it.
  expect(readdirSync(join(dir, 'backups'))).toEqual(['during-saves.sqlite'])
  const restored = await runNpmScript('restore', [backupPath], { DATABASE_PATH: databasePath })

  expect(restored).toMatchObject({ code: 0, stderr: '' })
  expect(restored.stdout).toContain(`Restored ${backupPath} to ${databasePath}`)
  expect(readdirSync(dir).filter((name) => name.includes('.before-restore-'))).toEqual(
    expect.arrayContaining([expect.stringMatching(/^calendar\.sqlite\.before-restore-[\dT-]+Z$/)]),
  )
  const again = await start()
  await expectAcknowledgedWrites(again, cookie, beforeBackup)
  // Exactly the backup: what was saved after it is in the file moved aside, not here.
  expect([...(await eventsOn(again, cookie)).keys()]).toEqual(backupIds)
  expect(integrityOf(databasePath)).toEqual(['ok'])
  const created = await callApi(again.url, cookie, 'POST', '/api/events', buildEvent({ city: 'Tegucigalpa' }))
  expect(created.status).toBe(201)
  const read = await callApi(again.url, cookie, 'GET', `/api/events/${(created.body as Event).id}`)
  expect(read.body).toMatchObject({ city: 'Tegucigalpa' })
}, 120_000)
