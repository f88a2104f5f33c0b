import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AuditEntry } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { SYSTEM_ACTOR } from '../../server/src/actor'
import { recordAudit, verifyAuditChain } from '../../server/src/audit-log/audit-log.service'
import { openDatabase } from '../../server/src/db/connection'
import { migrate } from '../../server/src/db/migrate'
import { startTestApi, type TestApi } from '../support/api'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const list = async (filter: object) =>
  (await api.request(`/api/audit-log?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=["id","ASC"]`))
    .body as AuditEntry[]

test('lists entries for admins only, filtered by user, action and date', async () => {
  const editor = api.as('editor')
  const venue = api.insertVenue()
  await editor.send('DELETE', `/api/venues/${venue.id}`)
  recordAudit(api.db, SYSTEM_ACTOR, 'import', null, { created: 1 }, new Date('2020-01-02T10:00:00Z'))

  expect((await editor.request('/api/audit-log')).status).toBe(403)
  expect((await api.as('reviewer').request('/api/audit-log')).status).toBe(403)
  expect(await list({ userId: editor.user?.id })).toEqual([
    expect.objectContaining({
      action: 'venues.delete',
      targetType: 'venues',
      targetId: venue.id,
      userId: editor.user?.id,
    }),
  ])
  expect((await list({ action: 'import' })).map((entry) => entry.details)).toEqual([{ created: 1 }])
  expect(
    (await list({ createdAt_gte: '2020-01-01', createdAt_lte: '2020-01-02' })).map((entry) => entry.action),
  ).toEqual(['import'])
  expect((await api.request('/api/audit-log?filter={"createdAt_gte":"soon"}')).status).toBe(400)
})

test('is read-only over HTTP (405) and append-only in the database', async () => {
  recordAudit(api.db, SYSTEM_ACTOR, 'import', null, {})
  const [entry] = await list({})

  expect((await api.send('POST', '/api/audit-log', {})).status).toBe(405)
  expect((await api.send('PUT', `/api/audit-log/${entry?.id}`, {})).status).toBe(405)
  expect((await api.send('DELETE', `/api/audit-log/${entry?.id}`)).status).toBe(405)
  expect(() => api.db.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/append-only/)
  expect(() => api.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/)
})

test('chains every entry to the one before, and the chain verifies', async () => {
  for (let n = 0; n < 5; n++) recordAudit(api.db, SYSTEM_ACTOR, 'import', null, { n })

  const entries = await list({})

  expect(verifyAuditChain(api.db)).toEqual({ isIntact: true, count: 5 })
  expect(new Set(entries.map((entry) => entry.hash)).size).toBe(5)
})

test('detects an entry edited behind the app’s back, naming the first broken entry', () => {
  for (let n = 0; n < 4; n++) recordAudit(api.db, SYSTEM_ACTOR, 'import', null, { n })
  api.db.exec('DROP TRIGGER audit_log_no_update')

  api.db.prepare('UPDATE audit_log SET details = \'{"n":99}\' WHERE id = 2').run()

  expect(verifyAuditChain(api.db)).toMatchObject({ isIntact: false, brokenId: 2 })
})

test('detects a deleted entry and a rehashed one that no longer links', () => {
  for (let n = 0; n < 4; n++) recordAudit(api.db, SYSTEM_ACTOR, 'import', null, { n })
  api.db.exec('DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_no_update')

  api.db.prepare('DELETE FROM audit_log WHERE id = 3').run()
  expect(verifyAuditChain(api.db)).toMatchObject({ isIntact: false, brokenId: 4 })
  // A different first character whatever the hash was (one in 16 already starts with "f").
  api.db
    .prepare(
      "UPDATE audit_log SET hash = (CASE WHEN substr(hash, 1, 1) = 'f' THEN '0' ELSE 'f' END) || substr(hash, 2) WHERE id = 1",
    )
    .run()
  expect(verifyAuditChain(api.db)).toMatchObject({ isIntact: false, brokenId: 1 })
})

// Two runs of the command, each starting TypeScript: seconds on a busy machine.
test('npm run audit:verify exits 0 on an intact log and 1 naming the first broken entry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rcm-audit-'))
  const path = join(dir, 'calendar.sqlite')
  try {
    const db = openDatabase(path)
    migrate(db)
    for (let n = 0; n < 3; n++) recordAudit(db, SYSTEM_ACTOR, 'import', null, { n })
    db.close()
    const run = () =>
      spawnSync(process.execPath, ['--import', 'tsx', 'server/src/cli/audit-verify.ts'], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_PATH: path },
        encoding: 'utf8',
      })

    const intact = run()
    const tamper = openDatabase(path)
    tamper.exec('DROP TRIGGER audit_log_no_update; UPDATE audit_log SET user_id = 7 WHERE id = 2')
    tamper.close()
    const broken = run()

    expect([intact.status, intact.stdout]).toEqual([0, expect.stringContaining('intact: 3 entries')])
    expect([broken.status, broken.stderr]).toEqual([1, expect.stringContaining('entry 2')])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 30_000)

test('records an import with its counts and the events it touched; a dry run records nothing', async () => {
  const { importLegacyPage } = await import('../../server/src/import/import-events')
  const { readFileSync } = await import('node:fs')
  const { LEGACY_PAGE_EN } = await import('../support/legacy-page-events')
  const page = readFileSync(LEGACY_PAGE_EN, 'utf8')

  importLegacyPage(api.db, SYSTEM_ACTOR, page, { lang: 'en', status: 'draft', dryRun: true })
  importLegacyPage(api.db, SYSTEM_ACTOR, page, { lang: 'en', status: 'draft', dryRun: false })

  expect(await list({ action: 'import' })).toEqual([
    expect.objectContaining({
      userId: null,
      details: expect.objectContaining({ created: 10, updated: 0, failed: 0, eventIds: expect.any(Array) }),
    }),
  ])
})

test('records deletions of events and institutions with who did them', async () => {
  const reviewer = api.as('reviewer')
  const event = api.insertEvent()
  const institution = api.insertInstitution()

  await reviewer.send('DELETE', `/api/events/${event.id}`)
  await reviewer.send('DELETE', `/api/institutions/${institution.id}`)

  expect((await list({ userId: reviewer.user?.id })).map((entry) => [entry.action, entry.targetId])).toEqual([
    ['events.delete', event.id],
    ['institutions.delete', institution.id],
  ])
})
