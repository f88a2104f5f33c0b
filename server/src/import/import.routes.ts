import { ImportJobSchema, ImportReportBodySchema, ImportRequestSchema, RESOURCE_ACCESS } from '@rcm/shared'
import { z } from 'zod'
import { actorOf } from '../http/access'
import { notFound } from '../http/errors'
import { routeTable } from '../http/route-table'
import { requestLanguage } from '../i18n/request-language'
import { failureError, findImportJob, jobBody, startImportJob } from './import-jobs'

/** `Prefer: respond-async` (RFC 7240): answer 202 with a job to poll instead of waiting for the report. */
const prefersAsync = (header: string | undefined) =>
  (header ?? '').split(',').some((preference) => preference.trim().toLowerCase() === 'respond-async')

const JobParamsSchema = z.object({ id: z.string().max(64) })

/**
 * `/api/import`: the admin app's import of a file of its Export menu, through the
 * same service as `npm run import`. A dry run (the default) reports what
 * would change and writes nothing. Editors may import drafts; published
 * events need a reviewer (403 from the service). Imports run one at a time,
 * big ones in a worker thread (import-jobs.ts).
 */
export const importRoutes = routeTable('/api/import', 'Import', [
  {
    method: 'POST',
    path: '/',
    access: RESOURCE_ACCESS.import.write,
    summary: 'Import a JSON or CSV export',
    description:
      "The text of a file of the admin app's Export menu: `/api/public/events.json` or `.csv` (with or without `lang`; " +
      'a one-language file changes that language only), or the events list as CSV or JSON. iCalendar is refused (400). ' +
      'Events are matched to earlier imports by a stable key, so importing again creates no duplicates; ' +
      'a file that shows an event as it is stored reports it `unchanged` and writes nothing. ' +
      'A dry run (the default) says what would change and writes nothing; creating published events needs a reviewer. ' +
      'A body over 1 MB, or a file of more than 10,000 events, is a 413: use `npm run import`. ' +
      'The report lists the first 100 errors and counts them all per reason. ' +
      'With `Prefer: respond-async` the answer is 202 and `Location` names the job to poll.',
    body: ImportRequestSchema,
    ok: { description: 'What happened (or would) to each event of the file', json: ImportReportBodySchema },
    handler: async (req, res, { db }) => {
      const input = ImportRequestSchema.parse(req.body)
      const job = startImportJob(
        db,
        {
          actor: actorOf(res),
          content: input.content,
          options: { format: input.format, status: input.status, dryRun: input.dryRun, lang: requestLanguage(req) },
        },
        (error) => console.error('Import failed:', error),
      )
      if (prefersAsync(req.get('Prefer'))) {
        res
          .status(202)
          .location(`/api/import/jobs/${job.id}`)
          .set('Preference-Applied', 'respond-async')
          .json(jobBody(job, requestLanguage(req)))
        return
      }
      await job.finished
      if (job.failure) throw failureError(job.failure)
      res.json(job.report)
    },
  },
  {
    method: 'GET',
    path: '/jobs/:id',
    access: RESOURCE_ACCESS.import.write,
    summary: 'An import started with `Prefer: respond-async`',
    description:
      'Its progress (`done` of `total` events) while it runs, then its report, or the error the import answered. ' +
      'Only the user who started it sees it; it is kept 15 minutes after it ends.',
    ok: { description: 'The job', json: ImportJobSchema },
    handler: (req, res) => {
      const { id } = JobParamsSchema.parse(req.params)
      const job = findImportJob(id, actorOf(res))
      if (!job) throw notFound()
      res.json(jobBody(job, requestLanguage(req)))
    },
  },
])
