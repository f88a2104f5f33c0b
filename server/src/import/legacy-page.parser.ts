import { EmailSchema, PhoneSchema, type Language, type Modality, type ObjectiveSection } from '@rcm/shared'
import { splitInstitutionNames } from './institution-names'
import { parseLegacyDate } from './legacy-dates'
import { parseObjectives, withoutEndColon, type PageLine } from './legacy-objectives'
import { readLegacyVenue } from './legacy-venue'

/** Something of the page that was not read, with the line it is on. */
export interface ImportWarning {
  line: number
  message: string
}

/** One event block of the legacy page, read but not yet matched to venues and institutions. */
export interface ParsedLegacyEvent {
  /** Line of the title, to point at the event in messages. */
  line: number
  title: string
  city: string
  modality: Modality
  /** The `Lugar` as typed, null when virtual or empty; see `readLegacyVenue`. */
  venueName: string | null
  startDate: string | null
  endDate: string | null
  objectives: ObjectiveSection[]
  /** One name per institution, in the page's order ("ICRC, OHCHR, IOM and RNCOM" is four). */
  institutionNames: string[]
  contactEmails: string[]
  contactPhones: string[]
  warnings: ImportWarning[]
}

export interface ParsedLegacyPage {
  events: ParsedLegacyEvent[]
  /** Lines outside every event that are not page chrome. */
  warnings: ImportWarning[]
}

type Field = 'city' | 'venue' | 'date' | 'about' | 'institutions' | 'emails' | 'phones'

/** The page's field labels, Spanish in both editions. */
const LABELS = new Map<string, Field>([
  ['ciudad', 'city'],
  ['lugar', 'venue'],
  ['sede', 'venue'],
  ['fecha', 'date'],
  ['fechas', 'date'],
  ['acerca del evento', 'about'],
  ['institucion coordinadora', 'institutions'],
  ['instituciones coordinadoras', 'institutions'],
  ['email', 'emails'],
  ['e-mail', 'emails'],
  ['correo', 'emails'],
  ['correo electronico', 'emails'],
  ['telefono', 'phones'],
  ['telefonos', 'phones'],
])
/** The order of the fields in an event: a field that does not come after the previous one starts the next event. */
const FIELD_ORDER: readonly Field[] = ['city', 'venue', 'date', 'about', 'institutions', 'emails', 'phones']
/** Fields that may be given more than once in an event. */
const LIST_FIELDS: ReadonlySet<Field> = new Set(['institutions', 'emails', 'phones'])

/** The website's own lines: the skip link at the top, the design credit at the bottom. */
const CHROME = [
  /^(?:skip to (?:main )?content|(?:ir|saltar) al contenido(?: principal)?)$/i,
  /^(?:design(?:ed)? by|dise[ñn]o(?: web)? por|dise[ñn]ado por)\s.{1,80}$/i,
]

// Longer than any label with its colon and spaces: longer text is a value, and no pattern needs to see it.
const MAX_LABEL_LENGTH = 60

function labelOf(text: string): Field | undefined {
  if (text.length > MAX_LABEL_LENGTH) return undefined
  const key = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
  return LABELS.get(withoutEndColon(key))
}

function toPageLines(text: string): PageLine[] {
  return text.split(/\r\n|\r|\n/).map((raw, index) => {
    const line = raw.replace(/[\u00a0\u2007\u202f\t]/g, ' ').trimEnd()
    return { text: line.trim(), indent: line.length - line.trimStart().length, lineNumber: index + 1 }
  })
}

const isChrome = (line: PageLine) => CHROME.some((pattern) => pattern.test(line.text))

interface EventStart {
  /** Index of the title line; null when the event has none. */
  title: number | null
  /** Index of its first field label. */
  firstField: number
}

/**
 * Where each event begins: at a label that does not follow the previous
 * label in the field order (a new "Ciudad" after an "Email"), with the
 * title on the text line before it, unless that line is the value of a field.
 * Not every field is required: an event may lack `Institución Coordinadora`.
 */
function findEventStarts(lines: PageLine[]): EventStart[] {
  const starts: EventStart[] = []
  const textLines: number[] = []
  let previousField: Field | null = null
  lines.forEach((line, index) => {
    if (line.text === '') return
    const field = labelOf(line.text)
    if (field !== undefined) {
      const order = FIELD_ORDER.indexOf(field)
      const previousOrder = previousField === null ? -1 : FIELD_ORDER.indexOf(previousField)
      // A repeated list field ("Email" twice) adds to the event; any other step back starts the next one.
      if (previousField === null || order < previousOrder || (order === previousOrder && !LIST_FIELDS.has(field))) {
        const candidate = textLines[textLines.length - 1]
        const beforeCandidate = textLines[textLines.length - 2]
        const isFieldValue = beforeCandidate !== undefined && labelOf(lines[beforeCandidate]?.text ?? '') !== undefined
        const isTitle = candidate !== undefined && labelOf(lines[candidate]?.text ?? '') === undefined && !isFieldValue
        starts.push({ title: isTitle ? candidate : null, firstField: index })
      }
      previousField = field
    }
    textLines.push(index)
  })
  return starts
}

