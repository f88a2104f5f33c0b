import { Typography } from '@mui/material'
import type { Language } from '@rcm/shared'
import { useRecordContext, type FieldProps } from 'react-admin'
import { useLanguage } from '../common/useLocalized'

/** An ISO 3166 country code as the country's name in `language` ("SV" → "El Salvador"). */
export const countryName = (code: string, language: Language): string =>
  new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code

/** The venue's country as the country's name in the UI language, its code as the tooltip. */
export const CountryField = (_props: Pick<FieldProps, 'label' | 'sortable'>) => {
  const record = useRecordContext<{ id: number; country: string | null }>()
  const language = useLanguage()
  if (!record?.country) return null
  return (
    <Typography component="span" variant="body2" title={record.country}>
      {countryName(record.country, language)}
    </Typography>
  )
}
