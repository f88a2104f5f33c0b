import { REVISION_SORT_FIELDS, RevisionFilterSchema } from '@rcm/shared'
import type { Router } from 'express'
import type { Db } from '../db/connection'
import { notFound } from '../http/errors'
import { readOnlyRouter } from '../http/crud-router'
import { revisionsRepository } from './revisions.repository'

/** `/api/revisions`: read-only (writes are a 405); getManyReference by `eventId`. */
export function revisionsRouter(db: Db): Router {
  return readOnlyRouter(
    {
      resource: 'revisions',
      label: 'Revision',
      sortFields: REVISION_SORT_FIELDS,
      defaultSort: { field: 'id', order: 'DESC' },
      filterSchema: RevisionFilterSchema,
    },
    {
      list: (query) => revisionsRepository.list(db, query),
      get: (id) => {
        const revision = revisionsRepository.findById(db, id)
        if (!revision) throw notFound('Revision')
        return revision
      },
    },
  )
}
