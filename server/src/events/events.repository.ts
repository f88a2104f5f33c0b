import type {
  Event,
  EventData,
  EventDocument,
  EventFilter,
  EventStatus,
  EventSummary,
  Language,
  ListQuery,
  Modality,
  ObjectiveSection,
} from '@rcm/shared'
import { type StaleText, untranslatedTexts } from '@rcm/shared'
import type { Db } from '../db/connection'
import { selectPage } from '../db/paged-query'
import { pluckStatement, statement } from '../db/statements'
import { cityKey, sortKey } from '../db/text'
import { eventConditions, eventOrderBy, longestSpanDays, type EventSortField } from './events-list.repository'
import { eventsSearchRepository } from './events-search.repository'

/** An `events` row as COLUMNS reads it (the benchmark's baseline reads the same). */
export interface EventRow {
  id: number
  version: number
  title_en: string
  title_es: string
  description_en: string
  description_es: string
  objectives: string
  start_date: string | null
  end_date: string | null
  modality: string
  city: string
  venue_id: number | null
  contact_emails: string
  contact_phones: string
  status: string
  has_unpublished_changes: number
  published_at: string | null
  created_at: string
  updated_at: string
  created_by: number | null
  updated_by: number | null
  stale_texts: string
  image_file_id: number | null
  // times and meeting link (issue 18 §2)
  start_time: string | null
  end_time: string | null
  time_zone: string | null
  meeting_url: string | null
  meeting_url_public: number
  // presidency and type (issue 18 §3)
  presidency_id: number | null
  type_id: number | null
}

export const COLUMNS = `e.id, e.version, e.title_en, e.title_es, e.description_en, e.description_es, e.objectives,
  e.start_date, e.end_date, e.modality, e.city, e.venue_id, e.contact_emails, e.contact_phones, e.status,
  e.has_unpublished_changes, e.published_at, e.created_at, e.updated_at, e.created_by, e.updated_by, e.stale_texts,
  e.image_file_id, e.start_time, e.end_time, e.time_zone, e.meeting_url, e.meeting_url_public, e.presidency_id,
  e.type_id`

/**
 * A row as the API's record. Not validated again: only this repository
 * writes events, from data the schemas accepted, and the columns have CHECKs.
 */
function toEvent(row: EventRow, institutionIds: number[], documents: EventDocument[], links: TaxonomyLinks): Event {
  return {
    id: row.id,
    version: row.version,
    title: { en: row.title_en, es: row.title_es },
    description: { en: row.description_en, es: row.description_es },
    objectives: JSON.parse(row.objectives) as ObjectiveSection[],
    startDate: row.start_date,
    endDate: row.end_date,
    modality: row.modality as Modality,
    city: row.city,
    venueId: row.venue_id,
    institutionIds,
    contactEmails: JSON.parse(row.contact_emails) as string[],
    contactPhones: JSON.parse(row.contact_phones) as string[],
    status: row.status as EventStatus,
    hasUnpublishedChanges: row.has_unpublished_changes === 1,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    updatedBy: row.updated_by,
    staleTexts: JSON.parse(row.stale_texts) as StaleText[],
    // documents and cover image (issue 18 §1)
    documents,
    imageFileId: row.image_file_id,
    // times and meeting link (issue 18 §2)
    startTime: row.start_time,
    endTime: row.end_time,
    timeZone: row.time_zone,
    meetingUrl: row.meeting_url,
    meetingUrlPublic: row.meeting_url_public === 1,
    // presidency, type, countries and networks (issue 18 §3)
    presidencyId: row.presidency_id,
    typeId: row.type_id,
    countryCodes: links.countryCodes,
    networkIds: links.networkIds,
  }
}

/**
 * The record's JSON as `JSON.stringify(toEvent(row))` gives it (the same
 * keys in the same order), built by SQLite: the JSON columns go in as stored.
 * One string per row reaches JavaScript instead of twenty-one values and the
 * string built from them, so a list page takes less time and leaves far less
 * garbage (decision 008, "Events' JSON is built by SQLite"). Read from
 * `events e`.
 */
