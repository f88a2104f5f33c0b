import type { Institution, Venue } from '@rcm/shared'
import type { Db } from '../db/connection'
import { institutionsRepository } from '../institutions/institutions.repository'
import { venuesRepository } from '../venues/venues.repository'

/** Records found by key: the first one (lowest id) stored under a key wins, as a scan in id order would find it. */
export interface KeyedRecords<T extends { id: number }> {
  find(key: string): T | undefined
  /** A record the run just created, found from now on unless its savepoint rolls back. */
  add(record: T): void
}

/**
 * The venues and institutions of the database for one import run, read once
 * at its start instead of once per reference, and kept up to date with what
 * the run creates. A savepoint that rolls back takes its rows with it, and
 * SQLite hands their ids out again (the AUTOINCREMENT counter rolls back
 * too), so every event's savepoint goes through `savepoint`, which forgets
 * what the failed event added. Build it inside the run's transaction: a dry
 * run, which rolls everything back, drops the lookup with it.
 */
export interface ImportLookup {
  venues: KeyedRecords<Venue>
  institutions: KeyedRecords<Institution>
  /** Runs `steps` in a savepoint; when they throw, the lookup forgets what they added, then the error goes on. */
  savepoint<T>(steps: () => T): T
}

export interface LookupKeys {
  venue: (venue: Venue) => string[]
  institution: (institution: Institution) => string[]
}

export function createImportLookup(db: Db, keys: LookupKeys): ImportLookup {
  const added: Array<() => void> = []
  const keyed = <T extends { id: number }>(records: T[], keysOf: (record: T) => string[]): KeyedRecords<T> => {
    const byKey = new Map<string, T>()
    const add = (record: T, onAdd: (key: string) => void) => {
      for (const key of keysOf(record)) {
        if (byKey.has(key)) continue
        byKey.set(key, record)
        onAdd(key)
      }
    }
    for (const record of records) add(record, () => {})
    return {
      find: (key) => byKey.get(key),
      add: (record) => add(record, (key) => added.push(() => byKey.delete(key))),
    }
  }
  return {
    venues: keyed(venuesRepository.findAll(db), keys.venue),
    institutions: keyed(institutionsRepository.findAll(db), keys.institution),
    savepoint(steps) {
      const mark = added.length
      try {
        return db.transaction(steps)()
      } catch (error) {
        for (const forget of added.splice(mark).reverse()) forget()
        throw error
      }
    },
  }
}
