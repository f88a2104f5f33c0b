import type { Event, Revision } from '@rcm/shared'
import { Box, Typography } from '@mui/material'
import { useCanAccess, useGetManyReference, useRecordContext, useTranslate } from 'react-admin'
import { RevisionDifference } from './RevisionDifference'

/**
 * For a reviewer opening an event that waits for review (or a published one
 * with unpublished changes): what changed since the version last published,
 * or else since the last review, per language, objective items included.
 */
export const ChangesSinceReview = () => {
  const record = useRecordContext<Event>()
  const translate = useTranslate()
  const { canAccess: isReviewer } = useCanAccess({ resource: 'events', action: 'publish' })
  const isWaiting = record !== undefined && (record.status === 'in_review' || record.hasUnpublishedChanges)
  // The same query as the timeline's, so it is asked once.
  const { data = [] } = useGetManyReference<Revision>(
    'revisions',
    {
      target: 'eventId',
      id: record?.id ?? 0,
      sort: { field: 'id', order: 'DESC' },
      pagination: { page: 1, perPage: 200 },
    },
    { enabled: record !== undefined },
  )
  if (!record || !isReviewer || !isWaiting) return null
  const published = data.find((revision) => revision.action === 'publish')
  const baseline = published ?? data.find((revision) => revision.action === 'request-changes')
  if (!baseline) return null
  const heading = published
    ? translate('rcm.review.since_published', { version: baseline.version })
    : translate('rcm.review.since_reviewed', { version: baseline.version })
  return (
    <Box component="section" sx={{ my: 2 }}>
      <Typography component="h2" variant="h6">
        {heading}
      </Typography>
      <RevisionDifference
        older={baseline}
        newer={{ version: record.version, data: { ...record, status: baseline.data.status } }}
      />
    </Box>
  )
}
