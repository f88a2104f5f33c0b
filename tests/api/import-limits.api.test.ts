import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { IMPORT_MAX_RECORDS, IMPORT_REPORT_MAX_ERRORS, type ImportJob, type ImportReportBody } from '@rcm/shared'
import { afterEach, expect, test } from 'vitest'
import { eventsRepository } from '../../server/src/events/events.repository'
import { startTestApi, type TestApi } from '../support/api'
import { feedText } from './public-helpers'

const running = new Set<TestApi>()
const dirs: string[] = []
afterEach(async () => {
  await Promise.all([...running].map((api) => api.close()))
  running.clear()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

async function start(options: { onFile?: boolean } = {}) {
  let databasePath: string | undefined
  if (options.onFile) {
    const dir = mkdtempSync(join(tmpdir(), 'rcm-import-limits-'))
    dirs.push(dir)
    databasePath = join(dir, 'calendar.sqlite')
  }
  const api = await startTestApi({ databasePath })
  running.add(api)
  return api
}

/** POSTs an import and keeps the raw bytes of the answer, to measure them. */
async function postImport(api: TestApi, body: unknown, headers: Record<string, string> = {}) {
  const started = performance.now()
  const response = await api.as('editor').request('/api/import', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  return { ...response, ms: performance.now() - started, bytes: Buffer.byteLength(JSON.stringify(response.body)) }
}

const emptyObjects = (count: number) => `[${Array.from({ length: count }, () => '{}').join(',')}]`

test('about 1 MB of empty objects is refused at once with a short 413 in the user language', async () => {
  const api = await start()
  const content = emptyObjects(333_333)
  expect(content.length).toBe(1_000_000)

  const response = await postImport(api, { format: 'json', content }, { 'Accept-Language': 'es' })

  expect(response.status).toBe(413)
  expect(response.bytes).toBeLessThan(500)
  expect(response.body).toMatchObject({
    message: expect.stringMatching(/^El archivo tiene 333\.333 eventos; una importación admite como máximo 10\.000/),
  })
  expect(response.ms).toBeLessThan(2_000)
})

test('a file at the cap of empty objects answers a bounded report: the first errors and every error counted per reason', async () => {
  const api = await start()

  const response = await postImport(api, { format: 'json', content: emptyObjects(IMPORT_MAX_RECORDS) })

  expect(response.status).toBe(200)
  const report = response.body as ImportReportBody
  expect(report.events).toHaveLength(IMPORT_REPORT_MAX_ERRORS)
  expect(report.events.every((event) => event.action === 'error')).toBe(true)
  expect(report.errorCount).toBe(IMPORT_MAX_RECORDS)
  expect(report.errorsOmitted).toBe(IMPORT_MAX_RECORDS - IMPORT_REPORT_MAX_ERRORS)
  expect(report.errorSummary).toContainEqual({
    message: expect.stringMatching(/^the title/),
    count: IMPORT_MAX_RECORDS,
  })
  // Without the bound this answer was about 10 MB.
  expect(response.bytes).toBeLessThan(100_000)
})

test('one more record than the cap is refused, counting them', async () => {
  const api = await start()

  const response = await postImport(api, { format: 'json', content: emptyObjects(IMPORT_MAX_RECORDS + 1) })

  expect(response.status).toBe(413)
  expect(response.body).toMatchObject({
    message: expect.stringMatching(/^The file has 10,001 events; .* at most 10,000/),
  })
  expect(eventsRepository.findAll(api.db)).toEqual([])
})

/** A JSON export of `count` distinct events, made from one real event of `api` (nearly 1 MB for 350). */
async function bigExport(api: TestApi, count: number): Promise<string> {
  api.insertEvent({ title: { en: 'Regional forum', es: 'Foro regional' } }, 'published')
  const [event] = JSON.parse(await feedText(api, 'events.json')) as Array<Record<string, unknown>>
  const events = Array.from({ length: count }, (_, index) => ({
    ...event,
    id: index + 1,
    title: { en: `Regional forum ${index}`, es: `Foro regional ${index}` },
    url: `https://elsewhere.example.org/events/${index + 1}`,
    // Under the 1 MB body cap at this count: the presidency adds 180 bytes an event, and no test here reads it.
    presidency: null,
  }))
  return JSON.stringify(events)
}

test('a big import runs off the event loop: a list is answered while it runs, its progress shows, then all of it is written', async () => {
  const source = await start()
  const content = await bigExport(source, 1_500)
  const api = await start({ onFile: true })
  const editor = api.as('editor')

  const started = await postImport(api, { format: 'json', content, dryRun: false }, { Prefer: 'respond-async' })
  expect(started.status).toBe(202)
  const location = started.headers.get('Location')
  expect(location).toMatch(/^\/api\/import\/jobs\/[\w-]+$/)

  const list = await editor.request('/api/events?range=[0,9]')
  const duringList = (await editor.request(location ?? '')).body as ImportJob
  expect(list.status).toBe(200)
  // The list was answered before the import ended.
  expect(duringList.state).toBe('running')

  const seen: number[] = []
  let job = duringList
  while (job.state === 'running') {
    seen.push(job.done)
    await new Promise((resolve) => setTimeout(resolve, 50))
    job = (await editor.request(location ?? '')).body as ImportJob
  }
  expect(job.state).toBe('done')
  expect(job.total).toBe(1_500)
  expect(seen.some((done) => done > 0 && done < 1_500)).toBe(true)
  expect(job.report?.events.filter((event) => event.action === 'created')).toHaveLength(1_500)
  expect(eventsRepository.findAll(api.db)).toHaveLength(1_500)

  // Someone else cannot read the job.
  expect((await api.as('reviewer').request(location ?? '')).status).toBe(404)
}, 60_000)

test('a big import refused for its status writes nothing', async () => {
  const source = await start()
  const content = await bigExport(source, 400)
  const api = await start({ onFile: true })

  const response = await api
    .as('editor')
    .send('POST', '/api/import', { format: 'json', content, status: 'published', dryRun: false })

  expect(response.status).toBe(403)
  expect(eventsRepository.findAll(api.db)).toEqual([])
}, 60_000)
