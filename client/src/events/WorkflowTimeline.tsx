import type { Event, Revision } from '@rcm/shared'
import { Box, List, ListItem, ListItemText, Typography } from '@mui/material'
import { useGetManyReference, useLocaleState, useRecordContext, useTranslate } from 'react-admin'

/** The server may name who made a revision; otherwise the user's id is all there is. */

const WORKFLOW_ACTIONS = new Set(['submit', 'request-changes', 'publish', 'unpublish', 'archive', 'restore'])

/** The event's workflow steps, newest first: who, when, and the comment. */
export const WorkflowTimeline = () => {
  const record = useRecordContext<Event>()
  const translate = useTranslate()
  const [locale] = useLocaleState()
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
  const steps = data.filter((revision) => WORKFLOW_ACTIONS.has(revision.action))
  return (
    <Box component="section" sx={{ my: 2 }}>
      <Typography component="h2" variant="h6">
        {translate('rcm.timeline.title')}
      </Typography>
      {steps.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('rcm.timeline.empty')}
        </Typography>
      ) : (
        <List dense>
          {steps.map((revision) => {
            const who =
              revision.userName ??
              (revision.userId === null ? translate('rcm.timeline.someone') : `#${revision.userId}`)
            const when = new Date(revision.createdAt).toLocaleString(locale, {
              dateStyle: 'medium',
              timeStyle: 'short',
            })
            return (
              <ListItem key={revision.id} disableGutters alignItems="flex-start">
                <ListItemText
                  primary={`${translate(`rcm.history.actions.${revision.action}`)} · ${when} · ${translate('rcm.timeline.by', { name: who })}`}
                  secondary={revision.comment}
                />
              </ListItem>
            )
          })}
        </List>
      )}
    </Box>
  )
}
