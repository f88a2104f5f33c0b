import { ImportReportBodySchema, ImportRequestSchema, RESOURCE_ACCESS } from '@rcm/shared'
import { actorOf } from '../http/access'
import { badRequest } from '../http/errors'
import { routeTable } from '../http/route-table'
import { requestLanguage } from '../i18n/request-language'
import { importExportFile } from './import-export-file'
import { ExportFileError } from './read-export'

/**
 * `/api/import`: the admin app's import of a JSON or CSV export, through the
 * same service as `npm run import`. A dry run (the default) reports what
 * would change and writes nothing. Editors may import drafts; published
 * events need a reviewer (403 from the service).
 */
export const importRoutes = routeTable('/api/import', 'Import', [
  {
    method: 'POST',
    path: '/',
    access: RESOURCE_ACCESS.import.write,
    summary: 'Import a JSON or CSV export',
    description:
      'The text of a file made by `/api/public/events.json` or `.csv` without `lang`. ' +
      'Events are matched to earlier imports by a stable key, so importing again creates no duplicates. ' +
      'A dry run (the default) says what would change and writes nothing; creating published events needs a reviewer. ' +
      'A body over 1 MB is a 413: use `npm run import`.',
    body: ImportRequestSchema,
    ok: { description: 'What happened (or would) to each event of the file', json: ImportReportBodySchema },
    handler: (req, res, { db }) => {
      const input = ImportRequestSchema.parse(req.body)
      try {
        res.json(
          importExportFile(db, actorOf(res), input.content, {
            format: input.format,
            status: input.status,
            dryRun: input.dryRun,
            lang: requestLanguage(req),
          }).report,
        )
      } catch (error) {
        if (error instanceof ExportFileError) throw badRequest({ content: error.text }, error.text)
        throw error
      }
    },
  },
])
