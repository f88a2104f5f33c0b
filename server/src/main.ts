import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApp } from './app'
import { openDatabase } from './db/connection'
import { migrate } from './db/migrate'
import { seedDemo } from './db/seed'

const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '127.0.0.1'
const databasePath = resolve(process.env.DATABASE_PATH ?? './data/calendar.sqlite')
const seedDemoContent = process.env.SEED_DEMO !== '0'
const clientDist = fileURLToPath(new URL('../../client/dist', import.meta.url))

const isNewDatabase = !existsSync(databasePath)
const db = openDatabase(databasePath)
try {
  migrate(db)
  if (isNewDatabase && seedDemoContent) seedDemo(db)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  db.close()
  process.exit(1)
}

const server = createApp({ db, clientDist }).listen(port, host, () => {
  console.log(`RCM events calendar on http://${host.includes(':') ? `[${host}]` : host}:${port} (database ${databasePath})`)
})
server.on('error', (error) => {
  console.error(`Cannot listen on ${host}:${port}: ${error.message}`)
  db.close()
  process.exit(1)
})

function shutDown(signal: string) {
  console.log(`${signal}: closing`)
  server.close(() => {
    db.close()
    process.exit(0)
  })
  // Keep-alive connections would hold close() open; requests in flight still finish.
  server.closeIdleConnections()
  setTimeout(() => {
    server.closeAllConnections()
  }, 5_000).unref()
}
process.once('SIGINT', () => shutDown('SIGINT'))
process.once('SIGTERM', () => shutDown('SIGTERM'))