export const EVENT_JSON = `json_object('id', e.id, 'version', e.version,
  'title', json_object('en', e.title_en, 'es', e.title_es), 'description', json_object('en', e.description_en, 'es', e.description_es),
  'objectives', json(e.objectives), 'startDate', e.start_date, 'endDate', e.end_date, 'modality', e.modality, 'city', e.city,
  'venueId', e.venue_id,
  'institutionIds', (SELECT json_group_array(institution_id ORDER BY position) FROM event_institutions WHERE event_id = e.id),
  'contactEmails', json(e.contact_emails), 'contactPhones', json(e.contact_phones), 'status', e.status,
  'hasUnpublishedChanges', json(CASE WHEN e.has_unpublished_changes = 1 THEN 'true' ELSE 'false' END), 'publishedAt', e.published_at,
  'createdAt', e.created_at, 'updatedAt', e.updated_at, 'createdBy', e.created_by, 'updatedBy', e.updated_by,
  'staleTexts', json(e.stale_texts),
  'documents', (SELECT json_group_array(json_object('id', d.id, 'fileId', d.file_id, 'title', json_object('en', d.title_en, 'es', d.title_es),
    'kind', d.kind, 'language', d.language, 'file', json_object('name', f.name, 'mediaType', f.media_type, 'bytes', f.bytes))
    ORDER BY d.position) FROM event_documents d JOIN files f ON f.id = d.file_id WHERE d.event_id = e.id),
  'imageFileId', e.image_file_id,
  'startTime', e.start_time, 'endTime', e.end_time, 'timeZone', e.time_zone, 'meetingUrl', e.meeting_url,
  'meetingUrlPublic', json(CASE WHEN e.meeting_url_public = 1 THEN 'true' ELSE 'false' END),
  'presidencyId', e.presidency_id, 'typeId', e.type_id,
  'countryCodes', (SELECT json_group_array(country_code ORDER BY position) FROM event_countries WHERE event_id = e.id),
  'networkIds', (SELECT json_group_array(network_id ORDER BY position) FROM event_networks WHERE event_id = e.id))`

// A constant, so the statement cache finds it without hashing it again (statements.ts).
const EVENT_JSON_BY_ID = `SELECT ${EVENT_JSON} FROM events e WHERE e.id = ?`

/**
 * A JSON array of the records' JSON, written into one Buffer of the exact
 * size: one large string holding a single character outside Latin-1 is
 * built as UTF-16, twice the bytes to build and encode; and a Buffer per row
 * plus their concatenation would allocate twice the body outside the V8 heap,
 * which at 100 lists a second brings a full garbage collection every two
 * seconds (decision 008).
 */
function jsonArray(parts: readonly string[]): Buffer {
  let size = 2 + Math.max(0, parts.length - 1)
  for (const part of parts) size += Buffer.byteLength(part)
  const body = Buffer.allocUnsafe(size)
  let offset = body.write('[')
  parts.forEach((part, index) => {
    if (index > 0) offset += body.write(',', offset)
    offset += body.write(part, offset)
  })
  body.write(']', offset)
  return body
}

/** The institution ids of every row, in their order, read in one query (no N+1). */
function institutionIdsOf(db: Db, rows: EventRow[]): Map<number, number[]> {
  const byEvent = new Map<number, number[]>()
  if (rows.length === 0) return byEvent
  if (rows.length === 1) {
    const id = rows[0]!.id
    byEvent.set(
      id,
      pluckStatement<number>(
        db,
        'SELECT institution_id FROM event_institutions WHERE event_id = ? ORDER BY position',
      ).all(id),
    )
    return byEvent
  }
  const links = statement<{ event_id: number; institution_id: number }>(
    db,
    `SELECT event_id, institution_id FROM event_institutions
      WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY event_id, position`,
  ).all(JSON.stringify(rows.map((row) => row.id)))
  for (const link of links) {
    const ids = byEvent.get(link.event_id)
    if (ids) ids.push(link.institution_id)
    else byEvent.set(link.event_id, [link.institution_id])
  }
  return byEvent
}

