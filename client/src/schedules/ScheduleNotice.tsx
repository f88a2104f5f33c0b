import type { Event } from '@rcm/shared'
import EventBusyIcon from '@mui/icons-material/EventBusy'
import ScheduleIcon from '@mui/icons-material/Schedule'
import { Alert } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useDataProvider, useLocaleState, useRecordContext, useTranslate } from 'react-admin'
import type { CalendarDataProvider } from '../providers/dataProvider'
import { useCancellationText } from './useCancellationText'

/**
 * When the event is due to be published or taken down (GET /api/events/{id}/schedule),
 * if it is, and why a scheduled publication was cancelled, if one was.
 */
export const ScheduleNotice = () => {
  const record = useRecordContext<Event>()
  const dataProvider = useDataProvider<CalendarDataProvider>()
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const cancellationText = useCancellationText()
  const { data: schedule } = useQuery({
    queryKey: ['events', 'getSchedule', record?.id],
    queryFn: async () => (await dataProvider.getSchedule(record?.id ?? 0)).data,
    enabled: record !== undefined,
  })
  if (!schedule) return null
  const time = (iso: string) => new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <>
      {schedule.cancelled && (
        <Alert severity="warning" icon={<EventBusyIcon fontSize="inherit" />} sx={{ my: 1 }} role="status">
          {cancellationText(schedule.cancelled)}
        </Alert>
      )}
      {(schedule.publishAt || schedule.unpublishAt) && (
        <Alert severity="info" icon={<ScheduleIcon fontSize="inherit" />} sx={{ my: 1 }} role="status">
          {schedule.publishAt && <div>{translate('rcm.schedule.publish_at', { time: time(schedule.publishAt) })}</div>}
          {schedule.unpublishAt && (
            <div>{translate('rcm.schedule.unpublish_at', { time: time(schedule.unpublishAt) })}</div>
          )}
        </Alert>
      )}
    </>
  )
}
