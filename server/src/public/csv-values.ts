import {
  CONTINUATION,
  MEMBER_STATES,
  NO_HEADING,
  SUB_ITEM_MARK,
  type LocalizedText,
  type PublicEventData,
} from '@rcm/shared'
import { escapeHtml } from './html'

/*
 * The structured values of the CSV feed written as readable plain text, and
 * read back exactly: the round-trip import (docs/decisions/007) parses what
 * these write, so every form here has exactly one reading.
 */

type Venue = NonNullable<PublicEventData['venue']>
type Institution = PublicEventData['institutions'][number]
type Text = LocalizedText
type Section = PublicEventData['objectives'][number]

// The writers are shared with the admin app's list export (shared/src/csv-cells.ts).
export { exactText, institutionsCell, objectivesCell, textOrOther, venueCell, type TextIn } from '@rcm/shared'

/** Thrown for a cell that no export could have written; the message says what is wrong. */
export class CellError extends Error {}

// ---- venue: four lines, like a postal address: name, address, city, country (a line left empty when there is none)

export function parseVenueCells(en: string, es: string): Venue | null {
  if (en === '' && es === '') return null
  const [enLines, esLines] = [en.split('\n'), es.split('\n')]
  if (enLines.length !== 4 || esLines.length !== 4)
    throw new CellError('a venue is four lines: name, address, city, country')
  if (enLines.slice(1).join('\n') !== esLines.slice(1).join('\n'))
    throw new CellError('venue_en and venue_es differ in address, city or country')
  const [, address = '', city = '', country = ''] = enLines
  return {
    name: { en: enLines[0] ?? '', es: esLines[0] ?? '' },
    city,
    country: country || null,
    address: address || null,
  }
}

// ---- institutions: "Name (ACRONYM)" joined by "; "; a ";" or "\" inside a name is escaped with "\"

function splitList(cell: string): string[] {
  const parts: string[] = []
  let current = ''
  for (let index = 0; index < cell.length; index++) {
    const char = cell[index]
    if (char === '\\' && index + 1 < cell.length) current += cell[++index]
    else if (char === ';' && cell[index + 1] === ' ') {
      parts.push(current)
      current = ''
      index++
    } else current += char
  }
  return [...parts, current]
}

function parseInstitution(part: string): { name: string; acronym: string } {
  // Escaped characters are already plain here; only a final "(…)" is the acronym.
  const match = /^(?:(.*) )?\(([^()]*)\)$/s.exec(part)
  return match ? { name: match[1] ?? '', acronym: match[2] ?? '' } : { name: part, acronym: '' }
}

export function parseInstitutionCells(en: string, es: string): Institution[] {
  if (en === '' && es === '') return []
  const [enParts, esParts] = [splitList(en), splitList(es)]
  if (enParts.length !== esParts.length)
    throw new CellError(`institutions_en lists ${enParts.length} institution(s), institutions_es ${esParts.length}`)
  return enParts.map((part, index) => {
    const [inEn, inEs] = [parseInstitution(part), parseInstitution(esParts[index] ?? '')]
    return { name: { en: inEn.name, es: inEs.name }, acronym: { en: inEn.acronym, es: inEs.acronym } }
  })
}

// ---- objectives: a block per section, separated by an empty line

/*
 * (Written by objectivesCell.) Line 1 of a block is the heading ("—" when it has none in this language);
 * an unmarked line 2 is the lead paragraph; items are "1. ", "• " or "¶ "
 * (paragraph) and sub-items "  – ". A text's own line breaks continue on
 * lines indented by four spaces; a lead paragraph that would read as an item
 * or a text that starts with "\" or is "—" gets a "\" in front.
 */
interface ParsedSection {
  heading: string
  intro: string | null
  style: Section['style'] | null
  items: Array<{ text: string; items: string[] }>
}

const unescape = (line: string) => (line.startsWith('\\') ? line.slice(1) : line)

