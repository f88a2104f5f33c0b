import { openDatabase, type Db } from '../../server/src/db/connection'
import { migrate } from '../../server/src/db/migrate'

/** A fresh in-memory database with every migration applied; each test gets its own. A `path` opens (and migrates) that file instead. */
export function createTestDb(path = ':memory:'): Db {
  const db = openDatabase(path)
  migrate(db)
  return db
}
