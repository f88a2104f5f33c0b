import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { openDatabase } from '../../server/src/db/connection'
import { eventsRepository } from '../../server/src/events/events.repository'
import { institutionsRepository } from '../../server/src/institutions/institutions.repository'
import { LEGACY_PAGE_EN } from '../support/legacy-page-events'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const TIMEOUT = 60_000

let dir: string
let databasePath: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rcm-import-'))
  databasePath = join(dir, 'data', 'calendar.sqlite')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** `npm run import -- ...args` as a user runs it, against the database at `path`. */
function runImportOn(
  path: string,
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, DATABASE_PATH: path, SEED_DEMO: '1' }
    execFile(
      'npx',
      ['tsx', 'server/src/cli/import.ts', ...args],
      { cwd: ROOT, env, encoding: 'utf8' },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr })
      },
    )
  })
}
const runImport = (...args: string[]) => runImportOn(databasePath, ...args)

function readDatabase() {
  const db = openDatabase(databasePath)
  try {
    return { events: eventsRepository.findAll(db), institutions: institutionsRepository.findAll(db) }
  } finally {
    db.close()
  }
}

test(
  'imports the page into a new database as drafts, then updates the same events on a second run',
  async () => {
    const first = await runImport(LEGACY_PAGE_EN, '--format', 'legacy-page')

    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(first.stdout.match(/^created #\d+ ".+" \(draft\)$/gm)).toHaveLength(10)
    expect(first.stdout).toContain('created #1 "II Forum of Champion Countries of the Americas" (draft)')
    expect(first.stdout).toContain(
      '10 event(s) read: 10 created, 0 updated (0 without changes), 0 not imported, 0 warning(s).',
    )
    const afterFirst = readDatabase()
    expect(afterFirst.events).toHaveLength(10)
    expect(afterFirst.events.every((event) => event.status === 'draft')).toBe(true)

    const second = await runImport(LEGACY_PAGE_EN)

    expect(second.code).toBe(0)
    expect(second.stdout.match(/^updated #\d+ ".+" \(no changes\)$/gm)).toHaveLength(10)
    expect(second.stdout).toContain(
      '10 event(s) read: 0 created, 10 updated (10 without changes), 0 not imported, 0 warning(s).',
    )
    const afterSecond = readDatabase()
    expect(afterSecond.events.map((event) => [event.id, event.version])).toEqual(
      afterFirst.events.map((event) => [event.id, event.version]),
    )
    expect(afterSecond.institutions).toHaveLength(8)
    const iom = afterSecond.institutions.filter(
      (institution) => institution.acronym.en === 'IOM' || institution.acronym.es === 'OIM',
    )
    expect(iom).toHaveLength(1)
    const writtenAsOim = afterSecond.events.find(
      (event) => event.title.en === 'First Regional Forum on Communication on Migration',
    )
    expect(writtenAsOim?.institutionIds).toContain(iom[0]?.id)
  },
  TIMEOUT,
)

test(
  'writes nothing on a dry run, not even the database file',
  async () => {
    const result = await runImport(LEGACY_PAGE_EN, '--dry-run', '--status', 'published')

    expect(result.code).toBe(0)
    expect(result.stdout.match(/^would be created ".+" \(published\)$/gm)).toHaveLength(10)
    expect(result.stdout).toContain('Dry run: nothing was written.')
    expect(existsSync(databasePath)).toBe(false)
  },
  TIMEOUT,
)

test(
  'exits 1 and says why when an event cannot be imported, and prints what it could not read',
  async () => {
    const page = join(dir, 'page.txt')
    const bullets = Array.from({ length: 51 }, (_, n) => `  • Objective ${n + 1}`).join('\n')
    writeFileSync(
      page,
      [
        'Crowded event',
        'Ciudad',
        'Lima',
        'Acerca del evento',
        'Objectives:',
        bullets,
        '',
        'Fine event',
        'Ciudad',
        'Lima',
        'Teléfono',
        '2222-4444',
      ].join('\n'),
    )

    const result = await runImport(page, '--lang', 'en')

    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^not imported \(line 1\) "Crowded event": .*objectives\.0\.items/m)
    expect(result.stdout).toContain(
      'created #1 "Fine event" (draft)\n  line 62: phone "2222-4444" not read (international form expected, e.g. +506 88511009)',
    )
    expect(readDatabase().events.map((event) => event.title.en)).toEqual(['Fine event'])
  },
  TIMEOUT,
)

// Every bad command line is in tests/unit/import-args.test.ts; these check that the CLI turns them into exit 2.
test.each([
  [[], 'Name the file to import'],
  [['missing.txt'], 'No such file: missing.txt'],
  [[LEGACY_PAGE_EN, '--verbose'], "Unknown option '--verbose'"],
  [[LEGACY_PAGE_EN, '--format', 'json', '--lang', 'es'], '--lang is for --format legacy-page'],
])(
  'exits 2 on bad usage %j, with a message and the usage line, touching no database',
  async (args, message) => {
    const path = join(mkdtempSync(join(tmpdir(), 'rcm-import-usage-')), 'calendar.sqlite')
    const result = await runImportOn(path, ...args)

    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
    expect(result.stderr).toContain('Usage: npm run import -- FILE')
    expect(result.stdout).toBe('')
    expect(existsSync(path)).toBe(false)
    rmSync(dirname(path), { recursive: true, force: true })
  },
  TIMEOUT,
)
