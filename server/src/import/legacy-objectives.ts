import type { Language, LocalizedText, ObjectiveItem, ObjectiveSection, ObjectiveStyle } from '@rcm/shared'

/** A line of the page as read: its text without the indentation, the indentation, and its 1-based line number. */
export interface PageLine {
  text: string
  indent: number
  lineNumber: number
}

type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; style: Exclude<ObjectiveStyle, 'paragraph'>; text: string; subItems: string[] }

const BULLET = /^[•·▪◦●○■□‣⁃∙*-]\s+/
const NUMBER = /^\d{1,2}[.)]\s+/
/** "d. To keep communication…": a quoted lettered paragraph, kept with its letter. */
const LETTER = /^[a-zA-Z][.)]\s+/

/**
 * Objective headings in English or Spanish: "General objective", "Specific
 * Objectives", "Objectives of the Vice-Ministerial Meeting:", "Objetivo
 * general", "Objetivos específicos", "Objetivos de la reunión:", "Expected
 * results". Short, and not a sentence.
 */
const HEADINGS = [
  /^(?:(?:general|specific|main|overall) )?(?:objectives?|goals?|purpose|expected (?:results|outcomes))(?: (?:of|for) [^.;]{1,80})?$/i,
  /^(?:objetivos?|propósitos?|resultados esperados)(?: (?:general(?:es)?|específicos?|principal(?:es)?))?(?: (?:de|del|para) [^.;]{1,80})?$/i,
]
/** "General objective: To strengthen…" on one line. */
const INLINE_HEADING =
  /^((?:general|specific)\s+objectives?|objetivos?\s+(?:general(?:es)?|específicos?)|objectives?|objetivos?)\s*:\s+(\S.*)$/i

const clean = (text: string) => text.replace(/\s+/g, ' ').trim()
/**
 * `text` without a colon at its end, nor the spaces before it. Not a pattern:
 * `/\s*:$/` tries every position of a long run of spaces, in quadratic time.
 */
export function withoutEndColon(text: string): string {
  return text.endsWith(':') ? text.slice(0, -1).trimEnd() : text
}

// HEADINGS read text with single spaces (`clean`) and no colon at its end.
const isHeading = (text: string) =>
  text.length <= 120 && HEADINGS.some((heading) => heading.test(withoutEndColon(text)))
const headingText = (text: string) => withoutEndColon(clean(text))

function toBlocks(lines: PageLine[]): Block[] {
  const blocks: Block[] = []
  let open: { block: Block; indent: number } | null = null
  for (const line of lines) {
    const text = clean(line.text)
    if (text === '') {
      open = null
      continue
    }
    const inline = INLINE_HEADING.exec(text)
    if (isHeading(text) || inline) {
      blocks.push({ kind: 'heading', text: headingText(inline ? (inline[1] ?? '') : text) })
      open = null
      if (!inline) continue
    }
    const body = inline ? (inline[2] ?? '') : text
    const marker = BULLET.exec(body) ?? NUMBER.exec(body)
    const style = BULLET.test(body) ? 'bullets' : 'numbered'
    const isMarked = marker !== null || LETTER.test(body)

    if (open?.block.kind === 'item' && isMarked && line.indent > open.indent) {
      open.block.subItems.push(clean(body.replace(BULLET, '')))
    } else if (open && !isMarked) {
      if (open.block.kind === 'item' && open.block.subItems.length > 0) {
        const last = open.block.subItems.length - 1
        open.block.subItems[last] = `${open.block.subItems[last]} ${body}`
      } else {
        open.block.text = `${open.block.text} ${body}`
      }
    } else if (marker) {
      const block: Block = { kind: 'item', style, text: clean(body.slice(marker[0].length)), subItems: [] }
      blocks.push(block)
      open = { block, indent: line.indent }
    } else {
      const block: Block = { kind: 'paragraph', text: body }
      blocks.push(block)
      open = { block, indent: line.indent }
    }
  }
  return blocks.filter((block) => block.text !== '')
}

interface SectionDraft {
  heading: string
  intro: string | null
  style: ObjectiveStyle | null
  items: { text: string; subItems: string[] }[]
}

/**
 * Reads the "Acerca del evento" part of a legacy event into objective
 * sections. A heading starts a section; a paragraph that ends with ':' and
 * is followed by more text is its lead (intro), or starts a new section
 * without a heading when the current one already has items; bullets and
 * numbered lines are items (indented marked lines under an item are its
 * sub-items); other paragraphs are paragraph items. Text before any heading
 * is a section with an empty heading. Every line of text ends up somewhere.
 */
export function parseObjectives(lines: PageLine[], lang: Language): ObjectiveSection[] {
  const blocks = toBlocks(lines)
  const sections: SectionDraft[] = []
  let current: SectionDraft | null = null
  const startSection = (heading: string) => {
    current = { heading, intro: null, style: null, items: [] }
    sections.push(current)
    return current
  }

  blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      startSection(block.text)
      return
    }
    let section: SectionDraft = current ?? startSection('')
    if (block.kind === 'paragraph') {
      const next = blocks[index + 1]
      const isLead = block.text.endsWith(':') && next !== undefined && next.kind !== 'heading'
      if (isLead) {
        if (section.intro !== null || section.items.length > 0) section = startSection('')
        section.intro = block.text
        return
      }
      if (section.style !== null && section.style !== 'paragraph') section = startSection('')
      section.style = 'paragraph'
      section.items.push({ text: block.text, subItems: [] })
      return
    }
    if (section.style !== null && section.style !== block.style) section = startSection('')
    section.style = block.style
    section.items.push({ text: block.text, subItems: block.subItems })
  })

  return sections.map((section) => ({
    heading: localized(section.heading, lang),
    intro: section.intro === null ? null : localized(section.intro, lang),
    style: section.style ?? 'paragraph',
    items: section.items.map((item): ObjectiveItem => ({
      text: localized(item.text, lang),
      items: item.subItems.map((text) => ({ text: localized(text, lang) })),
    })),
  }))
}

/** Text read in one language fills that side and leaves the other empty. */
export function localized(text: string, lang: Language): LocalizedText {
  return lang === 'en' ? { en: text, es: '' } : { en: '', es: text }
}
