import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { SYSTEM_ACTOR } from '../actor'
import { openDatabase } from '../db/connection'
import { migrate } from '../db/migrate'
import type { ImportResult } from '@rcm/shared'
import { importExportFile, type ExportImportOutcome } from '../import/import-export-file'
import { importLegacyPage, type ImportedEvent, type ImportReport, type ImportStatus } from '../import/import-events'
import { ExportFileError } from '../import/read-export'
import type { ImportWarning } from '../import/legacy-page.parser'
import { IMPORT_USAGE, readImportArgs, UsageError, type ImportArgs } from './import-args'

/** Exit codes (docs/contract.md, "Commands"). */
const EXIT = { imported: 0, notImported: 1, badUsage: 2 } as const

const warningLine = (warning: ImportWarning, indent = '  ') => `${indent}line ${warning.line}: ${warning.message}`

function eventLines(event: ImportedEvent, isDryRun: boolean, status: ImportStatus): string[] {
  const would = isDryRun ? 'would be ' : ''
  const id = event.id === null || isDryRun ? '' : ` #${event.id}`
  const head =
    event.outcome === 'failed'
      ? `not imported (line ${event.line}) "${event.title}": ${event.error}`
      : `${would}${event.outcome}${id} "${event.title}"${event.outcome === 'created' ? ` (${status})` : event.isUnchanged ? ' (no changes)' : ''}`
  return [head, ...event.notes.map((note) => `  ${note}`), ...event.warnings.map((warning) => warningLine(warning))]
}

function summary(report: ImportReport): string {
  const { created, updated, unchanged, failed } = report.counts
  const warnings = report.warnings.length + report.events.reduce((total, event) => total + event.warnings.length, 0)
  const counts = `${created} created, ${updated} updated (${unchanged} without changes), ${failed} not imported, ${warnings} warning(s)`
  return `${report.events.length} event(s) read: ${counts}${report.isDryRun ? '. Dry run: nothing was written.' : '.'}`
}

function exportEventLine(event: ImportResult, isDryRun: boolean, status: ImportStatus): string {
  const where = event.line === null ? `event ${event.index}` : `line ${event.line}`
  const source = event.sourceId === null ? '' : ` (id ${event.sourceId} in the file)`
  if (event.action === 'error') return `not imported (${where})${source} "${event.title}": ${event.message}`
  const id = event.id === null ? '' : ` #${event.id}`
  const action = isDryRun ? `would be ${event.action === 'unchanged' ? 'left unchanged' : event.action}` : event.action
  const extra = [event.action === 'created' ? status : '', event.message].filter(Boolean).join('; ')
  return `${action}${id} "${event.title}"${source}${extra ? `: ${extra}` : ''}`
}

function exportSummary({ report, counts: { created, updated, unchanged, failed } }: ExportImportOutcome): string {
  const counts = `${created} created, ${updated} updated, ${unchanged} unchanged, ${failed} not imported`
  return `${report.events.length} event(s) read: ${counts}${report.isDryRun ? '. Dry run: nothing was written.' : '.'}`
}

/** The JSON or CSV export path of `main`: lines out, the exit code back. */
function runExportImport(
  db: Parameters<typeof importExportFile>[0],
  args: ImportArgs & { format: 'json' | 'csv' },
  text: string,
): number {
  let outcome: ExportImportOutcome
  try {
    outcome = importExportFile(db, SYSTEM_ACTOR, text, {
      format: args.format,
      status: args.status,
      dryRun: args.isDryRun,
      lang: 'en',
    })
  } catch (error) {
    if (!(error instanceof ExportFileError)) throw error
    console.error(`${args.file}: ${error.message}`)
    return EXIT.notImported
  }
  const { report, counts } = outcome
  const lines = report.events.map((event) => exportEventLine(event, report.isDryRun, args.status))
  if (report.events.length === 0) lines.push(`No event found in ${args.file}.`)
  lines.push(exportSummary(outcome))
  console.log(lines.join('\n'))
  return counts.failed === 0 ? EXIT.imported : EXIT.notImported
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Runs `npm run import`; returns the exit code. */
function main(argv: string[]): number {
  let args: ImportArgs
  let text: string
  try {
    args = readImportArgs(argv)
    if (!existsSync(args.file)) throw new UsageError(`No such file: ${args.file}`)
    text = readText(args.file)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(`${error.message}\n${IMPORT_USAGE}`)
    return EXIT.badUsage
  }

  const databasePath = resolve(process.env.DATABASE_PATH || './data/calendar.sqlite')
  // A dry run against a database that does not exist yet must not create it.
  const db = openDatabase(args.isDryRun && !existsSync(databasePath) ? ':memory:' : databasePath)
  try {
    migrate(db)
    if (args.format !== 'legacy-page') return runExportImport(db, { ...args, format: args.format }, text)
    const report = importLegacyPage(db, SYSTEM_ACTOR, text, {
      lang: args.lang,
      status: args.status,
      dryRun: args.isDryRun,
    })
    const lines = [
      ...report.warnings.map((warning) => warningLine(warning, '')),
      ...report.events.flatMap((event) => eventLines(event, report.isDryRun, args.status)),
    ]
    if (report.events.length === 0) lines.push(`No event found in ${args.file}: is it a copy of the events page?`)
    lines.push(summary(report))
    console.log(lines.join('\n'))
    const isComplete = report.events.length > 0 && report.counts.failed === 0
    return isComplete ? EXIT.imported : EXIT.notImported
  } catch (error) {
    console.error(`The import stopped: ${error instanceof Error ? error.message : String(error)}`)
    return EXIT.notImported
  } finally {
    db.close()
  }
}

process.exitCode = main(process.argv.slice(2))
