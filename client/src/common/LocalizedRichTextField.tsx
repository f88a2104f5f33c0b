import { otherLanguage } from '@rcm/shared'
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
  const shown = isLocalizedText(value) && value[language] === '' ? otherLanguage(language) : language
  return <RichTextField source={`${source}.${shown}`} emptyText={emptyText} component="div" />
}
