import {
  otherLanguage,
  type Event,
  type EventData,
  type Language,
  type LocalizedText,
  type ObjectiveSection,
} from '@rcm/shared'

const keep = (current: LocalizedText, next: LocalizedText, lang: Language): LocalizedText =>
  lang === 'en' ? { en: next.en, es: current.es } : { en: current.en, es: next.es }

const shapeOf = (sections: ObjectiveSection[]) =>
  JSON.stringify(sections.map((section) => [section.intro === null, section.items.map((item) => item.items.length)]))

const hasText = (sections: ObjectiveSection[], lang: Language) =>
  sections.some(
    (section) =>
      section.heading[lang] !== '' ||
      (section.intro?.[lang] ?? '') !== '' ||
      section.items.some((item) => item.text[lang] !== '' || item.items.some((sub) => sub.text[lang] !== '')),
  )

/**
 * The imported objectives (in `lang`) over the current ones, keeping the
 * current text in the other language when the sections and items are laid
 * out as before. When they are not, the imported objectives replace them and
 * `hasDroppedOtherLanguage` says text was lost.
 */
export function mergeObjectives(
  current: ObjectiveSection[],
  imported: ObjectiveSection[],
  lang: Language,
): { objectives: ObjectiveSection[]; hasDroppedOtherLanguage: boolean } {
  const isSameShape = shapeOf(current) === shapeOf(imported)
  const objectives = isSameShape
    ? imported.map((section, s) => {
        const before = current[s]
        if (!before) return section
        return {
          heading: keep(before.heading, section.heading, lang),
          intro: section.intro && before.intro ? keep(before.intro, section.intro, lang) : section.intro,
          style: section.style,
          items: section.items.map((item, i) => {
            const beforeItem = before.items[i]
            if (!beforeItem) return item
            return {
              text: keep(beforeItem.text, item.text, lang),
              items: item.items.map((sub, j) => {
                const beforeSub = beforeItem.items[j]
                return beforeSub ? { text: keep(beforeSub.text, sub.text, lang) } : sub
              }),
            }
          }),
        }
      })
    : imported
  return { objectives, hasDroppedOtherLanguage: !isSameShape && hasText(current, otherLanguage(lang)) }
}

/**
 * An update from a page in `lang` that keeps what editors wrote in the other
 * language since the last import: the title's other side, the description
 * (the page has none), and the objectives' other side (mergeObjectives).
 */
export function keepOtherLanguage(
  current: Event,
  imported: EventData,
  lang: Language,
): { data: EventData; hasDroppedOtherLanguage: boolean } {
  const { objectives, hasDroppedOtherLanguage } = mergeObjectives(current.objectives, imported.objectives, lang)
  return {
    data: {
      ...imported,
      title: keep(current.title, imported.title, lang),
      description: current.description,
      objectives,
    },
    hasDroppedOtherLanguage,
  }
}
