/**
 * The worker thread that runs one API import (import-jobs.ts) on a
 * connection of its own, so that the server's event loop keeps answering
 * while it reads, checks and writes the file. It posts its progress, then its
 * outcome, and ends.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { openDatabase } from '../db/connection'
import { runImportTask, type ImportTask } from './import-task'

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'outcome'; outcome: ReturnType<typeof runImportTask> }
  | { type: 'crashed'; message: string }

const { path, task } = workerData as { path: string; task: ImportTask }
const post = (message: WorkerMessage) => parentPort?.postMessage(message)
const db = openDatabase(path)
try {
  post({ type: 'outcome', outcome: runImportTask(db, task, (done, total) => post({ type: 'progress', done, total })) })
} catch (error) {
  post({ type: 'crashed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) })
} finally {
  db.close()
}
