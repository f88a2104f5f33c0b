import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { createApp } from './app'
import { authSettings } from './auth/auth-settings'
import { purgeExpiredSessions } from './auth/auth.service'
import { ensureFirstAdmin } from './auth/first-admin'
import { loadMfaKey } from './auth/mfa-key'
import { startCheckpointer } from './db/checkpointer'
import { openDatabase, type Db } from './db/connection'
import { migrate } from './db/migrate'
import { holdRunningLock, type HeldLock } from './db/running-lock'
import { seedDemo } from './db/seed'
import { runDueSchedules } from './schedules/schedules.service'
import { createMailQueue } from './notifications/mail-queue'
import { smtpMailer } from './notifications/mailer'
import { createWebhookWorker } from './webhooks/webhook-worker'
import { defaultLogger } from './logging/logger'
import { fromRoot } from './paths'
import { parseEmbedOrigins } from './public/embed-origins'
import { fileStore } from './files/file-store'
import { cleanUpFiles } from './files/files-cleanup'
import { filesSettings } from './files/files-settings'

const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '127.0.0.1'
const databasePath = resolve(process.env.DATABASE_PATH ?? './data/calendar.sqlite')
const seedDemoContent = process.env.SEED_DEMO !== '0'
const clientDist = fromRoot('client/dist')
// UPLOADS_PATH (default: `uploads` beside the database) and MAX_UPLOAD_MB.
const files = filesSettings(databasePath)
const settings = authSettings({ mfaKey: loadMfaKey(databasePath) })
const logger = defaultLogger()

/** TRUST_PROXY as Express reads `trust proxy`: a hop count ("true" is one), or addresses/subnets. */
function trustProxy(raw: string | undefined): number | string | undefined {
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return undefined
  // `true` would trust every hop, and req.ip be the first X-Forwarded-For entry, which the client writes (decision 014).
  if (raw === 'true') return 1
  return /^\d+$/.test(raw) ? Number(raw) : raw
}

/** One line on stderr and exit 1: start-up problems are the operator's to fix, and a stack trace would bury the reason. */
function refuseToStart(error: unknown): never {
  const reason = error instanceof Error ? error.message : String(error)
  console.error(
    `Cannot start: ${reason
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join(' ')}`,
  )
  process.exit(1)
}

const embedOrigins = (() => {
  try {
    return parseEmbedOrigins(process.env.EMBED_ORIGINS)
  } catch (error) {
    return refuseToStart(error)
  }
})()

/**
 * Marks the database as in use (so `npm run restore` refuses meanwhile), opens
 * it (refusing a file that is not a sound SQLite database), migrates it
 * (refusing one from a newer version), seeds a new one and makes the first
 * administrator (refusing an ADMIN_PASSWORD that breaks a rule).
 */
async function startUp(): Promise<{ db: Db; runningLock: HeldLock }> {
  const runningLock = holdRunningLock(databasePath)
  const isNewDatabase = !existsSync(databasePath)
  let db: Db | undefined
  try {
    db = openDatabase(databasePath)
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
    return { db, runningLock }
  } catch (error) {
    db?.close()
    runningLock.release()
    throw error
  }
}
const { db, runningLock } = await startUp().catch(refuseToStart)

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

/** Removes attached files nothing needs any more, at start and once a day (files/files-cleanup.ts). */
function cleanFiles() {
  cleanUpFiles(db, fileStore(files.uploadsPath))
    .then((removed) => logger.info(removed, 'files cleaned up'))
    .catch((error: unknown) => console.error('Cleaning up files failed:', error))
}
cleanFiles()
const filesCleaner = setInterval(cleanFiles, 24 * 60 * 60_000)
filesCleaner.unref()
const checkpointer = startCheckpointer(db, databasePath)
const scheduler = setInterval(runSchedules, 30_000)

// The notices link to the public site; without PUBLIC_SITE_URL, to this server as it listens.
const siteUrl =
  process.env.PUBLIC_SITE_URL ||
  `http://${['0.0.0.0', '::', ''].includes(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${port}`
const webhookWorker = createWebhookWorker({ db, siteUrl })
webhookWorker.start()
// Without SMTP_URL no mail is sent: the notices are in the app only.
const mailQueue = process.env.SMTP_URL
  ? createMailQueue({
      db,
      mailer: smtpMailer(process.env.SMTP_URL, process.env.MAIL_FROM || 'calendar@localhost'),
      appUrl: siteUrl,
    })
  : undefined
mailQueue?.start()

const app = createApp({
  db,
  clientDist,
  auth: settings,
  trustProxy: trustProxy(process.env.TRUST_PROXY),
  publicSiteUrl: process.env.PUBLIC_SITE_URL || undefined,
  logger,
  files,
  // Host names served besides loopback and PUBLIC_SITE_URL's, comma-separated.
  allowedHosts: (process.env.ALLOWED_HOSTS ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== ''),
  embedOrigins,
})
const { server } = app
server.listen(port, host, () => {
  logger.info({ host, port, database: databasePath, node: process.version }, 'started')
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
  logger.info({ signal }, 'shutting down')
  console.log(`${signal}: closing`)
  clearInterval(scheduler)
  clearInterval(filesCleaner)
  const workerStopped = webhookWorker.stop()
  const mailStopped = mailQueue?.stop()
  // Requests in flight finish first; a notice being sent is recorded before the database closes (one cut off would be sent again after the next start).
  void Promise.allSettled([app.close()])
    .then(() => Promise.allSettled([workerStopped, mailStopped, checkpointer.stop()]))
    .finally(() => {
      db.close()
      runningLock.release()
      logger.info('stopped')
      // The log is written asynchronously: its last lines go out before the process ends.
      logger.flush(() => process.exit(0))
    })
}
process.once('SIGINT', () => shutDown('SIGINT'))
process.once('SIGTERM', () => shutDown('SIGTERM'))
