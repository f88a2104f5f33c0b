import type { ListQuery, LocalizedText, LookupFilter } from '@rcm/shared'
import type { Db } from '../db/connection'
import { isIn, matches, selectPage } from '../db/paged-query'
import { pluckStatement, statement } from '../db/statements'

/**
 * How a field of a lookup record is stored: `{en, es}` in two columns
 * `<field>_en` and `<field>_es`, or one text column (`optionalText` may be NULL);
 * a camelCase field is a snake_case column (`countryCode`: `country_code`).
 */
export type FieldKind = 'localized' | 'text' | 'optionalText'

// [V] keeps `string | null` whole instead of splitting it into string and null.
type KindOf<V> = [V] extends [LocalizedText] ? 'localized' : [V] extends [string] ? 'text' : 'optionalText'

/** The storage of every field of `TRecord` but its id: a field missing here, or of the wrong kind, does not compile. */
export type FieldsOf<TRecord> = { [K in Exclude<keyof TRecord, 'id'>]: KindOf<TRecord[K]> }

export interface LookupRecord {
  id: number
}

/** A row as SELECTed: the id and the columns of `fields`. */
type Row = { id: number } & Record<string, unknown>

export interface LookupTableConfig<TRecord extends LookupRecord, TSort extends string> {
  /** The table; its search index is `<table>_fts`, one row per record with every text joined by line breaks. */
  table: string
  /** The record's fields in column order, which is also the order of their texts in the search index. */
  fields: FieldsOf<TRecord>
  /** The API's sort fields: `id`, a field, a localized field's language (`name.en`), or a key of `sortSql`. */
  sortFields: readonly TSort[]
  /** ORDER BY expressions of sort fields that are not a column of the table (a name looked up in another). */
  sortSql?: Partial<Record<TSort, string>>
  /** SQL true when an event references the record `t` (the `unused` filter keeps the others). */
  usedByEventSql: string
}

export interface LookupTableRepository<TRecord extends LookupRecord, TSort extends string> {
  table: string
  findById(db: Db, id: number): TRecord | undefined
  /** Every record, by id; for the importer to match records by name. */
  findAll(db: Db): TRecord[]
  list(db: Db, query: ListQuery<LookupFilter, TSort>): { data: TRecord[]; total: number }
  /** The ids among `ids` that exist. */
  existingIds(db: Db, ids: readonly number[]): Set<number>
  insert(db: Db, data: Omit<TRecord, 'id'>): TRecord
  update(db: Db, id: number, data: Omit<TRecord, 'id'>): TRecord
  remove(db: Db, id: number): void
}

/**
 * The SQL of a small bilingual table that events reference (venues,
 * institutions): the record is mapped to and from its columns by `fields`,
 * searched with its `<table>_fts` index and sorted by `sort_key()` per row,
 * which is cheaper than keeping sort columns for a few hundred rows.
 *
 * Another such table is: a migration with `<table>` and `<table>_fts`; its
 * schemas in shared/; this repository and a `lookupTableService` (with how
 * events use it); its routes; and on the client LookupList, LookupCreate,
 * LookupEdit, LookupShow (client/src/lookup-tables/) and, for the event
 * form, a QuickCreateDialog.
 */
