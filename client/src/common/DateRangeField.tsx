import { formatDateRange } from '@rcm/shared'
import { Typography } from '@mui/material'
import { useRecordContext, useTranslate } from 'react-admin'
import { useLanguage } from './useLocalized'

interface DateRangeRecord {
  id: number
  startDate: string | null
  endDate: string | null
}

export interface DateRangeFieldProps {
  dateStyle?: 'long' | 'medium'
}

/** The record's `startDate`–`endDate` in the UI language; "to be confirmed" while undated. */
export const DateRangeField = ({ dateStyle = 'long' }: DateRangeFieldProps) => {
  const record = useRecordContext<DateRangeRecord>()
  const language = useLanguage()
  const translate = useTranslate()
  if (!record) return null
  const text = formatDateRange(record.startDate, record.endDate, language, dateStyle)
  return (
    <Typography component="span" variant="body2" sx={text === null ? { fontStyle: 'italic' } : undefined}>
      {text ?? translate('rcm.dates.to_be_confirmed')}
    </Typography>
  )
}
