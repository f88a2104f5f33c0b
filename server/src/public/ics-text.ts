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
  // By char codes in one pass, not a regex or Buffer.byteLength per character: this runs for every long line of the ICS feed.
  let folded = ''
  let start = 0
  let octets = 0
  let index = 0
  while (index < line.length) {
    const code = line.charCodeAt(index)
    // The code point at `index`: its UTF-16 units and UTF-8 octets (a lone surrogate is written as U+FFFD, three octets).
    let end = index + 1
    let size = unitOctets(code)
    if (isHighSurrogate(code) && isLowSurrogate(line.charCodeAt(end))) {
      end += 1
      size = 4
    } else if (code === BACKSLASH && end < line.length && !isLineTerminator(line.charCodeAt(end))) {
      // An escape like `\n` stays on one line with its backslash.
      const escaped = line.charCodeAt(end)
      const pair = isHighSurrogate(escaped) && isLowSurrogate(line.charCodeAt(end + 1))
      size += pair ? 4 : unitOctets(escaped)
      end += pair ? 2 : 1
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
const isLineTerminator = (code: number) => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff
/** UTF-8 octets of one UTF-16 unit that is not half of a pair (a lone surrogate is written as U+FFFD, three octets). */
const unitOctets = (code: number) => (code < 0x80 ? 1 : code < 0x800 ? 2 : 3)

/** `YYYY-MM-DD` as an iCalendar DATE, `days` later. */
export function icsDate(isoDate: string, days = 0): string {
  if (days === 0 && ISO_DATE.test(isoDate) && dayExists(isoDate))
    return `${isoDate.slice(0, 4)}${isoDate.slice(5, 7)}${isoDate.slice(8, 10)}`
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10).replace(/-/g, '')
}

/** An ISO timestamp as an iCalendar UTC DATE-TIME (`20260512T093000Z`). */
export function icsDateTime(iso: string): string {
  // The stored timestamps are already UTC in this form: cut it up rather than parse and print it, twice an event in the feed.
  const utc = ISO_UTC.exec(iso)
  if (utc) return `${utc[1]}${utc[2]}${utc[3]}T${utc[4]}${utc[5]}${utc[6]}Z`
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/

/** Whether a well-formed `YYYY-MM-DD` names a real day; the slow path rolls 2026-02-30 over to 2 March, and the fast path must agree. */
function dayExists(isoDate: string): boolean {
  const day = Number(isoDate.slice(8, 10))
  if (day <= 28) return true
  const month = Number(isoDate.slice(5, 7))
  if (month !== 2) return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31)
  const year = Number(isoDate.slice(0, 4))
  return day === 29 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
}
