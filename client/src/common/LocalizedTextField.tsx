import { Typography } from '@mui/material'
import { RichTextField, useFieldValue, useTranslate, type FieldProps } from 'react-admin'
import { isLocalizedText, useLanguage, useLocalized } from './useLocalized'

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

/**
 * A `{en, es}` HTML text (sanitized by the server, and again by RichTextField)
 * in the UI language or else the other one.
 */
export const LocalizedRichTextField = ({ source, emptyText }: LocalizedTextFieldProps) => {
  const value: unknown = useFieldValue({ source })
  const language = useLanguage()
  const other = language === 'en' ? 'es' : 'en'
  const shown = isLocalizedText(value) && value[language] === '' ? other : language
  return <RichTextField source={`${source}.${shown}`} emptyText={emptyText} component="div" />
}
