import { isLanguage, VALIDATION_MESSAGES, type Language } from '@rcm/shared'
import polyglotI18nProvider from 'ra-i18n-polyglot'
import { noteLanguageSwitch } from '../common/languageSwitch'
import englishMessages from 'ra-language-english'
import { mergeTranslations, type I18nProvider, type TranslationMessages } from 'react-admin'
import { en } from '../i18n/en'
import { es } from '../i18n/es'
import { store } from './store'

export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'es', name: 'Español' },
]

/**
 * The shared schemas' messages keyed by their English text, as a form's
 * resolver reports them: react-admin shows an input's error through
 * translate(message, { _: message }), so they read in the interface language.
 */
const validationMessages = (lang: Language): Record<string, string> =>
  Object.fromEntries(Object.values(VALIDATION_MESSAGES).map((text) => [text.en, text[lang]]))

/** The complete catalogue of each interface language. */
export const messages: Record<Language, TranslationMessages> = {
  en: mergeTranslations(englishMessages, validationMessages('en'), en),
  es: mergeTranslations(validationMessages('es'), es),
}

/**
 * The language to open in: the one chosen last time (react-admin keeps the
 * LocalesMenuButton's choice in its store, under "locale"), else the first of
 * the browser's preferred languages that the app speaks, else English.
 */
export function resolveInitialLocale(stored: unknown, browserLanguages: readonly string[]): Language {
  if (isLanguage(stored)) return stored
  const language = browserLanguages.map((tag) => tag.toLowerCase().split('-')[0]).find(isLanguage)
  return language ?? 'en'
}

/** A fresh provider (it holds the current locale), for the app and for each test. */
export function createI18nProvider(initialLocale: Language = 'en'): I18nProvider {
  // allowMissing: a message that is no key (a server's error text, passed on as is) shows without a warning.
  // Every key the code writes has its text in both catalogues: tests/unit/i18n-keys.test.ts.
  const provider = polyglotI18nProvider(
    (locale) => messages[isLanguage(locale) ? locale : 'en'],
    initialLocale,
    LOCALES,
    {
      allowMissing: true,
    },
  )
  return {
    ...provider,
    changeLocale: (locale, options) => {
      noteLanguageSwitch()
      return provider.changeLocale(locale, options)
    },
  }
}

export const i18nProvider = createI18nProvider(
  resolveInitialLocale(store.getItem('locale'), typeof navigator === 'undefined' ? [] : navigator.languages),
)
