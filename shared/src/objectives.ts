import type { ObjectiveSection } from './events'
import { localize, type Language } from './languages'

/**
 * Objectives as readable plain text in one language: the heading, the lead
 * paragraph, then the items numbered, bulleted or as paragraphs, sub-items
 * indented. Used where only text fits (CSV cells, iCalendar, search).
 */
export function objectivesToText(sections: ObjectiveSection[], lang: Language): string {
  const blocks: string[] = []
  for (const section of sections) {
    const lines: string[] = []
    const heading = localize(section.heading, lang)
    if (heading) lines.push(heading)
    const intro = localize(section.intro, lang)
    if (intro) lines.push(intro)
    section.items.forEach((item, index) => {
      const marker = section.style === 'numbered' ? `${index + 1}. ` : section.style === 'bullets' ? '• ' : ''
      lines.push(marker + localize(item.text, lang))
      for (const sub of item.items) lines.push(`  – ${localize(sub.text, lang)}`)
    })
    if (lines.length > 0) blocks.push(lines.join('\n'))
  }
  return blocks.join('\n\n')
}

/** Every text of the objectives in both languages, for the search index. */
export function objectivesSearchText(sections: ObjectiveSection[]): string {
  const parts: string[] = []
  for (const section of sections) {
    parts.push(section.heading.en, section.heading.es, section.intro?.en ?? '', section.intro?.es ?? '')
    for (const item of section.items) {
      parts.push(item.text.en, item.text.es)
      for (const sub of item.items) parts.push(sub.text.en, sub.text.es)
    }
  }
  return parts.filter((part) => part !== '').join('\n')
}
