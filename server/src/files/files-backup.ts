import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { RestoreRefused } from '../db/restore'
import { fileStore } from './file-store'

/** Where `npm run backup -- OUT.sqlite` puts the files the copy names: `OUT.sqlite.files/`, laid out as UPLOADS_PATH. */
export const backupFilesPath = (backupPath: string) => `${backupPath}.files`

/** The contents (SHA-256) that the files of the database at `path` name, read without writing to it. */
function referencedContents(path: string): string[] {
  let db: Database.Database
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
  } catch {
    // Not a database there: the restore's own checks say so (db/restore.ts).
    return []
  }
  try {
    const hasFiles = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'files'").get()
    if (!hasFiles) return []
    return db.prepare('SELECT DISTINCT sha256 FROM files').pluck().all() as string[]
  } catch {
    return []
  } finally {
    db.close()
  }
}

/**
 * Copies, beside the database copy at `backupPath`, exactly the contents its
 * `files` name, from UPLOADS_PATH: the copy was taken first, so the set is
 * the one that copy needs (the cleanup never removes a content a file row
 * still names). Throws naming a content that is missing from UPLOADS_PATH.
 */
export function backUpFiles(backupPath: string, uploadsPath: string): number {
  const source = fileStore(uploadsPath)
  const target = fileStore(backupFilesPath(backupPath))
  const contents = referencedContents(backupPath)
  for (const sha256 of contents) {
    const from = source.blobPath(sha256)
    if (!existsSync(from))
      throw new Error(`${from} is missing: the database names it but UPLOADS_PATH does not have it`)
    mkdirSync(join(target.uploadsPath, sha256.slice(0, 2)), { recursive: true })
    copyFileSync(from, target.blobPath(sha256))
  }
  return contents.length
}

const sha256Of = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

/**
 * Checks, before anything is restored, that every content the backup's
 * files name is either in the backup's files folder, intact (its SHA-256 is
 * its name), or already in UPLOADS_PATH. Returns the contents to copy in;
 * throws RestoreRefused naming one that is missing or damaged.
 */
export function checkBackupFiles(backupPath: string, uploadsPath: string): string[] {
  const backup = fileStore(backupFilesPath(backupPath))
  const current = fileStore(uploadsPath)
  const toCopy: string[] = []
  for (const sha256 of referencedContents(backupPath)) {
    const inBackup = backup.blobPath(sha256)
    if (existsSync(inBackup)) {
      if (sha256Of(inBackup) !== sha256)
        throw new RestoreRefused(`${inBackup} is damaged: its content is not ${sha256}`)
      if (!existsSync(current.blobPath(sha256))) toCopy.push(sha256)
    } else if (!existsSync(current.blobPath(sha256))) {
      throw new RestoreRefused(
        `the backup names the file content ${sha256}, which is neither in ${backup.uploadsPath} nor in ${uploadsPath}`,
      )
    }
  }
  return toCopy
}

/** Copies the checked contents into UPLOADS_PATH, each through a temporary name so a content is there whole or not at all. */
export function restoreFiles(backupPath: string, uploadsPath: string, contents: readonly string[]): void {
  const backup = fileStore(backupFilesPath(backupPath))
  const current = fileStore(uploadsPath)
  for (const sha256 of contents) {
    const target = current.blobPath(sha256)
    mkdirSync(join(uploadsPath, sha256.slice(0, 2)), { recursive: true })
    copyFileSync(backup.blobPath(sha256), `${target}.restoring`)
    renameSync(`${target}.restoring`, target)
  }
}
