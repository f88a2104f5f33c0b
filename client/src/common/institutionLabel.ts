import { localize, type Institution, type Language } from '@rcm/shared'

/** An institution in a picker, where the acronym alone may be ambiguous: "IOM – International Organization for Migration". */
export function institutionOptionText(institution: Pick<Institution, 'name' | 'acronym'>, language: Language): string {
  const acronym = localize(institution.acronym, language)
  const name = localize(institution.name, language)
  return acronym !== '' && acronym !== name ? `${acronym} – ${name}` : name
}