interface DocumentRow {
  id: number
  event_id: number
  file_id: number
  title_en: string
  title_es: string
  kind: EventDocument['kind']
  language: EventDocument['language']
  name: string
  media_type: string
  bytes: number
}

/** The documents of every row, in display order, read in one query. */
function documentsOf(db: Db, rows: EventRow[]): Map<number, EventDocument[]> {
  const byEvent = new Map<number, EventDocument[]>()
  if (rows.length === 0) return byEvent
  const found = statement<DocumentRow>(
    db,
    `SELECT d.id, d.event_id, d.file_id, d.title_en, d.title_es, d.kind, d.language, f.name, f.media_type, f.bytes
      FROM event_documents d JOIN files f ON f.id = d.file_id
      WHERE d.event_id IN (SELECT value FROM json_each(?)) ORDER BY d.event_id, d.position`,
  ).all(JSON.stringify(rows.map((row) => row.id)))
  for (const row of found) {
    const document: EventDocument = {
      id: row.id,
      fileId: row.file_id,
      title: { en: row.title_en, es: row.title_es },
      kind: row.kind,
      language: row.language,
      file: { name: row.name, mediaType: row.media_type, bytes: row.bytes },
    }
    const documents = byEvent.get(row.event_id)
    if (documents) documents.push(document)
    else byEvent.set(row.event_id, [document])
  }
  return byEvent
}

/** An event's countries and networks, in their order. */
interface TaxonomyLinks {
  countryCodes: string[]
  networkIds: number[]
}

/** The countries and networks of every row, read in one query each (no N+1). */
function taxonomyLinksOf(db: Db, rows: EventRow[]): Map<number, TaxonomyLinks> {
  const byEvent = new Map<number, TaxonomyLinks>(rows.map((row) => [row.id, { countryCodes: [], networkIds: [] }]))
  if (rows.length === 0) return byEvent
  const ids = JSON.stringify(rows.map((row) => row.id))
  const countries = statement<{ event_id: number; code: string }>(
    db,
    `SELECT event_id, country_code AS code FROM event_countries
      WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY event_id, position`,
  ).all(ids)
  for (const link of countries) byEvent.get(link.event_id)?.countryCodes.push(link.code)
  const networks = statement<{ event_id: number; network_id: number }>(
    db,
    `SELECT event_id, network_id FROM event_networks
      WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY event_id, position`,
  ).all(ids)
  for (const link of networks) byEvent.get(link.event_id)?.networkIds.push(link.network_id)
  return byEvent
}

/** Rows as records. */
function toEvents(db: Db, rows: EventRow[]): Event[] {
  const links = institutionIdsOf(db, rows)
  const documents = documentsOf(db, rows)
  const taxonomy = taxonomyLinksOf(db, rows)
  return rows.map((row) =>
    toEvent(
      row,
      links.get(row.id) ?? [],
      documents.get(row.id) ?? [],
      taxonomy.get(row.id) ?? { countryCodes: [], networkIds: [] },
    ),
  )
}

const DATA_COLUMNS = [
  'title_en',
  'title_es',
  'description_en',
  'description_es',
  'objectives',
  'start_date',
  'end_date',
  'modality',
  'city',
  'venue_id',
  'contact_emails',
  'contact_phones',
  'sort_title',
  'sort_title_en',
  'sort_title_es',
  'city_key',
  'untranslated_en',
  'untranslated_es',
  'stale_texts',
  'image_file_id',
  // times and meeting link (issue 18 §2)
  'start_time',
  'end_time',
  'time_zone',
  'meeting_url',
  'meeting_url_public',
  // presidency and type (issue 18 §3)
  'presidency_id',
  'type_id',
] as const

