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
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const token of line.match(/\\.|[\s\S]/gu) ?? []) {
    const size = Buffer.byteLength(token, 'utf8')
    if (octets + size > MAX_OCTETS) {
      lines.push(current)
      current = ' '
      octets = 1
    }
    current += token
    octets += size
  }
  lines.push(current)
  return `${lines.join('\r\n')}\r\n`
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
