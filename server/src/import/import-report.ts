import { IMPORT_REPORT_MAX_ERRORS, type ImportReportBody, type ImportResult } from '@rcm/shared'

/** The reasons `errorSummary` counts at most; the rest of a file's errors are in `errorCount`. */
const MAX_REASONS = 50

/**
 * The reasons one error row gives: each `field: message` of a validation
 * error (joined with `; ` by describeFieldErrors), or its whole message.
 * Counted per reason, ten thousand copies of one mistake read as one line.
 */
const reasonsOf = (message: string) => message.split('; ').filter((reason) => reason !== '')

/** The report of `events`: every row, and each error reason counted. */
export function fullReport(events: ImportResult[], isDryRun: boolean): ImportReportBody {
  const counts = new Map<string, number>()
  let errorCount = 0
  for (const event of events) {
    if (event.action !== 'error') continue
    errorCount++
    for (const reason of new Set(reasonsOf(event.message))) counts.set(reason, (counts.get(reason) ?? 0) + 1)
  }
  const errorSummary = [...counts]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .slice(0, MAX_REASONS)
    .map(([message, count]) => ({ message, count }))
  return { events, isDryRun, errorCount, errorsOmitted: 0, errorSummary }
}

/**
 * The report as the API answers it: the first `maxErrors` error rows and
 * every other row; the errors left out are counted in `errorsOmitted` and
 * summed up in `errorSummary`. At most IMPORT_MAX_RECORDS rows, each short,
 * so the answer stays small whatever the file.
 */
export function boundedReport(report: ImportReportBody, maxErrors = IMPORT_REPORT_MAX_ERRORS): ImportReportBody {
  let errorsKept = 0
  const events = report.events.filter((event) => event.action !== 'error' || errorsKept++ < maxErrors)
  return { ...report, events, errorsOmitted: report.errorCount - Math.min(report.errorCount, maxErrors) }
}
