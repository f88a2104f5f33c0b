import type { Event } from '@rcm/shared'
import { Chip, Stack } from '@mui/material'
import { useRecordContext, useTranslate } from 'react-admin'
import { STATUS_COLORS } from './choices'

/** The event's status as a coloured chip, with a second chip while the public copy is behind. */
export const StatusField = () => {
  const record = useRecordContext<Event>()
  const translate = useTranslate()
  if (!record) return null
  if (record.status === 'published' && record.hasUnpublishedChanges) {
    return (
      <Chip size="small" variant="outlined" color="warning" label={translate('rcm.workflow.published_with_changes')} />
    )
  }
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <Chip
        size="small"
        color={STATUS_COLORS[record.status]}
        label={translate(`resources.events.status.${record.status}`)}
      />
      {record.hasUnpublishedChanges && (
        <Chip
          size="small"
          variant="outlined"
          color="warning"
          label={translate('resources.events.status.unpublished_changes')}
        />
      )}
    </Stack>
  )
}
