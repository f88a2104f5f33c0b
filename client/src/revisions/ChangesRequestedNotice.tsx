import type { Event, Revision } from '@rcm/shared'
import RateReviewIcon from '@mui/icons-material/RateReview'
import { Alert, AlertTitle } from '@mui/material'
import { useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin'

// The workflow steps; saves and restores in between do not end a request for changes.
const STEPS: Revision['action'][] = ['submit', 'request-changes', 'publish', 'unpublish', 'archive']

/**
 * On a draft that a reviewer sent back, their comment, who and when, until
 * the event is submitted again (its last step is then no longer theirs).
 */
export const ChangesRequestedNotice = () => {
  const record = useRecordContext<Event>()
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const { data } = useGetList<Revision>(
    'revisions',
    {
      filter: { eventId: record?.id, action: STEPS },
      sort: { field: 'id', order: 'DESC' },
      pagination: { page: 1, perPage: 1 },
    },
    { enabled: record?.status === 'draft' },
  )
  const last = data?.[0]
  if (record?.status !== 'draft' || last?.action !== 'request-changes') return null
  return (
    <Alert severity="warning" icon={<RateReviewIcon fontSize="inherit" />} sx={{ my: 1 }} role="status">
      <AlertTitle>
        {translate('rcm.changes_requested.title', {
          by: last.userName ?? translate('rcm.dashboard.activity.someone'),
          when: new Date(last.createdAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }),
        })}
      </AlertTitle>
      {last.comment ?? translate('rcm.dashboard.changes_requested.no_comment')}
    </Alert>
  )
}
