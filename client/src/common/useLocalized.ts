import { isLanguage, localize, type Language, type LocalizedText } from '@rcm/shared'
import { useCallback } from 'react'
import { useLocaleState } from 'react-admin'

/** The UI language as one of the record languages; any other locale reads as English. */
export function useLanguage(): Language {
  const [locale] = useLocaleState()
  return isLanguage(locale) ? locale : 'en'
}

/**
 * A function showing `{en, es}` text in the UI language, falling back to the
 * other language when that one is empty.
 */
export function useLocalized(): (text: LocalizedText | null | undefined) => string {
  const language = useLanguage()
  return useCallback((text: LocalizedText | null | undefined) => localize(text, language), [language])
}

/** True for a `{en, es}` value, as records carry them. */
export function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && 'en' in value && 'es' in value
}
