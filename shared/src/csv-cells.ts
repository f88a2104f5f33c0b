import { localize, type Language } from './languages'
import type { LocalizedText } from './primitives'
import type { PublicEventData } from './public'

/*
 * The CSV dialect of every CSV the calendar writes (the public feed and the
 * events list's export): RFC 4180 cells, and the structured values written
 * as readable plain text that the import reads back exactly
 * (server/src/public/csv-values.ts has the readers beside their rules;
 * docs/decisions/007).
 */

type Venue = NonNullable<PublicEventData['venue']>
type Institution = PublicEventData['institutions'][number]
type Section = PublicEventData['objectives'][number]

/** How a text is shown in one language: exactly (the two-column CSV, importable) or falling back to the other language (`lang=`). */
export type TextIn = (text: LocalizedText, lang: Language) => string

export const exactText: TextIn = (text, lang) => text[lang]
export const textOrOther: TextIn = localize

/**
 * Cells a spreadsheet would run as a formula start with one of these (docs/contract.md, "Public exports": prefixed with `'`);
 * so that the import can take the prefix off again, a cell that itself starts with `'` gets one too.
 */
const PREFIXED_START = /^[=+\-@\t\r']/

/** One RFC 4180 cell: formula starts neutralised, quoted when it holds a quote, comma or line break. */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value)
  if (PREFIXED_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One CSV record, CRLF-terminated. */
export const csvRecord = (cells: Array<string | number | null>): string => `${cells.map(csvCell).join(',')}\r\n`

// ---- venue: four lines, like a postal address: name, address, city, country (a line left empty when there is none)

export const venueCell = (venue: Venue | null, lang: Language, text: TextIn): string =>
  venue ? [text(venue.name, lang), venue.address ?? '', venue.city, venue.country ?? ''].join('\n') : ''

// ---- institutions: "Name (ACRONYM)" joined by "; "; a ";" or "\" inside a name is escaped with "\"

const escapeList = (text: string) => text.replace(/[\\;]/g, (char) => `\\${char}`)

function institutionText(institution: Institution, lang: Language, text: TextIn): string {
  const name = escapeList(text(institution.name, lang))
  const acronym = escapeList(text(institution.acronym, lang))
  // A name that itself ends in ")" gets an empty "()", so its last parentheses are never taken for the acronym.
  if (acronym !== '') return name === '' ? `(${acronym})` : `${name} (${acronym})`
  return name.endsWith(')') ? `${name} ()` : name
}

export const institutionsCell = (institutions: Institution[], lang: Language, text: TextIn): string =>
  institutions.map((institution) => institutionText(institution, lang, text)).join('; ')

// ---- objectives: a block per section, separated by an empty line

/*
 * Line 1 of a block is the heading ("—" when it has none in this language);
 * an unmarked line 2 is the lead paragraph; items are "1. ", "• " or "¶ "
 * (paragraph) and sub-items "  – ". A text's own line breaks continue on
 * lines indented by four spaces; a lead paragraph that would read as an item
 * or a text that starts with "\" or is "—" gets a "\" in front.
 */
export const NO_HEADING = '—'
const MARKED = /^(?:\d+\. |• |¶ | {2}– | {4}|\\)/
export const SUB_ITEM_MARK = '  – '
export const CONTINUATION = '    '

const withBreaks = (text: string) => text.split('\n').join(`\n${CONTINUATION}`)
const escapeLine = (text: string) => (MARKED.test(text) || text === NO_HEADING ? `\\${text}` : text)

function itemMarker(style: Section['style'], index: number): string {
  if (style === 'numbered') return `${index + 1}. `
  return style === 'bullets' ? '• ' : '¶ '
}

export function objectivesCell(sections: Section[], lang: Language, text: TextIn): string {
  return sections
    .map((section) => {
      const heading = text(section.heading, lang)
      const lines = [heading === '' ? NO_HEADING : withBreaks(escapeLine(heading))]
      const intro = section.intro ? text(section.intro, lang) : ''
      if (intro !== '') lines.push(withBreaks(escapeLine(intro)))
      section.items.forEach((item, index) => {
        lines.push(itemMarker(section.style, index) + withBreaks(text(item.text, lang)))
        for (const sub of item.items) lines.push(SUB_ITEM_MARK + withBreaks(text(sub.text, lang)))
      })
      return lines.join('\n')
    })
    .join('\n\n')
}

// ---- presidency, type, countries and networks (issue 18 §3)

/** "El Salvador, 2026-01-01 – 2026-12-31", and ": theme" when it has one. */
export function presidencyCell(presidency: PublicEventData['presidency'], lang: Language, text: TextIn): string {
  if (!presidency) return ''
  const theme = text(presidency.theme, lang)
  const period = `${text(presidency.country.name, lang)}, ${presidency.startDate} – ${presidency.endDate}`
  return theme === '' ? period : `${period}: ${theme}`
}

export const typeCell = (type: PublicEventData['type'], lang: Language, text: TextIn): string =>
  type ? text(type, lang) : ''

/** Member states by name, joined by "; ". */
export const countriesCell = (countries: PublicEventData['countries'], lang: Language, text: TextIn): string =>
  countries.map((country) => text(country.name, lang)).join('; ')

/** Networks as institutions are written: "Name (ACRONYM)" joined by "; ". */
export const networksCell = (networks: PublicEventData['networks'], lang: Language, text: TextIn): string =>
  institutionsCell(networks, lang, text)

// ---- description: sanitized HTML as plain text

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/**
 * The plain text of sanitized description HTML, one line per block (paragraph,
 * list item, heading, quote, line break). Without a DOM, so the server and a
 * test read it as the admin app writes it.
 */
export function htmlToLines(html: string): string {
  return html
    .replace(/<\/(?:p|li|h[1-6]|blockquote)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^<>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (!name.startsWith('#')) return ENTITIES[name.toLowerCase()] ?? entity
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : ' '
    })
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}
