import type { ObjectiveSection } from './events'
import { otherLanguage, type Language } from './languages'
import type { LocalizedText } from './primitives'

/** The texts of an event that come in both languages. */
export interface TranslatableEvent {
  title: LocalizedText
  description: LocalizedText
  objectives: readonly ObjectiveSection[]
}

// The rich-text editor leaves markup such as <p></p> or <p>&nbsp;</p> when a text is cleared.
const isBlank = (text: string) =>
  text
    .replace(/<[^<>]{0,2000}>/g, '')
    .replace(/&nbsp;|\s/g, '')
    .trim() === ''

/**
 * Where `event` has a text in the other language but none in `lang`, as paths
 * of the form's fields (`title`, `description`, `objectives.0.items.2.text`):
 * what a translator into `lang` still has to write. An empty list means the
 * event reads fully in `lang` (docs/contract.md, the `incompleteLanguage` filter).
 */
export function untranslatedTexts(event: TranslatableEvent, lang: Language): string[] {
  const other = otherLanguage(lang)
  const missing: string[] = []
  const check = (text: LocalizedText | null | undefined, path: string) => {
    if (text && isBlank(text[lang]) && !isBlank(text[other])) missing.push(path)
  }
  check(event.title, 'title')
  check(event.description, 'description')
  event.objectives.forEach((section, s) => {
    check(section.heading, `objectives.${s}.heading`)
    check(section.intro, `objectives.${s}.intro`)
    section.items.forEach((item, i) => {
      check(item.text, `objectives.${s}.items.${i}.text`)
      item.items.forEach((sub, j) => check(sub.text, `objectives.${s}.items.${i}.items.${j}.text`))
    })
  })
  return missing
}
