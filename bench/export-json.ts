import { closeSync, existsSync, openSync, renameSync, writeSync } from 'node:fs'
import { openDatabase } from '../server/src/db/connection'
import { eventsRepository } from '../server/src/events/events.repository'

/**
 * Writes `{"events": [...]}` for json-server: every event of the database at
 * `dbPath` as the app's repository returns it (the API's record). Written
 * record by record, as 100,000 events come close to V8's longest string.
 */
export function exportJson(dbPath: string, jsonPath: string): void {
  if (existsSync(jsonPath)) return
  const db = openDatabase(dbPath)
  const building = `${jsonPath}.building`
  const fd = openSync(building, 'w')
  try {
    writeSync(fd, '{"events":[\n')
    eventsRepository
      .findAll(db)
      .forEach((event, index) => writeSync(fd, (index > 0 ? ',\n' : '') + JSON.stringify(event)))
    writeSync(fd, '\n]}\n')
  } finally {
    closeSync(fd)
    db.close()
  }
  renameSync(building, jsonPath)
}
