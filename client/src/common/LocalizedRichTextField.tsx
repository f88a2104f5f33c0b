import { RichTextField, useFieldValue } from 'react-admin'
import type { LocalizedTextFieldProps } from './LocalizedTextField'
import { isLocalizedText, useLanguage } from './useLocalized'

// Its own module: RichTextField brings DOMPurify, which only the show page needs, not the first page.
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
