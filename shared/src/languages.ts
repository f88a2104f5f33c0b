import type { Institution } from './institutions'
import type { LocalizedText } from './primitives'

// No zod here: the admin's first screen imports these, and a module that builds schemas brings all of zod into its initial bundle.

export const LANGUAGES = ['en', 'es'] as const
export type Language = (typeof LANGUAGES)[number]

/** True for one of the record languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** The record language that is not `lang`. */
export function otherLanguage(lang: Language): Language {
  return lang === 'en' ? 'es' : 'en'
}

/** The text in `lang`, or the other language's when that one is empty: the one fallback of every screen and feed. */
export function localize(text: LocalizedText | null | undefined, lang: Language): string {
  if (!text) return ''
  return text[lang] !== '' ? text[lang] : text[otherLanguage(lang)]
}

// Built once: a formatter is costly to make and cheap to reuse.
const LIST_FORMATS: Record<Language, Intl.ListFormat> = {
  en: new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }),
  es: new Intl.ListFormat('es', { style: 'long', type: 'conjunction' }),
}

/**
 * Joins names the way each language writes a list: "ICRC, OHCHR, IOM and
 * RNCOM" / "CICR, ACNUDH, OIM y RROCM". en-GB, because the RCM's English
 * texts do not use the serial comma that en-US adds.
 */
export function joinNames(names: string[], lang: Language): string {
  return LIST_FORMATS[lang].format(names)
}

/** How an event names an institution: its acronym in `lang` (else the other one), else its name. */
export function institutionLabel(institution: Pick<Institution, 'name' | 'acronym'>, lang: Language): string {
  return localize(institution.acronym, lang) || localize(institution.name, lang)
}
