import { LANGUAGES } from '@rcm/shared'
import type { ReactNode } from 'react'
import { TranslatableInputs } from 'react-admin'
import { useLanguage } from './useLocalized'

/** `{en, es}` inputs (`name.en`, `name.es`) in one tab per record language, the interface's open first. */
export const LanguageTabs = ({ children }: { children: ReactNode }) => {
  const language = useLanguage()
  return (
    <TranslatableInputs locales={[...LANGUAGES]} defaultLocale={language} fullWidth>
      {children}
    </TranslatableInputs>
  )
}
