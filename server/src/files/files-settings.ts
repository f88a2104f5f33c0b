import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

/** Where attached files are kept and how large one may be (docs/contract.md, "Files"). */
export interface FilesSettings {
  /** UPLOADS_PATH: the folder of the files' content; default `uploads` beside the database. */
  uploadsPath: string
  /** MAX_UPLOAD_MB in bytes: the largest file accepted (default 25 MB). */
  maxUploadBytes: number
}

const MB = 1024 * 1024

/**
 * The settings from the environment. Uploads go beside the database unless
 * UPLOADS_PATH says otherwise, so the default database (`./data/calendar.sqlite`)
 * has its files in `./data/uploads`, and a test's or a second instance's
 * database its own.
 */
export function filesSettings(databasePath: string, env: NodeJS.ProcessEnv = process.env): FilesSettings {
  const megabytes = Number(env.MAX_UPLOAD_MB)
  return {
    uploadsPath: resolve(env.UPLOADS_PATH || join(dirname(resolve(databasePath)), 'uploads')),
    maxUploadBytes: env.MAX_UPLOAD_MB && Number.isFinite(megabytes) && megabytes > 0 ? megabytes * MB : 25 * MB,
  }
}

/** Settings for an app made without them (tests over an in-memory database): a fresh folder of its own. */
export function temporaryFilesSettings(overrides: Partial<FilesSettings> = {}): FilesSettings {
  return {
    uploadsPath: overrides.uploadsPath ?? mkdtempSync(join(tmpdir(), 'rcm-uploads-')),
    maxUploadBytes: overrides.maxUploadBytes ?? 25 * MB,
  }
}
