import type { FieldErrors, Language } from '@rcm/shared'
import type { Text } from '../i18n/messages'

/*
 * What an import report says about one event, in the user's language and in
 * words, not field paths: "the end date is before the start date", "the
 * title, in Spanish: fill in at least one language".
 */

type Words = {
  fields: Record<string, string>
  parts: Record<string, string>
  section: string
  item: string
  subItem: string
  entry: string
  unknownField: (name: string) => string
  cannotRead: (what: string) => string
}

const WORDS: Record<Language, Words> = {
  en: {
    fields: {
      id: 'the id',
      title: 'the title',
      description: 'the description',
      objectives: 'the objectives',
      startDate: 'the start date',
      endDate: 'the end date',
      modality: 'the modality',
      city: 'the city',
      venue: 'the venue',
      venueId: 'the venue',
      institutions: 'the institutions',
      institutionIds: 'the institutions',
      contactEmails: 'the contact emails',
      contactPhones: 'the contact phones',
      url: 'the url',
      publishedAt: 'the publication time',
      createdAt: 'the creation time',
      startTime: 'the start time',
      endTime: 'the end time',
      timeZone: 'the time zone',
      meetingUrl: 'the meeting link',
      presidency: 'the presidency',
      type: 'the type',
      countries: 'the countries',
      networks: 'the networks',
    },
    parts: {
      en: 'in English',
      es: 'in Spanish',
      heading: 'heading',
      intro: 'lead paragraph',
      name: 'name',
      acronym: 'acronym',
      city: 'city',
      country: 'country',
      address: 'address',
      style: 'style',
    },
    section: 'section',
    item: 'item',
    subItem: 'sub-item',
    entry: 'no.',
    unknownField: (name) => `the field “${name}” is not something an import can set`,
    cannotRead: (what) => `${what} cannot be read`,
  },
  es: {
    fields: {
      id: 'el id',
      title: 'el título',
      description: 'la descripción',
      objectives: 'los objetivos',
      startDate: 'la fecha de inicio',
      endDate: 'la fecha de fin',
      modality: 'la modalidad',
      city: 'la ciudad',
      venue: 'el lugar',
      venueId: 'el lugar',
      institutions: 'las instituciones',
      institutionIds: 'las instituciones',
      contactEmails: 'los correos de contacto',
      contactPhones: 'los teléfonos de contacto',
      url: 'la url',
      publishedAt: 'la hora de publicación',
      createdAt: 'la hora de creación',
      startTime: 'la hora de inicio',
      endTime: 'la hora de fin',
      timeZone: 'la zona horaria',
      meetingUrl: 'el enlace de la reunión',
      presidency: 'la presidencia',
      type: 'el tipo',
      countries: 'los países',
      networks: 'las redes',
    },
    parts: {
      en: 'en inglés',
      es: 'en español',
      heading: 'título',
      intro: 'párrafo inicial',
      name: 'nombre',
      acronym: 'sigla',
      city: 'ciudad',
      country: 'país',
      address: 'dirección',
      style: 'estilo',
    },
    section: 'sección',
    item: 'elemento',
    subItem: 'subelemento',
    entry: 'n.º',
    unknownField: (name) => `el campo «${name}» no es algo que una importación pueda fijar`,
    cannotRead: (what) => `no se puede leer ${what}`,
  },
}

/** Messages that already name their field: said alone. */
const SELF_DESCRIBING = new Set(
  [
    'The end date is before the start date',
    'An end date needs a start date',
    'An institution is listed twice',
    'La fecha de fin es anterior a la de inicio',
    'Una fecha de fin requiere una fecha de inicio',
    'Una institución aparece dos veces',
  ].map((message) => message.toLowerCase()),
)

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/** A dotted path (`objectives.0.items.2.text.es`) in words: "the objectives, section 1, item 3, in Spanish". */
export function fieldInWords(path: string, lang: Language): string {
  const words = WORDS[lang]
  const [root = '', ...rest] = path.split('.')
  const parts: string[] = [words.fields[root] ?? `“${root}”`]
  let itemDepth = 0
  rest.forEach((segment, at) => {
    if (/^\d+$/.test(segment)) {
      const before = rest[at - 1]
      const noun =
        before === 'items'
          ? itemDepth++ === 0
            ? words.item
            : words.subItem
          : root === 'objectives'
            ? words.section
            : words.entry
      parts.push(`${noun} ${Number(segment) + 1}`)
    } else if (segment in words.parts) parts.push(words.parts[segment] ?? segment)
  })
  return parts.join(', ')
}

/** Field errors as one line of reasons joined by "; " (each counted apart in the report's summary). */
export function describeFieldErrors(errors: FieldErrors, lang: Language): string {
  return Object.entries(errors)
    .map(([path, message]) => {
      // A message that names its field ("status must be one of: …") already follows the field's words.
      const field = path.split('.').findLast((segment) => !/^\d+$/.test(segment)) ?? ''
      const said = lowerFirst(message.startsWith(`${field} `) ? message.slice(field.length + 1) : message)
      return SELF_DESCRIBING.has(said) ? said : `${fieldInWords(path, lang)}: ${said}`
    })
    .join('; ')
}

/** A field of the file that no entry of the export-field table knows. */
export const unknownField = (name: string): Text => ({
  en: WORDS.en.unknownField(name),
  es: WORDS.es.unknownField(name),
})

/** A cell the CSV reader could not read, by its field. */
export const cellCannotBeRead = (field: string): Text => ({
  en: WORDS.en.cannotRead(fieldInWords(field, 'en')),
  es: WORDS.es.cannotRead(fieldInWords(field, 'es')),
})

/** A one-language file changed the layout of the objectives, so their text in the other language is gone. */
export const OBJECTIVES_RESHAPED: Text = {
  en: 'the objectives changed shape, so their text in the other language was replaced',
  es: 'los objetivos cambiaron de forma, así que su texto en el otro idioma se reemplazó',
}

/** The iCalendar feed given to the import. */
export const ICS_NOT_IMPORTABLE: Text = {
  en:
    'This is an iCalendar file: it is for calendar apps and holds too little of each event to import. ' +
    'Import the JSON or CSV feed, or the list as CSV or JSON',
  es:
    'Este es un archivo iCalendar: es para aplicaciones de calendario y lleva demasiado poco de cada evento ' +
    'para importarlo. Importe la fuente JSON o CSV, o la lista en CSV o JSON',
}

/** A one-language file whose events do not say which language (their `url` has no `lang`). */
export const LANGUAGE_UNKNOWN: Text = {
  en: 'This file holds one language, but its events’ url does not say which (lang=en or lang=es): export it again from the calendar',
  es: 'Este archivo tiene un solo idioma, pero la url de sus eventos no dice cuál (lang=en o lang=es): expórtelo de nuevo desde el calendario',
}

/** A CSV whose header names neither `title` nor `title_en`. */
export const NOT_AN_EXPORT_CSV: Text = {
  en: 'This CSV is not an export of the calendar: its header has no id and title columns',
  es: 'Este CSV no es una exportación del calendario: su encabezado no tiene las columnas id y title',
}

/** An element of a JSON file that is not an object. */
export const NOT_AN_EVENT: Text = { en: 'this is not an event (an object)', es: 'esto no es un evento (un objeto)' }

/** An event type or network the import created, being named in the file and missing here (issue 18 §3). */
export const newEventType = (name: string): Text => ({
  en: `new event type "${name}"`,
  es: `tipo de evento nuevo "${name}"`,
})
export const newNetwork = (name: string): Text => ({ en: `new network "${name}"`, es: `red nueva "${name}"` })
