/** RFC 5545 TEXT: backslash, semicolon and comma escaped, every line break as `\n`. */
export function escapeIcsText(text: string): string {
  return text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n')
}

/** A parameter value (`CN=…`): quoted when it holds `:`, `;` or `,`; quotes and control characters dropped. */
export function icsParam(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const clean = value.replace(/["\u0000-\u001f\u007f]/g, '')
  return /[:;,]/.test(clean) ? `"${clean}"` : clean
}

const MAX_OCTETS = 75

/**
 * One content line folded as RFC 5545 §3.1 says: no line longer than 75
 * octets (not characters), each continuation starting with a space, and
 * never inside a UTF-8 sequence (the string is cut between code points) nor
 * inside an escape like `\n`, which some clients fail to rejoin.
 * CRLF-terminated.
 */
export function foldIcsLine(line: string): string {
  // Most lines (dates, UID, SEQUENCE) are short: no folding to do.
  if (line.length <= MAX_OCTETS && Buffer.byteLength(line, 'utf8') <= MAX_OCTETS) return `${line}\r\n`
  // By char codes, not a regex and Buffer.byteLength per character: this ran for every line of the ICS feed.
  let folded = ''
  let start = 0
  let octets = 0
  for (let index = 0; index < line.length; ) {
    let end = nextCodePoint(line, index)
    let size = utf8Size(line, index)
    if (line.charCodeAt(index) === BACKSLASH && end < line.length && !LINE_TERMINATORS.has(line.charCodeAt(end))) {
      size += utf8Size(line, end)
      end = nextCodePoint(line, end)
    }
    if (octets + size > MAX_OCTETS) {
      folded += `${line.slice(start, index)}\r\n `
      start = index
      octets = 1
    }
    octets += size
    index = end
  }
  return `${folded}${line.slice(start)}\r\n`
}

const BACKSLASH = 0x5c
const LINE_TERMINATORS = new Set([0x0a, 0x0d, 0x2028, 0x2029])

const isSurrogatePair = (text: string, index: number) => {
  const high = text.charCodeAt(index)
  const low = text.charCodeAt(index + 1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}

/** The index after the code point at `index`. */
const nextCodePoint = (text: string, index: number) => index + (isSurrogatePair(text, index) ? 2 : 1)

/** Octets of the code point at `index` in UTF-8; a lone surrogate is written as U+FFFD, three octets. */
function utf8Size(text: string, index: number): number {
  if (isSurrogatePair(text, index)) return 4
  const code = text.charCodeAt(index)
  return code < 0x80 ? 1 : code < 0x800 ? 2 : 3
}

/** `YYYY-MM-DD` as an iCalendar DATE, `days` later. */
export function icsDate(isoDate: string, days = 0): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10).replace(/-/g, '')
}

/** An ISO timestamp as an iCalendar UTC DATE-TIME (`20260512T093000Z`). */
export function icsDateTime(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')
}
