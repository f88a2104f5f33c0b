import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { Db } from './connection'

/**
 * WAL pages after which a commit checkpoints by itself (SQLite's default is
 * 1,000). Only reached when the background checkpointer falls behind or has
 * stopped, so the WAL still cannot grow without bound.
 */
const FALLBACK_AUTOCHECKPOINT_PAGES = 16_000

// A CommonJS script, so the worker needs no file of its own in the server bundle.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.betterSqlite3)
const db = new Database(workerData.path)
db.pragma('synchronous = FULL')
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)')
const timer = setInterval(() => {
  try {
    checkpoint.run()
  } catch (error) {
    parentPort.postMessage(String(error && error.message))
  }
}, workerData.intervalMs)
parentPort.on('message', () => {
  clearInterval(timer)
  db.close()
  parentPort.close()
})
`

export interface Checkpointer {
  stop(): Promise<void>
}

/**
 * Moves WAL checkpoints off the request path. With SQLite's automatic
 * checkpoint, every thousandth page written makes the commit that crossed it
 * also copy the WAL into the database and fsync it: at 100 saves a second,
 * about one save in 30 would take 25-40 ms longer (decision 008). Here a worker
 * thread with its own connection runs a PASSIVE checkpoint every
 * `intervalMs`, on the other core, without taking the write lock, so saves and
 * reads go on meanwhile.
 */
export function startCheckpointer(db: Db, path: string, intervalMs = 250): Checkpointer {
  db.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`)
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    // It holds one prepared statement: a small heap keeps its share of the server's memory small.
    resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 2 },
    workerData: { path, intervalMs, betterSqlite3: createRequire(import.meta.url).resolve('better-sqlite3') },
  })
  let stopping = false
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
  worker.on('message', (message) => console.error(`Background checkpoint failed: ${String(message)}`))
  worker.on('error', (error) => console.error('The background checkpointer stopped:', error))
  void exited.then(() => {
    // Back to SQLite's own checkpoints, so the WAL stays small without the worker.
    if (!stopping && db.open) db.pragma('wal_autocheckpoint = 1000')
  })
  // The process may exit without stopping it: SQLite checkpoints when the last connection closes.
  worker.unref()
  return {
    stop() {
      stopping = true
      worker.postMessage('stop')
      return exited
    },
  }
}
