import { useEffect } from 'react'
import { useLocaleState, useTranslate } from 'react-admin'

/**
 * `<html lang>` and the tab's title in the interface language, on every page
 * including sign-in: screen readers and the browser's spell-checker follow
 * `lang`, the tab and bookmarks show the title.
 */
export function useDocumentLanguage(): void {
  const [locale] = useLocaleState()
  const translate = useTranslate()
  useEffect(() => {
    document.documentElement.lang = locale
    document.title = translate('rcm.title')
  }, [locale, translate])
}
