import { openDatabase, type Db } from '../../server/src/db/connection'
import { migrate } from '../../server/src/db/migrate'

/** A fresh in-memory database with every migration applied; each test gets its own. */
export function createTestDb(): Db {
  const db = openDatabase(':memory:')
  migrate(db)
  return db
}
