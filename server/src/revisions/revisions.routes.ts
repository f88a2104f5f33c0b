import { RESOURCE_ACCESS, REVISION_SORT_FIELDS, RevisionFilterSchema, RevisionSchema } from '@rcm/shared'
import { readOnlyRoutes } from '../http/crud-routes'
import { notFound } from '../http/errors'
import { revisionsRepository } from './revisions.repository'

/** `/api/revisions`: read-only; getManyReference by `eventId`. */
export const revisionsRoutes = readOnlyRoutes(
  {
    resource: 'revisions',
    label: 'Revision',
    one: 'revision',
    tag: 'History',
    roles: RESOURCE_ACCESS.revisions,
    record: RevisionSchema,
    sortFields: REVISION_SORT_FIELDS,
    defaultSort: { field: 'id', order: 'DESC' },
    filterSchema: RevisionFilterSchema,
    description:
      'Every save and workflow step of an event (getManyReference by `eventId`); `data` is the event as it was.',
  },
  {
    list: ({ db }, query) => revisionsRepository.list(db, query),
    get: ({ db }, id) => {
      const revision = revisionsRepository.findById(db, id)
      if (!revision) throw notFound('Revision')
      return revision
    },
  },
)
