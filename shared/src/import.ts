import { z } from 'zod'
import { VALIDATION_MESSAGES } from './validation-messages'

/** The files the admin app and `npm run import --format` take back: the Export menu's JSON and CSV files (docs/import.md). */
export const IMPORT_FILE_FORMATS = ['json', 'csv'] as const
export type ImportFileFormat = (typeof IMPORT_FILE_FORMATS)[number]

/** `POST /api/import`: a file's text, what it is, and whether to only say what would change. */
export const ImportRequestSchema = z.strictObject({
  format: z.enum(IMPORT_FILE_FORMATS),
  content: z.string().min(1, { message: VALIDATION_MESSAGES.emptyFile.en }),
  /** The status of the events created; publishing needs a reviewer. */
  status: z.enum(['draft', 'published']).default('draft'),
  dryRun: z.boolean().default(true),
})
export type ImportRequest = z.infer<typeof ImportRequestSchema>

export const IMPORT_ACTIONS = ['created', 'updated', 'unchanged', 'error'] as const
export type ImportAction = (typeof IMPORT_ACTIONS)[number]

/** What happened, or would happen, to one event of the file. */
export const ImportResultSchema = z.object({
  /** The CSV line the event starts on; null for JSON. */
  line: z.number().int().nullable(),
  /** Its position in the file, from 1. */
  index: z.number().int().positive(),
  /** Its id in the file. */
  sourceId: z.number().int().nullable(),
  /** Its id here; null for an error, and for an event a dry run would create. */
  id: z.number().int().nullable(),
  title: z.string(),
  action: z.enum(IMPORT_ACTIONS),
  /** Why it failed, or what was created on the way. */
  message: z.string(),
})
export type ImportResult = z.infer<typeof ImportResultSchema>

/** The most events one import reads; a bigger file is refused (413): split it, or use `npm run import`. */
export const IMPORT_MAX_RECORDS = 10_000

/** The error rows a report lists one by one; past them, errors are counted per message in `errorSummary`. */
export const IMPORT_REPORT_MAX_ERRORS = 100

/** How many events failed for one reason (a field and its message, or the whole message). */
export const ImportErrorCountSchema = z.object({ message: z.string(), count: z.number().int().positive() })

/** The answer of `POST /api/import` and the report of the command line. */
export const ImportReportBodySchema = z.object({
  /** Every event created, updated or unchanged, and the first IMPORT_REPORT_MAX_ERRORS errors, in file order. */
  events: z.array(ImportResultSchema),
  isDryRun: z.boolean(),
  /** The events that failed, all of them, listed in `events` or not. */
  errorCount: z.number().int().nonnegative(),
  /** The errors left out of `events` (past IMPORT_REPORT_MAX_ERRORS). */
  errorsOmitted: z.number().int().nonnegative(),
  /** Every error counted per reason, most frequent first (at most 50 reasons); empty without errors. */
  errorSummary: z.array(ImportErrorCountSchema),
})
export type ImportReportBody = z.infer<typeof ImportReportBodySchema>

export const IMPORT_JOB_STATES = ['running', 'done', 'failed'] as const

/**
 * `GET /api/import/jobs/{id}`: an import started with `Prefer: respond-async`.
 * `done` of `total` events read and written so far (`total` null until the
 * file is read); `report` once done; `error` (the error answer the
 * synchronous call would have given, with its status) once failed.
 */
export const ImportJobSchema = z.object({
  id: z.string(),
  state: z.enum(IMPORT_JOB_STATES),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().nullable(),
  report: ImportReportBodySchema.nullable(),
  error: z
    .object({ status: z.number().int(), message: z.string(), errors: z.record(z.string(), z.string()).optional() })
    .nullable(),
})
export type ImportJob = z.infer<typeof ImportJobSchema>
