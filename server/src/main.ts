import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { createAppServer } from './app'
import { authSettings } from './auth/auth-settings'
import { purgeExpiredSessions } from './auth/auth.service'
import { ensureFirstAdmin } from './auth/first-admin'
import { startCheckpointer } from './db/checkpointer'
import { openDatabase } from './db/connection'
import { migrate } from './db/migrate'
import { seedDemo } from './db/seed'
import { runDueSchedules } from './schedules/schedules.service'
import { HttpError } from './http/errors'
import { createWebhookWorker } from './webhooks/webhook-worker'
import { fromRoot } from './paths'

const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '127.0.0.1'
const databasePath = resolve(process.env.DATABASE_PATH ?? './data/calendar.sqlite')
const seedDemoContent = process.env.SEED_DEMO !== '0'
const clientDist = fromRoot('client/dist')
const settings = authSettings()

/** TRUST_PROXY as Express reads `trust proxy`: a hop count ("true" is one), or addresses/subnets. */
function trustProxy(raw: string | undefined): number | string | undefined {
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return undefined
  // `true` would trust every hop, and req.ip be the first X-Forwarded-For entry, which the client writes (decision 014).
  if (raw === 'true') return 1
  return /^\d+$/.test(raw) ? Number(raw) : raw
}

const isNewDatabase = !existsSync(databasePath)
const db = openDatabase(databasePath)
try {
  migrate(db)
  if (isNewDatabase && seedDemoContent) seedDemo(db)
  const admin = await ensureFirstAdmin(db, settings, {
    email: process.env.ADMIN_EMAIL,
    password: process.env.ADMIN_PASSWORD,
  })
  if (admin?.generatedPassword) {
    console.log(
      `Created the administrator ${admin.email} with the password ${admin.generatedPassword}\n(shown only this once: sign in and change it)`,
    )
  } else if (admin) {
    console.log(`Created the administrator ${admin.email} with ADMIN_PASSWORD`)
  }
} catch (error) {
  console.error(
    error instanceof HttpError && error.fieldErrors
      ? `${error.message}: ${JSON.stringify(error.fieldErrors)}`
      : error instanceof Error
        ? error.message
        : error,
  )
  db.close()
  process.exit(1)
}

/**
 * Carries out scheduled publishing at start and every 30 s, so a step is at
 * most a minute late, also after a restart; and sweeps expired sessions.
 */
function runSchedules() {
  try {
    purgeExpiredSessions(db, settings)
    for (const run of runDueSchedules(db)) {
      console.log(
        `Scheduled ${run.step} of event ${run.eventId}: ${run.outcome}${run.reason ? ` (${run.reason})` : ''}`,
      )
    }
  } catch (error) {
    console.error('Scheduled publishing failed:', error)
  }
}
runSchedules()
const checkpointer = startCheckpointer(db, databasePath)
const scheduler = setInterval(runSchedules, 30_000)

// The notices link to the public site; without PUBLIC_SITE_URL, to this server as it listens.
const siteUrl =
  process.env.PUBLIC_SITE_URL ||
  `http://${['0.0.0.0', '::', ''].includes(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${port}`
const webhookWorker = createWebhookWorker({ db, siteUrl })
webhookWorker.start()

const server = createAppServer({
  db,
  clientDist,
  auth: settings,
  trustProxy: trustProxy(process.env.TRUST_PROXY),
  publicSiteUrl: process.env.PUBLIC_SITE_URL || undefined,
})
server.listen(port, host, () => {
  console.log(
    `RCM events calendar on http://${host.includes(':') ? `[${host}]` : host}:${port} (database ${databasePath})`,
  )
})
server.on('error', (error) => {
  console.error(`Cannot listen on ${host}:${port}: ${error.message}`)
  db.close()
  process.exit(1)
})

function shutDown(signal: string) {
  console.log(`${signal}: closing`)
  clearInterval(scheduler)
  const workerStopped = webhookWorker.stop()
  server.close(() => {
    // A notice being sent is recorded before the database closes; one cut off would be sent again after the next start.
    void Promise.allSettled([workerStopped, checkpointer.stop()]).finally(() => {
      db.close()
      process.exit(0)
    })
  })
  // Keep-alive connections would hold close() open; requests in flight still finish.
  server.closeIdleConnections()
  setTimeout(() => {
    server.closeAllConnections()
  }, 5_000).unref()
}
process.once('SIGINT', () => shutDown('SIGINT'))
process.once('SIGTERM', () => shutDown('SIGTERM'))
