import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { ImportJob, ImportReportBody, Language } from '@rcm/shared'
import type { Actor } from '../actor'
import type { Db } from '../db/connection'
import { fieldErrorsIn, HttpError } from '../http/errors'
import { say } from '../i18n/messages'
import { runImportTask, type ImportFailure, type ImportOutcome, type ImportTask } from './import-task'
import type { WorkerMessage } from './import-worker'

/**
 * Files smaller than this are imported on the request's own thread: a
 * worker costs about its start-up (tens of milliseconds bundled), more than
 * such a file takes (docs/import.md, "Limits").
 */
export const WORKER_FROM_BYTES = 32 * 1024

/** Imports queued behind the running one; more is a 503 (each holds its file in memory). */
const MAX_WAITING = 4
/** Finished jobs kept for their owner to read, and for how long. */
const MAX_FINISHED = 20
const KEEP_FINISHED_MS = 15 * 60_000

interface JobRecord {
  id: string
  ownerId: number | null
  state: ImportJob['state']
  done: number
  total: number | null
  report: ImportReportBody | null
  failure: ImportFailure | null
  finishedAt: number | null
  /** Settles when the job ends, whatever the outcome. */
  finished: Promise<void>
}

const jobs = new Map<string, JobRecord>()
let waiting = 0
/** Imports run one after another: each holds the database's write lock while it writes. */
let queue: Promise<void> = Promise.resolve()

function forgetOldJobs(now = Date.now()) {
  const finished = [...jobs.values()].filter((job) => job.finishedAt !== null)
  for (const [index, job] of finished.entries()) {
    if (now - (job.finishedAt ?? now) > KEEP_FINISHED_MS || finished.length - index > MAX_FINISHED) jobs.delete(job.id)
  }
}

/**
 * The worker: the bundle's sibling file under `npm start`; under tsx and the
 * tests, the TypeScript source, loaded through tsx's loader registered first
 * in the worker (a worker does not inherit the loaders of the thread that starts it).
 */
function startWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./import-worker.js', import.meta.url), { workerData })
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href
  const source = new URL('./import-worker.ts', import.meta.url).href
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => api.register()).then(() => import(${JSON.stringify(source)}))`
  return new Worker(bootstrap, { eval: true, workerData })
}

function runInWorker(path: string, task: ImportTask, job: JobRecord): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ path, task })
    let outcome: ImportOutcome | undefined
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') Object.assign(job, { done: message.done, total: message.total })
      else if (message.type === 'outcome') outcome = message.outcome
      else reject(new Error(`The import worker failed: ${message.message}`))
    })
    worker.on('error', reject)
    worker.on('exit', (code) =>
      outcome ? resolve(outcome) : reject(new Error(`The import worker stopped (exit ${code}) without an outcome`)),
    )
  })
}

/**
 * Runs the import: in a worker thread over its own connection for a file
 * database and a file of WORKER_FROM_BYTES or more, so that the event loop
 * stays free; inline otherwise (an in-memory database has no second
 * connection). A non-dry run is one transaction either way (import-run.ts).
 */
async function execute(db: Db, task: ImportTask, job: JobRecord): Promise<ImportOutcome> {
  if (db.memory || task.content.length < WORKER_FROM_BYTES) {
    return runImportTask(db, task, (done, total) => Object.assign(job, { done, total }))
  }
  return runInWorker(db.name, task, job)
}

/**
 * Queues an import of `task` and returns its job at once; `job.finished`
 * settles when it is done or failed. 503 when MAX_WAITING imports already
 * wait. An unexpected error fails the job with a 500 and is logged.
 */
export function startImportJob(db: Db, task: ImportTask, onCrash: (error: unknown) => void): JobRecord {
  forgetOldJobs()
  if (waiting >= MAX_WAITING)
    throw new HttpError(503, say('importBusy'), undefined, { headers: { 'Retry-After': '60' } })
  waiting++
  const job: JobRecord = {
    id: randomBytes(12).toString('base64url'),
    ownerId: task.actor.id,
    state: 'running',
    done: 0,
    total: null,
    report: null,
    failure: null,
    finishedAt: null,
    finished: Promise.resolve(),
  }
  const run = async () => {
    waiting--
    try {
      const outcome = await execute(db, task, job)
      if ('report' in outcome) Object.assign(job, { state: 'done', report: outcome.report, done: job.total ?? 0 })
      else Object.assign(job, { state: 'failed', failure: outcome.failure })
    } catch (error) {
      onCrash(error)
      Object.assign(job, { state: 'failed', failure: { status: 500, text: say('internalError') } })
    } finally {
      job.finishedAt = Date.now()
    }
  }
  // Never inline with the caller: a 202 goes out before an inline import starts.
  job.finished = queue.then(() => new Promise<void>((resolve) => setImmediate(() => void run().finally(resolve))))
  queue = job.finished
  jobs.set(job.id, job)
  return job
}

/** The job `id` if `actor` started it. */
export function findImportJob(id: string, actor: Actor): JobRecord | undefined {
  const job = jobs.get(id)
  return job && job.ownerId === actor.id ? job : undefined
}

/** The job as `GET /api/import/jobs/{id}` answers it, in `lang`. */
export function jobBody(job: JobRecord, lang: Language): ImportJob {
  const { failure } = job
  const error = failure && {
    status: failure.status,
    message: failure.text[lang],
    ...(failure.fieldErrors ? { errors: fieldErrorsIn(failure.fieldErrors, lang) } : {}),
  }
  return { id: job.id, state: job.state, done: job.done, total: job.total, report: job.report, error }
}

/** The failure of a finished job as the error the synchronous call throws. */
export const failureError = (failure: ImportFailure) => new HttpError(failure.status, failure.text, failure.fieldErrors)
