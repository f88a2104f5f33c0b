import { cpSync, mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest'
import { openDatabase } from '../../server/src/db/connection'
import { migrate, MIGRATIONS_DIR } from '../../server/src/db/migrate'
import { buildServerBundle, createDatabaseFile, runServerUntilExit } from '../support/server-process'

/** Each case starts a server process (about a second, more on a busy machine). */
const TIMEOUT = 30_000

let bundle: Awaited<ReturnType<typeof buildServerBundle>>
beforeAll(async () => {
  bundle = await buildServerBundle()
}, 60_000)
afterAll(() => bundle.remove())

let dir: string
let databasePath: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rcm-startup-'))
  databasePath = join(dir, 'calendar.sqlite')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A database migrated by a version of the calendar that has one more migration, `newer`. */
function migratedByANewerVersion(path: string, newer: string) {
  const migrations = join(dir, 'newer-migrations')
  cpSync(MIGRATIONS_DIR, migrations, { recursive: true })
  writeFileSync(join(migrations, newer), 'CREATE TABLE event_attachments (id INTEGER PRIMARY KEY);')
  const db = openDatabase(path)
  migrate(db, migrations)
  db.close()
}

/** Starts the server as `npm start` does; it must refuse with exit 1 and one line on stderr, nothing on stdout. */
async function refusal(env: Record<string, string> = {}): Promise<string> {
  const { code, stdout, stderr } = await runServerUntilExit(bundle.path, databasePath, env)
  expect({ code, stdout, lines: stderr.trimEnd().split('\n').length }).toEqual({ code: 1, stdout: '', lines: 1 })
  return stderr.trim()
}

test(
  'refuses a database written by a newer version, naming the migrations it does not know',
  async () => {
    migratedByANewerVersion(databasePath, '9001_from_the_future.sql')

    expect(await refusal()).toBe(
      `Cannot start: The database ${databasePath} comes from a newer version of the calendar: ` +
        'it has migrations this version does not know (9001_from_the_future.sql)',
    )
  },
  TIMEOUT,
)

test(
  'refuses a file that is not a SQLite database, and leaves it as it was',
  async () => {
    writeFileSync(databasePath, 'id,title\n1,Technical workshop\n')

    expect(await refusal()).toMatch(/^Cannot start: \S+calendar\.sqlite is not a SQLite database: restore a backup/)
    expect(statSync(databasePath).size).toBe(30)
  },
  TIMEOUT,
)

test(
  'refuses a database file cut short, and an empty one',
  async () => {
    createDatabaseFile(databasePath, 30)
    truncateSync(databasePath, Math.floor(statSync(databasePath).size / 2))

    expect(await refusal()).toMatch(
      /^Cannot start: \S+calendar\.sqlite is damaged or cut short \(.+\): restore a backup/,
    )

    truncateSync(databasePath, 0)
    expect(await refusal()).toMatch(/^Cannot start: \S+calendar\.sqlite is empty \(0 bytes\)/)
  },
  TIMEOUT,
)

test(
  'refuses an ADMIN_PASSWORD that breaks a rule, naming the rule (each rule: tests/unit/first-admin.test.ts)',
  async () => {
    expect(await refusal({ ADMIN_EMAIL: 'maria.lopez@example.org', ADMIN_PASSWORD: 'Maria.Lopez-2026!' })).toBe(
      `Cannot start: ADMIN_PASSWORD may not contain the e-mail's name ("maria.lopez" of ADMIN_EMAIL maria.lopez@example.org)`,
    )
  },
  TIMEOUT,
)

test(
  'refuses an EMBED_ORIGINS entry that is not an origin, naming it',
  async () => {
    expect(await refusal({ EMBED_ORIGINS: 'https://www.crmsv.org, crmsv.org/calendar' })).toBe(
      'Cannot start: EMBED_ORIGINS: "crmsv.org/calendar" is not an origin; ' +
        'write scheme://host[:port], e.g. https://www.example.org, separated by commas',
    )
  },
  TIMEOUT,
)