function parseBlock(block: string): ParsedSection {
  const lines = block.split('\n')
  const section: ParsedSection = { heading: '', intro: null, style: null, items: [] }
  // Where a continuation line's text goes.
  let append: (more: string) => void = (more) => (section.heading += `\n${more}`)
  const first = lines[0] ?? ''
  section.heading = first === NO_HEADING ? '' : unescape(first)
  let canBeIntro = true
  lines.slice(1).forEach((line) => {
    if (line.startsWith(CONTINUATION)) return append(line.slice(CONTINUATION.length))
    const item = /^(?:(\d+)\. |(• )|(¶ ))(.*)$/s.exec(line)
    if (item) {
      const style = item[1] !== undefined ? 'numbered' : item[2] !== undefined ? 'bullets' : 'paragraph'
      if (section.style !== null && section.style !== style)
        throw new CellError(`a section mixes ${section.style} and ${style} items`)
      section.style = style
      canBeIntro = false
      const entry = { text: item[4] ?? '', items: [] as string[] }
      section.items.push(entry)
      append = (more) => (entry.text += `\n${more}`)
      return
    }
    if (line.startsWith(SUB_ITEM_MARK)) {
      const parent = section.items.at(-1)
      if (!parent) throw new CellError(`"${line.trim()}" is a sub-item without an item`)
      const at = parent.items.push(line.slice(SUB_ITEM_MARK.length)) - 1
      append = (more) => (parent.items[at] += `\n${more}`)
      return
    }
    if (canBeIntro) {
      canBeIntro = false
      section.intro = unescape(line)
      append = (more) => (section.intro += `\n${more}`)
      return
    }
    throw new CellError(`cannot read the objectives line "${line}"`)
  })
  return section
}

const parseBlocks = (cell: string): ParsedSection[] => (cell === '' ? [] : cell.split('\n\n').map(parseBlock))

function shapeOf(sections: ParsedSection[]): string {
  return JSON.stringify(sections.map((section) => [section.style, section.items.map((item) => item.items.length)]))
}

export function parseObjectivesCells(en: string, es: string): Section[] {
  const [inEn, inEs] = [parseBlocks(en), parseBlocks(es)]
  if (shapeOf(inEn) !== shapeOf(inEs))
    throw new CellError('objectives_en and objectives_es have different sections or items')
  return inEn.map((section, index) => {
    // Same shape (checked above): every index of one is in the other.
    const other = inEs[index]!
    const both = (a: string, b: string): Text => ({ en: a, es: b })
    return {
      heading: both(section.heading, other.heading),
      intro: section.intro === null && other.intro === null ? null : both(section.intro ?? '', other.intro ?? ''),
      // A section without items shows no style; any reads back the same.
      style: section.style ?? 'paragraph',
      items: section.items.map((item, at) => {
        const otherItem = other.items[at]!
        return {
          text: both(item.text, otherItem.text),
          items: item.items.map((sub, subAt) => ({ text: both(sub, otherItem.items[subAt] ?? '') })),
        }
      }),
    }
  })
}

// ---- description: plain text in the CSV; read back as one HTML paragraph, which shows as the same text

// Quotes stay plain: the sanitizer writes them back as plain characters in text, yet escaped
// they would count against the description's 20,000-character limit before it does, so a
// description at the limit with quotes in it would no longer read back (decision 007's round
// trip). `&`, `<` and `>` are exactly what the sanitizer escapes in text, so the paragraph is
// already as stored.
export const descriptionFromCell = (cell: string): string =>
  cell === '' ? '' : `<p>${escapeHtml(cell, { quotes: false })}</p>`

// ---- lists of plain values (emails, phones)

export const listFromCell = (cell: string): string[] => (cell === '' ? [] : cell.split('; '))

// ---- presidency, type, countries and networks (issue 18 §3), as csv-cells.ts writes them

/** The member state a name in either language names, else a CellError. */
function countryByName(name: string): { code: string; name: Text } {
  const state = MEMBER_STATES.find((candidate) => candidate.name.en === name || candidate.name.es === name)
  if (!state) throw new CellError(`"${name}" is not an RCM member state`)
  return { code: state.id, name: { en: state.name.en, es: state.name.es } }
}

const PRESIDENCY = /^(.+), (\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2})(?:: (.*))?$/s

export function parsePresidencyCells(en: string, es: string): PublicEventData['presidency'] {
  if (en === '' && es === '') return null
  const [inEn, inEs] = [PRESIDENCY.exec(en), PRESIDENCY.exec(es)]
  if (!inEn || !inEs)
    throw new CellError('a presidency is "Country, YYYY-MM-DD – YYYY-MM-DD" and ": theme" when it has one')
  return {
    country: countryByName(inEn[1] ?? ''),
    startDate: inEn[2] ?? '',
    endDate: inEn[3] ?? '',
    theme: { en: inEn[4] ?? '', es: inEs[4] ?? '' },
  }
}

export function parseCountriesCells(en: string, es: string): PublicEventData['countries'] {
  if (en === '' && es === '') return []
  return en.split('; ').map(countryByName)
}

export const parseNetworkCells = (en: string, es: string) => parseInstitutionCells(en, es)

export const parseTypeCells = (en: string, es: string): Text | null => (en === '' && es === '' ? null : { en, es })
