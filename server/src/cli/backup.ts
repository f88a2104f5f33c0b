import { existsSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { backupFilesPath, backUpFiles } from '../files/files-backup'
import { filesSettings } from '../files/files-settings'

const USAGE =
  'Usage: npm run backup -- OUT.sqlite\n  Copies the database at DATABASE_PATH (default ./data/calendar.sqlite) to OUT.sqlite while it is in use,\n' +
  '  and the attached files it names from UPLOADS_PATH to OUT.sqlite.files/.'

const args = process.argv.slice(2)
if (args.length !== 1 || args[0] === '' || args[0]?.startsWith('-')) {
  console.error(USAGE)
  process.exit(2)
}
const source = resolve(process.env.DATABASE_PATH ?? './data/calendar.sqlite')
const target = resolve(args[0] ?? '')
if (!existsSync(source)) {
  console.error(`No database at ${source}; set DATABASE_PATH.`)
  process.exit(2)
}
if (target === source) {
  console.error('OUT.sqlite must not be the live database itself.')
  process.exit(2)
}

// SQLite's online backup API: a consistent snapshot while the server keeps writing.
const db = new Database(source, { fileMustExist: true, timeout: 5_000 })
try {
  mkdirSync(dirname(target), { recursive: true })
  const { totalPages } = await db.backup(target)
  // The copy keeps the live file's WAL mode, in which even a read-only look leaves -wal and -shm files beside it;
  // a rollback journal makes it one self-contained file. The calendar turns WAL on again when it opens a restored copy.
  const copy = new Database(target, { fileMustExist: true })
  try {
    copy.pragma('journal_mode = DELETE')
  } finally {
    copy.close()
  }
  // After the copy: exactly the files that copy names, so the two are one consistent set.
  const files = backUpFiles(target, filesSettings(source).uploadsPath)
  console.log(
    `Backed up ${source} to ${target} (${totalPages} pages) and ${files} files to ${backupFilesPath(target)}.`,
  )
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  db.close()
}
