import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Event } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { fileStore } from '../../server/src/files/file-store'
import { cleanUpFiles } from '../../server/src/files/files-cleanup'
import { startTestApi, type TestApi } from '../support/api'
import { runNpmScript } from '../support/server-process'
import { insertCompleteEvent } from '../support/workflow'
import { PDF, download, png, uploadedId } from './files-helpers'

let dir: string
let api: TestApi
let uploadsPath: string
let databasePath: string
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'files-backup-'))
  databasePath = join(dir, 'calendar.sqlite')
  // UPLOADS_PATH's default: `uploads` beside the database, as the commands find it.
  uploadsPath = join(dir, 'uploads')
  api = await startTestApi({ databasePath, files: { uploadsPath } })
}, 60_000)
afterEach(async () => {
  await api.close()
  rmSync(dir, { recursive: true, force: true })
})

const document = (fileId: number, en: string) => ({
  fileId,
  title: { en, es: en },
  kind: 'other' as const,
  language: 'both' as const,
})
const contentsOnDisk = (path: string) =>
  existsSync(path)
    ? readdirSync(path)
        .filter((folder) => /^[0-9a-f]{2}$/.test(folder))
        .flatMap((folder) => readdirSync(join(path, folder)).filter((name) => /^[0-9a-f]{64}$/.test(name)))
        .sort()
    : []
// The commands run through npm and tsx: seconds each.
const staff = () => ({ headers: { Cookie: `rcm_session=${api.token}` } })

test('cleanup removes files nothing needs, and keeps those a working copy, a revision or the public copy still names', async () => {
  const inWorkingCopy = await uploadedId(api, PDF, 'agenda.pdf')
  const onlyInRevision = await uploadedId(api, Buffer.concat([PDF, Buffer.from('old')]), 'old.pdf')
  const onlyPublic = await uploadedId(api, await png(), 'cover.png')
  const neverSaved = await uploadedId(api, Buffer.concat([PDF, Buffer.from('abandoned')]), 'abandoned.pdf')
  const ofDeletedEvent = await uploadedId(api, Buffer.concat([PDF, Buffer.from('deleted')]), 'deleted.pdf')
  const published = insertCompleteEvent(
    api,
    { imageFileId: onlyPublic, documents: [document(onlyInRevision, 'Old')] },
    'published',
  )
  // The working copy moves on: the old document stays in a revision, the cover in the public copy.
  const edited = await api.send('PUT', `/api/events/${published.id}`, {
    ...published,
    imageFileId: null,
    documents: [document(inWorkingCopy, 'Agenda')],
  })
  expect(edited.status).toBe(200)
  const doomed = api.insertEvent({ documents: [document(ofDeletedEvent, 'Gone')] })
  expect((await api.send('DELETE', `/api/events/${doomed.id}`)).status).toBe(200)

  const justUploaded = await cleanUpFiles(api.db, fileStore(uploadsPath))
  expect(justUploaded.files).toBe(0)
  const later = await cleanUpFiles(api.db, fileStore(uploadsPath), { now: new Date(Date.now() + 2 * 24 * 60 * 60_000) })

  expect(later).toMatchObject({ files: 2, contents: 2 })
  for (const id of [inWorkingCopy, onlyInRevision, onlyPublic]) {
    expect((await download(`${api.url}/api/files/${id}`, staff())).status).toBe(200)
  }
  for (const id of [neverSaved, ofDeletedEvent]) {
    expect((await download(`${api.url}/api/files/${id}`, staff())).status).toBe(404)
  }
  expect(contentsOnDisk(uploadsPath)).toHaveLength(3)
})

test('npm run backup copies the database and exactly the files it names; npm run restore brings both back', async () => {
  const agenda = await uploadedId(api, PDF, 'agenda.pdf')
  const cover = await uploadedId(api, await png(), 'cover.png')
  const event = insertCompleteEvent(api, { imageFileId: cover, documents: [document(agenda, 'Agenda')] }, 'published')
  const backupPath = join(dir, 'backups', 'calendar.sqlite')

  const backup = await runNpmScript('backup', [backupPath], { DATABASE_PATH: databasePath })
  expect(backup).toMatchObject({ code: 0, stderr: '' })
  expect(backup.stdout).toContain(`and 2 files to ${backupPath}.files`)
  expect(contentsOnDisk(`${backupPath}.files`)).toEqual(contentsOnDisk(uploadsPath))

  await api.close()
  rmSync(uploadsPath, { recursive: true, force: true })
  const restored = await runNpmScript('restore', [backupPath], { DATABASE_PATH: databasePath })
  expect(restored).toMatchObject({ code: 0, stderr: '' })

  api = await startTestApi({ databasePath, files: { uploadsPath } })
  const read = (await api.request(`/api/events/${event.id}`)).body as Event
  expect(read).toMatchObject({ imageFileId: cover, documents: [{ fileId: agenda }] })
  const served = await download(`${api.url}/api/public/files/${agenda}/agenda.pdf`)
  expect({ status: served.status, intact: served.body.equals(PDF) }).toEqual({ status: 200, intact: true })
}, 60_000)

test('npm run restore refuses a backup whose files are missing, and changes nothing', async () => {
  const agenda = await uploadedId(api, PDF, 'agenda.pdf')
  insertCompleteEvent(api, { documents: [document(agenda, 'Agenda')] })
  const backupPath = join(dir, 'backups', 'calendar.sqlite')
  expect((await runNpmScript('backup', [backupPath], { DATABASE_PATH: databasePath })).code).toBe(0)
  await api.close()
  rmSync(`${backupPath}.files`, { recursive: true })
  rmSync(uploadsPath, { recursive: true })

  const refused = await runNpmScript('restore', [backupPath], { DATABASE_PATH: databasePath })

  expect(refused.code).toBe(1)
  expect(refused.stderr).toMatch(/^Not restored: the backup names the file content [0-9a-f]{64}, which is neither in/)
  expect(readdirSync(dir).filter((name) => name.includes('before-restore'))).toEqual([])
  api = await startTestApi({ databasePath, files: { uploadsPath } })
}, 60_000)
