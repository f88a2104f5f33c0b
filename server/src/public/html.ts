/** Markup that is already safe to send: built by `html`, or trusted on purpose with `trustedHtml`. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

type Interpolation = string | number | SafeHtml | null | undefined | false | Interpolation[]

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Text as HTML text or attribute value (always written in double quotes by
 * `html`). `{ quotes: false }` leaves quotes as they are, for text that must
 * read back exactly as the description sanitizer writes it (csv-values.ts).
 */
export function escapeHtml(text: string, { quotes = true } = {}): string {
  return text.replace(quotes ? /[&<>"']/g : /[&<>]/g, (char) => ESCAPES[char] ?? char)
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return ''
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  return escapeHtml(String(value))
}

/**
 * A template that escapes every interpolated value unless it is SafeHtml,
 * so a plain-text field can never become markup by forgetting to escape it.
 * `null`, `undefined` and `false` render nothing; arrays are concatenated.
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  return new SafeHtml(
    strings.reduce((out, string, index) => out + string + (index < values.length ? render(values[index]) : ''), ''),
  )
}

/** Markup the caller vouches for (sanitized rich text, the page's own style sheet). */
export const trustedHtml = (markup: string): SafeHtml => new SafeHtml(markup)
