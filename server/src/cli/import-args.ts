import { parseArgs } from 'node:util'
import { LANGUAGES, type Language } from '@rcm/shared'
import { IMPORT_STATUSES, type ImportStatus } from '../import/import-events'

export const IMPORT_USAGE =
  'Usage: npm run import -- FILE [--format legacy-page|json|csv] [--lang en|es] [--status draft|published] [--dry-run]'
const FORMATS = ['legacy-page', 'json', 'csv'] as const
export type ImportFormat = (typeof FORMATS)[number]

/** A command line that `npm run import` refuses (exit 2). */
export class UsageError extends Error {}

export interface ImportArgs {
  file: string
  format: ImportFormat
  /** The language of a legacy page; json and csv exports carry both. */
  lang: Language
  status: ImportStatus
  isDryRun: boolean
}

const oneOf = <T extends string>(values: readonly T[], value: string, option: string): T => {
  const found = values.find((candidate) => candidate === value)
  if (found === undefined) throw new UsageError(`--${option} must be one of ${values.join(', ')}, not "${value}"`)
  return found
}

/**
 * Reads `npm run import`'s arguments; throws a UsageError for an unknown
 * flag, a bad value, no file or several, and for `--lang` with json or csv,
 * whose files hold both languages.
 */
export function readImportArgs(argv: string[]): ImportArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'legacy-page' },
        lang: { type: 'string' },
        status: { type: 'string', default: 'draft' },
        'dry-run': { type: 'boolean', default: false },
      },
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  if (positionals.length !== 1)
    throw new UsageError(positionals.length === 0 ? 'Name the file to import' : 'Import one file at a time')
  const format = oneOf(FORMATS, values.format, 'format')
  if (format !== 'legacy-page' && values.lang !== undefined) {
    throw new UsageError(`--lang is for --format legacy-page; a ${format} export without lang holds both languages`)
  }
  return {
    file: positionals[0] ?? '',
    format,
    lang: oneOf(LANGUAGES, values.lang ?? 'en', 'lang'),
    status: oneOf(IMPORT_STATUSES, values.status, 'status'),
    isDryRun: values['dry-run'],
  }
}
