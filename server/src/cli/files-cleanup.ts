import { resolve } from 'node:path'
import { openDatabase } from '../db/connection'
import { migrate } from '../db/migrate'
import { fileStore } from '../files/file-store'
import { cleanUpFiles } from '../files/files-cleanup'
import { filesSettings } from '../files/files-settings'

/**
 * `npm run files:cleanup`: removes the attached files nothing needs any more
 * (files/files-cleanup.ts), as the server does at start and once a day. Safe
 * while the server runs: the database decides, in one transaction.
 */
const databasePath = resolve(process.env.DATABASE_PATH || './data/calendar.sqlite')
const { uploadsPath } = filesSettings(databasePath)
const db = openDatabase(databasePath)
try {
  migrate(db)
  const result = await cleanUpFiles(db, fileStore(uploadsPath))
  console.log(
    `Removed ${result.files} unused files, ${result.contents} contents from ${uploadsPath} and ${result.unfinished} unfinished uploads.`,
  )
} catch (error) {
  console.error(`Cleanup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  db.close()
}
