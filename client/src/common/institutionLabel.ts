import { localize, type Institution, type Language } from '@rcm/shared'

/** How an event names an institution: its acronym in `language` (else the other one), else its name. */
export function institutionLabel(institution: Pick<Institution, 'name' | 'acronym'>, language: Language): string {
  return localize(institution.acronym, language) || localize(institution.name, language)
}

/** An institution in a picker, where the acronym alone may be ambiguous: "IOM – International Organization for Migration". */
export function institutionOptionText(institution: Pick<Institution, 'name' | 'acronym'>, language: Language): string {
  const acronym = localize(institution.acronym, language)
  const name = localize(institution.name, language)
  return acronym !== '' && acronym !== name ? `${acronym} – ${name}` : name
}
