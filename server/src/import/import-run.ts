import type { Actor } from '../actor'
import { recordAudit } from '../audit-log/audit-log.service'
import type { Db } from '../db/connection'
import { BULK_WRITE_EVENTS, optimizeSearchIndexes } from '../db/search-indexes'

class DryRunRollback extends Error {}

/**
 * Runs an import as one write transaction: `steps` imports (each event in
 * its own savepoint) and returns the report and the details of the `import`
 * audit entry. A dry run does everything and rolls it all back, audit
 * entry included, so its report says exactly what a real run would do. A
 * run that wrote many events ends by compacting the search indexes.
 */
export function runImport<Report>(
  db: Db,
  actor: Actor,
  dryRun: boolean,
  steps: () => { report: Report; audit: Record<string, unknown>; eventsWritten: number },
): Report {
  let report: Report | undefined
  try {
    db.transaction(() => {
      const result = steps()
      report = result.report
      if (dryRun) throw new DryRunRollback()
      recordAudit(db, actor, 'import', null, result.audit)
      if (result.eventsWritten >= BULK_WRITE_EVENTS) optimizeSearchIndexes(db)
    }).immediate()
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error
  }
  if (report === undefined) throw new Error('The import produced no report')
  return report
}

/** The ids of the events an import touched, for its audit entry. */
export const importedIds = (events: Array<{ id: number | null }>) =>
  events.flatMap((event) => (event.id === null ? [] : [event.id]))
