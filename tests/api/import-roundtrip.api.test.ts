import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { openDatabase } from '../../server/src/db/connection'
import { eventsRepository } from '../../server/src/events/events.repository'
import { startTestApi, type TestApi } from '../support/api'
import { feedOfDatabase, fillSourceCalendar, runImport, SITE_URL } from './import-roundtrip-helpers'
import { feedText } from './public-helpers'

const TIMEOUT = 60_000

let source: TestApi
let dir: string
beforeEach(async () => {
  source = await startTestApi({ publicSiteUrl: SITE_URL })
  fillSourceCalendar(source)
  dir = mkdtempSync(join(tmpdir(), 'rcm-roundtrip-'))
})
afterEach(async () => {
  await source.close()
  rmSync(dir, { recursive: true, force: true })
})

const FEEDS = { json: 'events.json', csv: 'events.csv' } as const

function writeExport(name: string, text: string): string {
  const file = join(dir, name)
  writeFileSync(file, text)
  return file
}

function countEvents(path: string): number {
  const db = openDatabase(path)
  try {
    return eventsRepository.findAll(db).length
  } finally {
    db.close()
  }
}

test.each(['json', 'csv'] as const)(
  '%s: export, import into an empty database, export again gives the same bytes; importing again changes nothing',
  async (format) => {
    const exported = await feedText(source, FEEDS[format])
    expect(exported).toContain('Hotel Panamá, Salón Bolívar')
    const file = writeExport(`events.${format}`, exported)
    const databasePath = join(dir, 'copy.sqlite')

    const first = await runImport(databasePath, file, '--format', format, '--status', 'published')

    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(first.stdout).toContain('11 event(s) read: 11 created, 0 updated, 0 unchanged, 0 not imported.')
    expect(await feedOfDatabase(databasePath, FEEDS[format])).toBe(exported)

    const second = await runImport(databasePath, file, '--format', format, '--status', 'published')

    expect(second.code).toBe(0)
    expect(second.stdout).toContain('11 event(s) read: 0 created, 0 updated, 11 unchanged, 0 not imported.')
    expect(countEvents(databasePath)).toBe(11)
    expect(await feedOfDatabase(databasePath, FEEDS[format])).toBe(exported)
  },
  TIMEOUT,
)

test(
  'importing an export back into the calendar it came from matches its own events instead of copying them',
  async () => {
    const exported = await feedText(source, 'events.json')
    const before = eventsRepository.findAll(source.db).length

    const response = await source
      .as('reviewer')
      .send('POST', '/api/import', { format: 'json', content: exported, dryRun: false })

    expect(response.status).toBe(200)
    const report = response.body as { events: Array<{ action: string }> }
    expect(report.events.map((event) => event.action)).toEqual(Array(11).fill('unchanged'))
    expect(eventsRepository.findAll(source.db)).toHaveLength(before)
  },
  TIMEOUT,
)

test(
  'a dry run prints what would change and writes nothing, not even the database file',
  async () => {
    const file = writeExport('events.csv', await feedText(source, 'events.csv'))
    const databasePath = join(dir, 'dry.sqlite')

    const dry = await runImport(databasePath, file, '--format', 'csv', '--dry-run')

    expect(dry.code).toBe(0)
    expect(dry.stdout).toMatch(
      /^would be created "II Forum of Champion Countries of the Americas" \(id 1 in the file\): draft/m,
    )
    expect(dry.stdout).toContain(
      '11 event(s) read: 11 created, 0 updated, 0 unchanged, 0 not imported. Dry run: nothing was written.',
    )
    expect(existsSync(databasePath)).toBe(false)

    await runImport(databasePath, file, '--format', 'csv')
    const edited = (await feedText(source, 'events.csv')).replaceAll('Vía España 111, piso 2', 'Vía España 112')
    const dryUpdate = await runImport(databasePath, writeExport('edited.csv', edited), '--format', 'csv', '--dry-run')

    expect(dryUpdate.stdout).toContain(
      '11 event(s) read: 0 created, 2 updated, 9 unchanged, 0 not imported. Dry run: nothing was written.',
    )
    expect(dryUpdate.stdout).toMatch(/^would be updated #\d+ "=SUM\(A1\)"/m)
    expect(countEvents(databasePath)).toBe(11)
  },
  TIMEOUT,
)

test(
  'a file that is not an export is refused with a clear message and exit 1; bad usage is exit 2',
  async () => {
    const databasePath = join(dir, 'refused.sqlite')
    const notAnExport = writeExport('other.csv', 'name,city\r\nForum,Lima\r\n')
    const notJson = writeExport('broken.json', '[{"id": 1,')

    const refusedCsv = await runImport(databasePath, notAnExport, '--format', 'csv')
    const refusedJson = await runImport(databasePath, notJson, '--format', 'json')
    const badUsage = await runImport(databasePath, notJson, '--format', 'json', '--lang', 'es')

    expect(refusedCsv.code).toBe(1)
    expect(refusedCsv.stderr).toContain('This CSV is not an export of the calendar')
    expect(refusedJson.code).toBe(1)
    expect(refusedJson.stderr).toContain('This is not JSON')
    expect(badUsage.code).toBe(2)
    expect(badUsage.stderr).toContain('--lang is for --format legacy-page')
  },
  TIMEOUT,
)

test(
  'an event that cannot be read is reported with its line and the others are imported, exit 1',
  async () => {
    const exported = await feedText(source, 'events.csv')
    const broken = exported.replace(/\r\n1,/, '\r\n1,not-a-date-column,')
    const databasePath = join(dir, 'partial.sqlite')

    const result = await runImport(databasePath, writeExport('broken.csv', broken), '--format', 'csv')

    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^not imported \(line \d+\) \(id 1 in the file\) .*: it has 32 cells, not 31$/m)
    expect(result.stdout).toContain('10 created, 0 updated, 0 unchanged, 1 not imported')
    expect(countEvents(databasePath)).toBe(10)
  },
  TIMEOUT,
)
