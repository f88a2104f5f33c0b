import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { verifyAuditChain } from '../audit-log/audit-log.service'
import { openDatabase } from '../db/connection'

/**
 * `npm run audit:verify`: checks the hash chain of the audit log in
 * DATABASE_PATH. Exit 0 when intact, 1 naming the first broken entry, 2 when
 * there is no database.
 */
function main(): number {
  const databasePath = resolve(process.env.DATABASE_PATH || './data/calendar.sqlite')
  if (!existsSync(databasePath)) {
    console.error(`No database at ${databasePath}; set DATABASE_PATH.`)
    return 2
  }
  const db = openDatabase(databasePath)
  try {
    const check = verifyAuditChain(db)
    if (check.isIntact) {
      console.log(`The audit log is intact: ${check.count} entries.`)
      return 0
    }
    console.error(`The audit log is broken at entry ${check.brokenId}: ${check.reason}.`)
    return 1
  } finally {
    db.close()
  }
}

process.exitCode = main()
