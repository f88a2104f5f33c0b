import type { Event } from '@rcm/shared'
import { Typography } from '@mui/material'
import { useRecordContext, useTranslate } from 'react-admin'
import { useLanguage } from '../common/useLocalized'
import { eventTimeText, readerTimeZone } from './eventTime'

/**
 * The record's times in its zone ("10:00–12:30 America/El_Salvador"), and the
 * reader's own time beside them when it differs ("11:00–13:30 your time").
 * Nothing for an all-day event.
 */
export const EventTimeField = () => {
  const record = useRecordContext<Event>()
  const language = useLanguage()
  const translate = useTranslate()
  if (!record) return null
  const text = eventTimeText(record, language, readerTimeZone())
  if (text === null) return null
  const { local } = text
  let note = ''
  if (local) {
    const range = local.end === null ? local.start : `${local.start}–${local.end}`
    const time = local.startDay === null ? range : translate('rcm.times.on_day', { time: range, day: local.startDay })
    note = ` (${translate('rcm.times.your_time', { time })})`
  }
  return (
    <Typography component="span" variant="body2" sx={{ display: 'block' }}>
      {text.inZone}
      {note}
    </Typography>
  )
}