/**
 * Reads the text of the legacy events page (as a browser copies it) into
 * events. Pure: no database. `lang` is the language of the content; the
 * field labels are Spanish in either edition. Nothing is dropped silently:
 * a line that is neither chrome nor part of a field is a warning.
 */
export function parseLegacyPage(
  text: string,
  lang: Language,
  options: { isKnownInstitution?: (name: string) => boolean } = {},
): ParsedLegacyPage {
  const lines = toPageLines(text)
  const starts = findEventStarts(lines)
  const blockStart = (start: EventStart | undefined) =>
    start === undefined ? lines.length : (start.title ?? start.firstField)
  const warnings: ImportWarning[] = []
  for (const line of lines.slice(0, blockStart(starts[0]))) {
    if (line.text !== '' && !isChrome(line))
      warnings.push({ line: line.lineNumber, message: `not read (outside any event): "${line.text}"` })
  }
  const events = starts.map((start, position) =>
    parseEvent(lines, start, blockStart(starts[position + 1]), lang, options.isKnownInstitution),
  )
  return { events, warnings }
}

function parseEvent(
  lines: PageLine[],
  start: EventStart,
  end: number,
  lang: Language,
  isKnownInstitution?: (name: string) => boolean,
): ParsedLegacyEvent {
  const firstLine = lines[start.firstField]?.lineNumber ?? 0
  const title = start.title === null ? '' : (lines[start.title]?.text ?? '')
  const warnings: ImportWarning[] = []
  if (title === '') warnings.push({ line: firstLine, message: 'event without a title' })
  const fields = new Map<Field, PageLine[]>()
  let field: Field | null = null
  for (const line of lines.slice(start.firstField, end)) {
    const label = labelOf(line.text)
    if (label !== undefined) {
      field = label
      fields.set(label, fields.get(label) ?? [])
    } else if (field !== null) {
      fields.get(field)?.push(line)
    }
  }

  const valueOf = (name: Field) => {
    const paragraphs = paragraphsOf(fields.get(name) ?? [])
    const [first = [], ...rest] = paragraphs
    if (name !== 'about') {
      for (const line of rest.flat()) {
        if (!isChrome(line))
          warnings.push({ line: line.lineNumber, message: `not read (after the ${name} field): "${line.text}"` })
      }
    }
    return first
  }
  const join = (name: Field) =>
    valueOf(name)
      .map((line) => line.text)
      .join(' ')

  const date = parseLegacyDate(join('date'))
  if (!date.ok) warnings.push({ line: fields.get('date')?.[0]?.lineNumber ?? firstLine, message: date.warning })
  return {
    line: start.title === null ? firstLine : (lines[start.title]?.lineNumber ?? firstLine),
    title,
    city: join('city'),
    ...readLegacyVenue(join('venue')),
    startDate: date.ok ? date.startDate : null,
    endDate: date.ok ? date.endDate : null,
    objectives: parseObjectives(
      (fields.get('about') ?? []).filter((line) => !isChrome(line)),
      lang,
    ),
    institutionNames: valueOf('institutions').flatMap((line) => splitInstitutionNames(line.text, isKnownInstitution)),
    contactEmails: readContacts(valueOf('emails'), 'email', warnings),
    contactPhones: readContacts(valueOf('phones'), 'phone', warnings),
    warnings,
  }
}

/** The lines of a field split at blank lines. */
function paragraphsOf(lines: PageLine[]): PageLine[][] {
  const paragraphs: PageLine[][] = [[]]
  for (const line of lines) {
    if (line.text === '') paragraphs.push([])
    else paragraphs[paragraphs.length - 1]?.push(line)
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0)
}

/** Emails or phones, several per line allowed (",", ";", " / "); what is not one is a warning. */
function readContacts(lines: PageLine[], kind: 'email' | 'phone', warnings: ImportWarning[]): string[] {
  const schema = kind === 'email' ? EmailSchema : PhoneSchema
  const values: string[] = []
  for (const line of lines) {
    const parts = line.text
      .split(kind === 'email' ? /[\s,;/]+/ : /[,;/]/)
      .map((part) => part.trim())
      .filter(Boolean)
    for (const part of parts) {
      const value = kind === 'email' ? part.replace(/^mailto:/i, '') : part.replace(/^tel:/i, '')
      const parsed = schema.safeParse(value)
      if (!parsed.success) {
        const hint = kind === 'phone' ? ' (international form expected, e.g. +506 88511009)' : ''
        warnings.push({ line: line.lineNumber, message: `${kind} "${value}" not read${hint}` })
      } else if (!values.includes(parsed.data)) {
        values.push(parsed.data)
      }
    }
  }
  return values
}