/** The columns written from an event's data, with the sort and filter keys derived from it. */
function dataParams(data: EventData): Record<(typeof DATA_COLUMNS)[number], string | number | null> {
  return {
    title_en: data.title.en,
    title_es: data.title.es,
    description_en: data.description.en,
    description_es: data.description.es,
    objectives: JSON.stringify(data.objectives),
    start_date: data.startDate,
    end_date: data.endDate,
    modality: data.modality,
    city: data.city,
    venue_id: data.venueId,
    contact_emails: JSON.stringify(data.contactEmails),
    contact_phones: JSON.stringify(data.contactPhones),
    sort_title: sortKey(data.title.en !== '' ? data.title.en : data.title.es),
    sort_title_en: sortKey(data.title.en),
    sort_title_es: sortKey(data.title.es),
    city_key: cityKey(data.city),
    untranslated_en: untranslatedTexts(data, 'en').length,
    untranslated_es: untranslatedTexts(data, 'es').length,
    stale_texts: JSON.stringify(data.staleTexts ?? []),
    image_file_id: data.imageFileId,
    // times and meeting link (issue 18 §2)
    start_time: data.startTime,
    end_time: data.endTime,
    time_zone: data.timeZone,
    meeting_url: data.meetingUrl,
    meeting_url_public: data.meetingUrlPublic ? 1 : 0,
    presidency_id: data.presidencyId,
    type_id: data.typeId,
  }
}

// A null id lets SQLite choose the next one.
const INSERT = `INSERT INTO events (id, ${DATA_COLUMNS.join(', ')}, status, published_at, publish_count, created_at, updated_at, created_by, updated_by)
  VALUES (@id, ${DATA_COLUMNS.map((column) => `@${column}`).join(', ')}, @status, @published_at, @publish_count, @now, @now, @actor, @actor)`

// The columns whose change alters the event's search row (the venue's names are in it too).
const SEARCHED_COLUMNS: ReadonlySet<(typeof DATA_COLUMNS)[number]> = new Set([
  'title_en',
  'title_es',
  'description_en',
  'description_es',
  'objectives',
  'city',
  'venue_id',
])

/**
 * An UPDATE of the data columns in `changed` only. SQLite rewrites the entry
 * of every index over a column in the SET list, changed or not: setting all
 * sixteen writes four times the pages of the one row (decision 008). The
 * version check is in the WHERE clause too, so a writer in another process
 * cannot slip in between.
 */
const updateSql = (changed: ReadonlyArray<(typeof DATA_COLUMNS)[number] | 'status'>) =>
  `UPDATE events SET ${changed.map((column) => `${column} = @${column}, `).join('')}has_unpublished_changes = @has_unpublished_changes,
    version = version + 1, updated_at = @now, updated_by = @actor
  WHERE id = @id AND version = @expected_version`

const sameIds = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((id, index) => id === b[index])

function writeInstitutions(db: Db, eventId: number, institutionIds: readonly number[]) {
  statement(db, 'DELETE FROM event_institutions WHERE event_id = ?').run(eventId)
  const insert = statement(db, 'INSERT INTO event_institutions (event_id, institution_id, position) VALUES (?, ?, ?)')
  institutionIds.forEach((institutionId, position) => insert.run(eventId, institutionId, position))
}

/** The documents as the event's save compares them: ids are the server's, the rest is the data. */
export const documentsKey = (documents: readonly EventDocument[]) =>
  JSON.stringify(documents.map((d) => [d.fileId, d.title.en, d.title.es, d.kind, d.language]))

/**
 * Writes the event's documents in the order given. A document keeps its id
 * when it is one of this event's already; any other gets a new one.
 */
