import { Typography } from '@mui/material'
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin'
import { isLocalizedText, useLocalized } from './useLocalized'

export interface LocalizedTextFieldProps extends Pick<FieldProps, 'label' | 'emptyText'> {
  source: string
}

/** A `{en, es}` text of the record, in the UI language or else the other one. */
export const LocalizedTextField = ({ source, emptyText }: LocalizedTextFieldProps) => {
  const value: unknown = useFieldValue({ source })
  const localized = useLocalized()
  const translate = useTranslate()
  const text = isLocalizedText(value) ? localized(value) : ''
  return (
    <Typography component="span" variant="body2">
      {text !== '' ? text : emptyText ? translate(emptyText, { _: emptyText }) : ''}
    </Typography>
  )
}