export function lookupTableRepository<TRecord extends LookupRecord, TSort extends string>(
  config: LookupTableConfig<TRecord, TSort>,
): LookupTableRepository<TRecord, TSort> {
  const { table } = config
  const fields: Array<[string, FieldKind]> = Object.entries<FieldKind>(config.fields)
  const columns = fields.flatMap(([field, kind]) =>
    kind === 'localized' ? [`${columnOf(field)}_en`, `${columnOf(field)}_es`] : [columnOf(field)],
  )
  const select = ['id', ...columns].map((column) => `t.${column}`).join(', ')
  const sorts = new Map(
    config.sortFields.map((sort) => [sort, config.sortSql?.[sort] ?? sortSql(sort, new Map(fields))]),
  )

  const selectById = `SELECT ${select} FROM ${table} t WHERE t.id = ?`
  const selectAll = `SELECT ${select} FROM ${table} t ORDER BY t.id`
  const selectExisting = `SELECT id FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`
  const insertSql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`
  const updateSql = `UPDATE ${table} SET ${columns.map((column) => `${column} = @${column}`).join(', ')} WHERE id = @id`
  const deleteSql = `DELETE FROM ${table} WHERE id = ?`
  const unindexSql = `DELETE FROM ${table}_fts WHERE rowid = ?`
  const indexSql = `INSERT INTO ${table}_fts (rowid, text) VALUES (?, ?)`

  // The columns are those of `fields`, which FieldsOf ties to TRecord's fields and their types.
  const toRecord = (row: Row): TRecord =>
    Object.fromEntries([
      ['id', row.id],
      ...fields.map(([field, kind]) => [
        field,
        kind === 'localized'
          ? { en: row[`${columnOf(field)}_en`], es: row[`${columnOf(field)}_es`] }
          : row[columnOf(field)],
      ]),
    ]) as TRecord

  const toParams = (data: Omit<TRecord, 'id'>): Record<string, unknown> =>
    Object.fromEntries(
      fields.flatMap(([field, kind]) => {
        const value: unknown = Reflect.get(data, field)
        return kind === 'localized' && isLocalizedText(value)
          ? [
              [`${columnOf(field)}_en`, value.en],
              [`${columnOf(field)}_es`, value.es],
            ]
          : [[columnOf(field), value]]
      }),
    )

  /** Writes the record's row of the search index: every text of every field, in both languages. */
  function index(db: Db, record: TRecord) {
    statement(db, unindexSql).run(record.id)
    const texts = fields.flatMap(([field]) => {
      const value: unknown = Reflect.get(record, field)
      return isLocalizedText(value) ? [value.en, value.es] : [typeof value === 'string' ? value : '']
    })
    statement(db, indexSql).run(record.id, texts.join('\n'))
  }

  function write(db: Db, id: number, data: Omit<TRecord, 'id'>): TRecord {
    // TRecord is its id and its data; TypeScript does not see that a spread of the two rebuilds it.
    const record = { id, ...data } as unknown as TRecord
    index(db, record)
    return record
  }

  return {
    table,

    findById(db, id) {
      const row = statement<Row>(db, selectById).get(id)
      return row && toRecord(row)
    },

    findAll(db) {
      return statement<Row>(db, selectAll).all().map(toRecord)
    },

    list(db, query) {
      const { filter, sort, range } = query
      const ids = filter.id === undefined ? undefined : [filter.id].flat()
      const page = selectPage<Row>(db, {
        select,
        from: `${table} t`,
        idColumn: 't.id',
        where: [
          filter.q === undefined ? null : matches('t.id', `${table}_fts`, filter.q),
          ids === undefined ? null : isIn('t.id', 'ids', ids),
          filter.unused === true ? { sql: `NOT (${config.usedByEventSql})`, params: {} } : null,
        ],
        orderBy: `${sorts.get(sort.field)} ${sort.order} NULLS LAST, t.id ${sort.order}`,
        range,
      })
      return { data: page.rows.map(toRecord), total: page.total }
    },

    existingIds(db, ids) {
      return new Set(pluckStatement<number>(db, selectExisting).all(JSON.stringify(ids)))
    },

    insert(db, data) {
      const id = Number(statement(db, insertSql).run(toParams(data)).lastInsertRowid)
      return write(db, id, data)
    },

    update(db, id, data) {
      statement(db, updateSql).run({ ...toParams(data), id })
      return write(db, id, data)
    },

    remove(db, id) {
      statement(db, deleteSql).run(id)
      statement(db, unindexSql).run(id)
    },
  }
}

/** The column (or columns' stem) of a field: `countryCode` is `country_code`. */
const columnOf = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

const isLocalizedText = (value: unknown): value is LocalizedText =>
  typeof value === 'object' && value !== null && 'en' in value && 'es' in value

/** The ORDER BY expression of a sort field; a field with no column is a mistake in the table's config. */
function sortSql(sort: string, fields: ReadonlyMap<string, FieldKind>): string {
  if (sort === 'id') return 't.id'
  const [field = '', lang] = sort.split('.')
  const kind = fields.get(field)
  const name = columnOf(field)
  if (kind === 'localized' && lang === undefined) return `sort_key(coalesce(nullif(t.${name}_en, ''), t.${name}_es))`
  if (kind === 'localized' && (lang === 'en' || lang === 'es')) return `sort_key(t.${name}_${lang})`
  if (kind !== undefined && kind !== 'localized' && lang === undefined) return `sort_key(t.${name})`
  throw new Error(`No column to sort ${sort} by`)
}