function writeDocuments(db: Db, eventId: number, documents: readonly EventDocument[]) {
  const own = new Set(pluckStatement<number>(db, 'SELECT id FROM event_documents WHERE event_id = ?').all(eventId))
  statement(db, 'DELETE FROM event_documents WHERE event_id = ?').run(eventId)
  const insert = statement(
    db,
    `INSERT INTO event_documents (id, event_id, file_id, position, title_en, title_es, kind, language)
     VALUES (@id, @event_id, @file_id, @position, @title_en, @title_es, @kind, @language)`,
  )
  documents.forEach((document, position) => {
    const keepsId = document.id !== undefined && own.delete(document.id)
    insert.run({
      id: keepsId ? document.id : null,
      event_id: eventId,
      file_id: document.fileId,
      position,
      title_en: document.title.en,
      title_es: document.title.es,
      kind: document.kind,
      language: document.language,
    })
  })
}

function writeTaxonomyLinks(db: Db, eventId: number, data: EventData) {
  statement(db, 'DELETE FROM event_countries WHERE event_id = ?').run(eventId)
  const country = statement(db, 'INSERT INTO event_countries (event_id, country_code, position) VALUES (?, ?, ?)')
  data.countryCodes.forEach((code, position) => country.run(eventId, code, position))
  statement(db, 'DELETE FROM event_networks WHERE event_id = ?').run(eventId)
  const network = statement(db, 'INSERT INTO event_networks (event_id, network_id, position) VALUES (?, ?, ?)')
  data.networkIds.forEach((networkId, position) => network.run(eventId, networkId, position))
}

const sameCountriesAndNetworks = (a: EventData, b: EventData) =>
  a.countryCodes.join() === b.countryCodes.join() && sameIds(a.networkIds, b.networkIds)

function setPresidencyAuto(db: Db, id: number, isAuto: boolean): void {
  statement(db, 'UPDATE events SET presidency_auto = ? WHERE id = ?').run(isAuto ? 1 : 0, id)
}

const findRow = (db: Db, id: number) =>
  statement<EventRow>(db, `SELECT ${COLUMNS} FROM events e WHERE e.id = ?`).get(id)

function findById(db: Db, id: number): Event | undefined {
  const row = findRow(db, id)
  return row && toEvents(db, [row])[0]
}

export interface SummaryRow {
  id: number
  title_en: string
  title_es: string
  status: EventSummary['status']
  start_date: string | null
  end_date: string | null
  updated_at: string
}

/** The columns of an EventSummary, for the events list's own page query (`e` is events). */
export const SUMMARY_COLUMNS = 'e.id, e.title_en, e.title_es, e.status, e.start_date, e.end_date, e.updated_at'

export const toSummary = (row: SummaryRow): EventSummary => ({
  id: row.id,
  title: { en: row.title_en, es: row.title_es },
  status: row.status,
  startDate: row.start_date,
  endDate: row.end_date,
  updatedAt: row.updated_at,
})

/** A CalendarEvent as JSON, written by SQLite: a busy month is hundreds of them, with no object built per row. */
const CALENDAR_JSON = `json_object('id', e.id, 'title', json_object('en', e.title_en, 'es', e.title_es),
  'status', e.status, 'startDate', e.start_date, 'endDate', e.end_date, 'startTime', e.start_time,
  'endTime', e.end_time, 'timeZone', e.time_zone, 'version', e.version)`

function selectEvents<Row extends { id: number } = EventRow>(
  db: Db,
  query: ListQuery<EventFilter, EventSortField>,
  select = COLUMNS,
) {
  return selectPage<Row>(db, {
    select,
    from: 'events e',
    idColumn: 'e.id',
    where: eventConditions(query.filter, query.filter.endDate_gte === undefined ? undefined : longestSpanDays(db)),
    orderBy: eventOrderBy(query.sort),
    range: query.range,
  })
}

