import type { StoredFile } from '@rcm/shared'
import type { Db } from '../db/connection'
import { pluckStatement, statement } from '../db/statements'

interface FileRow {
  id: number
  sha256: string
  name: string
  media_type: string
  bytes: number
  width: number | null
  height: number | null
  created_by: number | null
  created_at: string
}

const COLUMNS = 'id, sha256, name, media_type, bytes, width, height, created_by, created_at'

export const toStoredFile = (row: FileRow): StoredFile => ({
  id: row.id,
  name: row.name,
  mediaType: row.media_type,
  bytes: row.bytes,
  sha256: row.sha256,
  ...(row.width !== null && row.height !== null ? { width: row.width, height: row.height } : {}),
})

/** The `files` table: one row per upload; several rows may share one content (sha256). */
export const filesRepository = {
  insert(
    db: Db,
    file: Omit<StoredFile, 'id' | 'width' | 'height'> & { width: number | null; height: number | null },
    meta: { createdBy: number | null; now: string },
  ): number {
    const result = statement(
      db,
      `INSERT INTO files (sha256, name, media_type, bytes, width, height, created_by, created_at)
       VALUES (@sha256, @name, @media_type, @bytes, @width, @height, @created_by, @created_at)`,
    ).run({
      sha256: file.sha256,
      name: file.name,
      media_type: file.mediaType,
      bytes: file.bytes,
      width: file.width,
      height: file.height,
      created_by: meta.createdBy,
      created_at: meta.now,
    })
    return Number(result.lastInsertRowid)
  },

  findById(db: Db, id: number): StoredFile | undefined {
    const row = statement<FileRow>(db, `SELECT ${COLUMNS} FROM files WHERE id = ?`).get(id)
    return row && toStoredFile(row)
  },

  /** The files of `ids` that exist, by id. */
  findByIds(db: Db, ids: readonly number[]): Map<number, StoredFile> {
    if (ids.length === 0) return new Map()
    const rows = statement<FileRow>(
      db,
      `SELECT ${COLUMNS} FROM files WHERE id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(ids))
    return new Map(rows.map((row) => [row.id, toStoredFile(row)]))
  },

  /** The file, if some public copy names it: the only files served without a session. */
  findPublic(db: Db, id: number): StoredFile | undefined {
    const row = statement<FileRow>(
      db,
      `SELECT ${COLUMNS} FROM files f WHERE f.id = ? AND EXISTS (SELECT 1 FROM public_copy_files p WHERE p.file_id = f.id)`,
    ).get(id)
    return row && toStoredFile(row)
  },

  /**
   * The files created before `before` that nothing needs any more: no event's
   * working copy lists or shows them, no public copy names them, and no
   * revision of an event that still exists does (a revision can be restored
   * only while its event exists).
   */
  findUnreferenced(db: Db, before: string): Array<{ id: number; sha256: string }> {
    return statement<{ id: number; sha256: string }>(
      db,
      `SELECT f.id, f.sha256 FROM files f
        WHERE f.created_at < @before
          AND NOT EXISTS (SELECT 1 FROM event_documents d WHERE d.file_id = f.id)
          AND NOT EXISTS (SELECT 1 FROM events e WHERE e.image_file_id = f.id)
          AND NOT EXISTS (SELECT 1 FROM public_copy_files p WHERE p.file_id = f.id)
          AND NOT EXISTS (SELECT 1 FROM revision_files r JOIN events e ON e.id = r.event_id WHERE r.file_id = f.id)`,
    ).all({ before })
  },

  remove(db: Db, id: number): void {
    statement(db, 'DELETE FROM files WHERE id = ?').run(id)
  },

  /** Every content (sha256) some file row has. */
  storedHashes(db: Db): Set<string> {
    return new Set(pluckStatement<string>(db, 'SELECT DISTINCT sha256 FROM files').all())
  },
}
