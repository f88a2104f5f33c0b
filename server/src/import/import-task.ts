import { IMPORT_MAX_RECORDS, type ImportReportBody } from '@rcm/shared'
import type { Actor } from '../actor'
import type { Db } from '../db/connection'
import { HttpError, type FieldTexts } from '../http/errors'
import type { Text } from '../i18n/messages'
import { importExportFile, type ExportImportOptions } from './import-export-file'
import { boundedReport } from './import-report'
import { ExportFileError } from './read-export'

/** One import as the API runs it: who, what file, how. Plain data, so that it can be posted to a worker thread. */
export interface ImportTask {
  actor: Actor
  content: string
  options: Omit<ExportImportOptions, 'onProgress' | 'maxRecords'>
}

/** An import's refusal as the error handler would answer it, in plain data. */
export interface ImportFailure {
  status: number
  text: Text
  fieldErrors?: FieldTexts
}

export type ImportOutcome = { report: ImportReportBody } | { failure: ImportFailure }

/**
 * Runs `task` on `db` with the API's limits: at most IMPORT_MAX_RECORDS
 * events, and the report bounded (import-report.ts). A file that cannot be
 * read and a refusal come back as a failure; anything else is thrown.
 */
export function runImportTask(
  db: Db,
  task: ImportTask,
  onProgress?: (done: number, total: number) => void,
): ImportOutcome {
  try {
    const { report } = importExportFile(db, task.actor, task.content, {
      ...task.options,
      maxRecords: IMPORT_MAX_RECORDS,
      onProgress,
    })
    return { report: boundedReport(report) }
  } catch (error) {
    if (error instanceof ExportFileError)
      return { failure: { status: error.status, text: error.text, fieldErrors: { content: error.text } } }
    if (error instanceof HttpError)
      return { failure: { status: error.status, text: error.text, fieldErrors: error.fieldErrors } }
    throw error
  }
}