export const eventsRepository = {
  findById,

  /** The record as the API's JSON (what `JSON.stringify(findById())` gives), without building the object. */
  findJson(db: Db, id: number): Buffer | undefined {
    const json = pluckStatement<string>(db, EVENT_JSON_BY_ID).get(id)
    return json === undefined ? undefined : Buffer.from(json)
  },

  /** Every event, by id. */
  findAll(db: Db): Event[] {
    return toEvents(db, statement<EventRow>(db, `SELECT ${COLUMNS} FROM events e ORDER BY e.id`).all())
  },

  /**
   * The events whose title in `lang`, as it sorts (sortKey), starts with
   * `prefix`, by id, with that title and their city: a range of the title's
   * index, for the legacy importer to find the events it imported before.
   */
  findByTitlePrefix(db: Db, lang: Language, prefix: string): Array<{ id: number; title: string; city: string }> {
    const suffix = lang === 'es' ? 'es' : 'en'
    // U+10FFFF is the greatest character, so the range holds every title that starts with the prefix.
    // Sorted here: with ORDER BY id, SQLite scans the table in id order instead of the title's range.
    const sql = `SELECT id, title_${suffix} AS title, city FROM events WHERE sort_title_${suffix} >= ? AND sort_title_${suffix} < ? || char(1114111)`
    return statement<{ id: number; title: string; city: string }>(db, sql)
      .all(prefix, prefix)
      .sort((a, b) => a.id - b.id)
  },

  /** A page of events as short summaries (the dashboard's panels). */
  listSummaries(db: Db, query: ListQuery<EventFilter, EventSortField>): { data: EventSummary[]; total: number } {
    const page = selectEvents<SummaryRow>(db, query, SUMMARY_COLUMNS)
    return { data: page.rows.map(toSummary), total: page.total }
  },

  /** A page of events as the admin's calendar draws them (CalendarEvent), as a JSON array. */
  listCalendarJson(
    db: Db,
    query: ListQuery<EventFilter, EventSortField>,
  ): { body: Buffer; count: number; total: number } {
    const page = selectEvents<{ id: number; json: string }>(db, query, `e.id, ${CALENDAR_JSON} AS json`)
    return { body: jsonArray(page.rows.map((row) => row.json)), count: page.rows.length, total: page.total }
  },

  findCalendarJson(db: Db, id: number): Buffer | undefined {
    const json = pluckStatement<string>(db, `SELECT ${CALENDAR_JSON} FROM events e WHERE e.id = ?`).get(id)
    return json === undefined ? undefined : Buffer.from(json)
  },

  /** A page as the API's JSON array, with how many records it holds and the total. */
  listJson(db: Db, query: ListQuery<EventFilter, EventSortField>): { body: Buffer; count: number; total: number } {
    const page = selectEvents<{ id: number; json: string }>(db, query, `e.id, ${EVENT_JSON} AS json`)
    return { body: jsonArray(page.rows.map((row) => row.json)), count: page.rows.length, total: page.total }
  },

  insert(
    db: Db,
    data: EventData,
    meta: {
      id?: number
      status: EventStatus
      publishedAt: string | null
      now: string
      actorId: number | null
      /** False: the editor picked the presidency (the column's default is true). */
      presidencyAuto?: boolean
    },
  ): number {
    const params = {
      ...dataParams(data),
      id: meta.id ?? null,
      status: meta.status,
      published_at: meta.publishedAt,
      publish_count: meta.publishedAt === null ? 0 : 1,
      now: meta.now,
      actor: meta.actorId,
    }
    const id = Number(statement(db, INSERT).run(params).lastInsertRowid)
    writeInstitutions(db, id, data.institutionIds)
    if (data.documents.length > 0) writeDocuments(db, id, data.documents)
    writeTaxonomyLinks(db, id, data)
    if (meta.presidencyAuto === false) setPresidencyAuto(db, id, false)
    eventsSearchRepository.indexEvents(db, [id])
    return id
  },

  /**
   * Writes what differs between `previous` (the event as stored at
   * `expectedVersion`) and `data` as version `expectedVersion + 1`, and
   * `meta.status` when given. False, and nothing written, when the stored
   * version is not `expectedVersion`.
   */
  update(
    db: Db,
    id: number,
    previous: EventData,
    data: EventData,
    meta: {
      expectedVersion: number
      hasUnpublishedChanges: boolean
      status?: EventStatus
      now: string
      actorId: number | null
    },
  ): boolean {
    const values = dataParams(data)
    const before = dataParams(previous)
    const changed = DATA_COLUMNS.filter((column) => values[column] !== before[column])
    const params = {
      ...values,
      status: meta.status ?? null,
      has_unpublished_changes: meta.hasUnpublishedChanges ? 1 : 0,
      now: meta.now,
      actor: meta.actorId,
      id,
      expected_version: meta.expectedVersion,
    }
    const columns = meta.status === undefined ? changed : [...changed, 'status' as const]
    if (statement(db, updateSql(columns)).run(params).changes === 0) return false
    const institutionsChanged = !sameIds(previous.institutionIds, data.institutionIds)
    if (institutionsChanged) writeInstitutions(db, id, data.institutionIds)
    if (documentsKey(previous.documents) !== documentsKey(data.documents)) writeDocuments(db, id, data.documents)
    if (!sameCountriesAndNetworks(previous, data)) writeTaxonomyLinks(db, id, data)
    if (institutionsChanged || changed.some((column) => SEARCHED_COLUMNS.has(column)))
      eventsSearchRepository.indexEvents(db, [id])
    return true
  },

  /**
   * Moves the event to another workflow state as a new version. `publishedAt`
   * undefined leaves it; `isPublish` counts one more publication (ICS SEQUENCE).
   */
  setWorkflowState(
    db: Db,
    id: number,
    state: {
      status: EventStatus
      hasUnpublishedChanges: boolean
      publishedAt?: string | null
      isPublish: boolean
      now: string
      actorId: number | null
    },
  ): void {
    statement(
      db,
      `UPDATE events SET status = @status, has_unpublished_changes = @has_unpublished_changes,
         published_at = CASE WHEN @keep_published_at THEN published_at ELSE @published_at END,
         publish_count = publish_count + @publish_increment, version = version + 1, updated_at = @now, updated_by = @actor
       WHERE id = @id`,
    ).run({
      id,
      status: state.status,
      has_unpublished_changes: state.hasUnpublishedChanges ? 1 : 0,
      keep_published_at: state.publishedAt === undefined ? 1 : 0,
      published_at: state.publishedAt ?? null,
      publish_increment: state.isPublish ? 1 : 0,
      now: state.now,
      actor: state.actorId,
    })
  },

  /** How many times the event has been published, this time included. */
  publishCount(db: Db, id: number): number {
    return pluckStatement<number>(db, 'SELECT publish_count FROM events WHERE id = ?').get(id) ?? 0
  },

  /** Deletes the event; its institution links go with it (ON DELETE CASCADE). */
  remove(db: Db, id: number): void {
    statement(db, 'DELETE FROM events WHERE id = ?').run(id)
    eventsSearchRepository.indexEvents(db, [id])
  },

  countByVenue(db: Db, venueId: number): number {
    return pluckStatement<number>(db, 'SELECT count(*) FROM events WHERE venue_id = ?').get(venueId) ?? 0
  },

  countByInstitution(db: Db, institutionId: number): number {
    return (
      pluckStatement<number>(db, 'SELECT count(*) FROM event_institutions WHERE institution_id = ?').get(
        institutionId,
      ) ?? 0
    )
  },

  // presidency, type, countries and networks (issue 18 §3)

  /** Whether the server chose the event's presidency from its date (true) or the editor picked it. */
  isPresidencyAuto(db: Db, id: number): boolean {
    return pluckStatement<number>(db, 'SELECT presidency_auto FROM events WHERE id = ?').get(id) !== 0
  },

  setPresidencyAuto,

  countByType(db: Db, typeId: number): number {
    return pluckStatement<number>(db, 'SELECT count(*) FROM events WHERE type_id = ?').get(typeId) ?? 0
  },

  countByNetwork(db: Db, networkId: number): number {
    return pluckStatement<number>(db, 'SELECT count(*) FROM event_networks WHERE network_id = ?').get(networkId) ?? 0
  },

  reindexByVenue: eventsSearchRepository.reindexByVenue,
  reindexByInstitution: eventsSearchRepository.reindexByInstitution,
}
