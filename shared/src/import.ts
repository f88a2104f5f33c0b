import { z } from 'zod'
import { VALIDATION_MESSAGES } from './validation-messages'

/** The files the admin app and `npm run import --format` take back: the public JSON and CSV exports without `lang`. */
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

/** The answer of `POST /api/import` and the report of the command line. */
export const ImportReportBodySchema = z.object({
  events: z.array(ImportResultSchema),
  isDryRun: z.boolean(),
})
export type ImportReportBody = z.infer<typeof ImportReportBodySchema>
