import { resolve } from 'node:path'
import { restoreDatabase, RestoreRefused } from '../db/restore'
import { checkBackupFiles, restoreFiles } from '../files/files-backup'
import { filesSettings } from '../files/files-settings'

const USAGE = `Usage: npm run restore -- BACKUP.sqlite
  Puts BACKUP.sqlite (made by npm run backup) in place of the database at DATABASE_PATH
  (default ./data/calendar.sqlite), once checked; the current files are moved aside, never deleted.
  The attached files it names come back from BACKUP.sqlite.files/ into UPLOADS_PATH.
  Stop the calendar first. Exit 0 restored, 1 refused (with the reason), 2 bad usage.`

/** `npm run restore -- BACKUP.sqlite`: see db/restore.ts for what it checks and moves. */
function main(args: string[]): number {
  if (args.length !== 1 || args[0] === '' || args[0]?.startsWith('-')) {
    console.error(USAGE)
    return 2
  }
  const backup = resolve(args[0] ?? '')
  const target = resolve(process.env.DATABASE_PATH || './data/calendar.sqlite')
  if (backup === target) {
    console.error('BACKUP.sqlite must not be the database at DATABASE_PATH itself.')
    return 2
  }
  try {
    // Checked before the database moves: a backup whose files are missing or damaged is refused as a whole.
    const { uploadsPath } = filesSettings(target)
    const contents = checkBackupFiles(backup, uploadsPath)
    const { movedAside } = restoreDatabase(backup, target)
    for (const { from, to } of movedAside) console.log(`Moved ${from} to ${to}`)
    restoreFiles(backup, uploadsPath, contents)
    if (contents.length > 0) console.log(`Restored ${contents.length} file contents to ${uploadsPath}`)
    console.log(`Restored ${backup} to ${target}; start the calendar to use it.`)
    return 0
  } catch (error) {
    if (error instanceof RestoreRefused) {
      console.error(`Not restored: ${error.message}`)
    } else {
      // A step the system refused (a full disk, a permission): one line still, and where to look.
      console.error(
        `Restore failed: ${error instanceof Error ? error.message : String(error)}; check ${target} and the files beside it`,
      )
    }
    return 1
  }
}

process.exitCode = main(process.argv.slice(2))
