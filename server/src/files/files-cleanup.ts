import type { Db } from '../db/connection'
import { writeTransaction } from '../db/transaction'
import type { FileStore } from './file-store'
import { filesRepository } from './files.repository'

/** How long an upload may wait to be saved into an event before a cleanup takes it for abandoned. */
export const UPLOAD_GRACE_MS = 24 * 60 * 60_000

export interface CleanupResult {
  /** Files (rows) removed: nothing referenced them. */
  files: number
  /** Contents removed from disk: no file row had them. */
  contents: number
  /** Uploads that never finished, removed from tmp/. */
  unfinished: number
}

/**
 * Removes what nothing needs: the files no working copy, public copy or
 * revision of an existing event names (files.repository.ts, findUnreferenced),
 * then the contents on disk that no file has, then unfinished uploads.
 * Anything newer than `graceMs` stays, so a file uploaded a moment ago and
 * not yet saved into its event, or a content being put in place, is never
 * taken (file-store.ts touches a content each time it is uploaded again).
 */
export async function cleanUpFiles(
  db: Db,
  store: FileStore,
  options: { now?: Date; graceMs?: number } = {},
): Promise<CleanupResult> {
  const now = (options.now ?? new Date()).getTime()
  const before = now - (options.graceMs ?? UPLOAD_GRACE_MS)
  const removed = writeTransaction(db, () => {
    const unreferenced = filesRepository.findUnreferenced(db, new Date(before).toISOString())
    for (const file of unreferenced) filesRepository.remove(db, file.id)
    return unreferenced.length
  })
  const kept = filesRepository.storedHashes(db)
  let contents = 0
  for (const blob of await store.listBlobs()) {
    if (kept.has(blob.sha256) || blob.mtimeMs >= before) continue
    await store.removeBlob(blob.sha256)
    contents++
  }
  const unfinished = await store.removeStaleTemps(now - Math.min(options.graceMs ?? UPLOAD_GRACE_MS, 60 * 60_000))
  return { files: removed, contents, unfinished }
}
