/** Text as it sorts: case- and accent-insensitive, so "Área" sorts with "Arena", not after "Zona". */
export function sortKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim()
}

/** A city as the `city` filter compares it: exact but case-insensitive, beyond ASCII ("SAN JOSÉ" = "San José"). */
export function cityKey(city: string): string {
  return city.normalize('NFC').trim().toLowerCase()
}

/**
 * A search box's text as an FTS5 query: every word must match, the last one
 * as a prefix. Words are cut on anything that is not a letter, digit or mark,
 * as the unicode61 tokenizer does, and each is quoted, so no input can be an
 * FTS5 syntax error. Null when there is no word to search for.
 */
export function toFtsQuery(text: string): string | null {
  const words = text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((word) => word !== '')
  if (words.length === 0) return null
  return words.map((word, index) => `"${word}"${index === words.length - 1 ? '*' : ''}`).join(' ')
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** Sanitized HTML as plain text for the search index: tags become spaces, entities characters. */
export function htmlToText(html: string): string {
  // Not `<[^>]*>`, quadratic on many "<" without a ">": sanitized HTML has no "<" inside a tag.
  return html
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : ' '
      }
      return ENTITIES[name.toLowerCase()] ?? entity
    })
    .replace(/\s+/g, ' ')
    .trim()
}
