import { Typography } from '@mui/material'
import { useRecordContext, type FieldProps } from 'react-admin'
import { useLanguage } from '../common/useLocalized'

/** The venue's ISO 3166 country code as the country's name in the UI language ("SV" → "El Salvador"). */
export const CountryField = (_props: Pick<FieldProps, 'label' | 'sortable'>) => {
  const record = useRecordContext<{ id: number; country: string | null }>()
  const language = useLanguage()
  if (!record?.country) return null
  const name = new Intl.DisplayNames([language], { type: 'region' }).of(record.country) ?? record.country
  return (
    <Typography component="span" variant="body2" title={record.country}>
      {name}
    </Typography>
  )
}
