import type { ObjectiveSection } from './events'
import { LANGUAGES, otherLanguage, type Language } from './languages'
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

/** Every text of `event` that comes in both languages, by its path in the form (`objectives.0.items.2.text`). */
export function eventTexts(event: TranslatableEvent): Array<[string, LocalizedText]> {
  const texts: Array<[string, LocalizedText]> = [
    ['title', event.title],
    ['description', event.description],
  ]
  event.objectives.forEach((section, s) => {
    texts.push([`objectives.${s}.heading`, section.heading])
    if (section.intro) texts.push([`objectives.${s}.intro`, section.intro])
    section.items.forEach((item, i) => {
      texts.push([`objectives.${s}.items.${i}.text`, item.text])
      item.items.forEach((sub, j) => texts.push([`objectives.${s}.items.${i}.items.${j}.text`, sub.text]))
    })
  })
  return texts
}

/**
 * Where `event` has a text in the other language but none in `lang`, as paths
 * of the form's fields (`title`, `description`, `objectives.0.items.2.text`):
 * what a translator into `lang` still has to write. An empty list means the
 * event reads fully in `lang` (docs/contract.md, the `incompleteLanguage` filter).
 */
export function untranslatedTexts(event: TranslatableEvent, lang: Language): string[] {
  const other = otherLanguage(lang)
  return eventTexts(event)
    .filter(([, text]) => isBlank(text[lang]) && !isBlank(text[other]))
    .map(([path]) => path)
}

/** A text whose `language` may no longer say what the other language says (docs/contract.md, `staleTexts`). */
export interface StaleText {
  path: string
  language: Language
}

const isMarked = (marks: readonly StaleText[], path: string, language: Language) =>
  marks.some((mark) => mark.path === path && mark.language === language)

/**
 * The marks "may be out of date" after a save of `before` as `after`. A
 * language is marked when the other language's text, already written,
 * changed while it did not; the mark stays until that language is edited or
 * someone confirms it (by leaving it out of `kept`, the marks the client sent
 * back; a client that sends none keeps them all). Writing a translation for
 * the first time marks nothing, nor does updating a text that was marked, nor
 * a blank text.
 */
export function staleTextsAfter(
  before: TranslatableEvent & { staleTexts: readonly StaleText[] },
  after: TranslatableEvent,
  kept: readonly StaleText[] = before.staleTexts,
): StaleText[] {
  const previous = new Map(eventTexts(before))
  const marks: StaleText[] = []
  for (const [path, text] of eventTexts(after)) {
    const was = previous.get(path)
    if (!was) continue
    for (const language of LANGUAGES) {
      const other = otherLanguage(language)
      if (isBlank(text[language]) || text[language] !== was[language]) continue
      // Bringing a text marked out of date up to date is catching up, not a new change to follow.
      const otherCaughtUp = isMarked(before.staleTexts, path, other)
      const otherRewritten = text[other] !== was[other] && !isBlank(was[other]) && !otherCaughtUp
      if (otherRewritten || isMarked(kept, path, language)) marks.push({ path, language })
    }
  }
  return marks
}
