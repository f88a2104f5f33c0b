import { ImportRequestSchema } from '@rcm/shared'
import { Router } from 'express'
import type { Db } from '../db/connection'
import { actorOf } from '../http/access'
import { badRequest } from '../http/errors'
import { allowOnly } from '../http/method-not-allowed'
import { requestLanguage } from '../i18n/request-language'
import { importExportFile } from './import-export-file'
import { ExportFileError } from './read-export'

/**
 * `/api/import`: the admin app's import of a JSON or CSV export, through the
 * same service as `npm run import`. A dry run (the default) reports what
 * would change and writes nothing. Editors may import drafts; published
 * events need a reviewer (403 from the service).
 */
export function importRouter(db: Db): Router {
  const router = Router()

  router.post('/', (req, res) => {
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
  })

  router.all('/', allowOnly('POST'))
  return router
}
