import type { ListQuery, LookupFilter } from '@rcm/shared'
import type { z } from 'zod'
import type { Actor } from '../actor'
import { recordAudit } from '../audit-log/audit-log.service'
import type { Db } from '../db/connection'
import { writeTransaction } from '../db/transaction'
import { conflict, notFound } from '../http/errors'
import type { RecordKind, Text } from '../i18n/messages'
import type { LookupRecord, LookupTableRepository } from './lookup-table.repository'

export interface LookupTableServiceConfig<TRecord extends LookupRecord, TSort extends string> {
  repository: LookupTableRepository<TRecord, TSort>
  /** The shared input schema: callers besides the routes (the importer, the seed) pass data it has not checked. */
  schema: z.ZodType<Omit<TRecord, 'id'>>
  /** The record's name in a 404: "Venue not found". */
  label: RecordKind
  /** How events reference a record: how many use it, and rewriting their search rows after a rename. */
  events: { count: (db: Db, id: number) => number; reindex: (db: Db, id: number) => void }
  /** The 409 of a delete while `count` events use the record. */
  inUse: (count: number) => Text
}

export interface LookupTableService<TRecord extends LookupRecord, TSort extends string> {
  /** The record with this id, or a 404. */
  get(db: Db, id: number): TRecord
  /** One page of records for the list's filter and sort, and the total. */
  list(db: Db, query: ListQuery<LookupFilter, TSort>): { data: TRecord[]; total: number }
  /** Creates a record. Throws a ZodError for invalid data. */
  create(db: Db, actor: Actor, data: Omit<TRecord, 'id'>): TRecord
  /** Replaces a record's data; its events' search rows follow the new texts. */
  update(db: Db, actor: Actor, id: number, data: Omit<TRecord, 'id'>): TRecord
  /** Deletes a record no event uses (409 naming how many do), audited, and returns it as it was. */
  remove(db: Db, actor: Actor, id: number): TRecord
}

/** The rules of a small bilingual table that events reference: parse, write in one transaction, refuse to orphan events. */
export function lookupTableService<TRecord extends LookupRecord & { name: unknown }, TSort extends string>(
  config: LookupTableServiceConfig<TRecord, TSort>,
): LookupTableService<TRecord, TSort> {
  const { repository, schema, label, events, inUse } = config

  function get(db: Db, id: number): TRecord {
    const record = repository.findById(db, id)
    if (!record) throw notFound(label)
    return record
  }

  return {
    get,

    list: (db, query) => repository.list(db, query),

    create(db, _actor, data) {
      const clean = schema.parse(data)
      return writeTransaction(db, () => repository.insert(db, clean))
    },

    update(db, _actor, id, data) {
      const clean = schema.parse(data)
      return writeTransaction(db, () => {
        get(db, id)
        const record = repository.update(db, id, clean)
        events.reindex(db, id)
        return record
      })
    },

    remove(db, actor, id) {
      return writeTransaction(db, () => {
        const record = get(db, id)
        const uses = events.count(db, id)
        if (uses > 0) throw conflict(inUse(uses))
        repository.remove(db, id)
        const { table } = repository
        recordAudit(db, actor, `${table}.delete`, { type: table, id }, { name: record.name })
        return record
      })
    },
  }
}
