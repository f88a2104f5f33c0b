import type { Language } from './languages'

// No zod here: the schemas import these texts, and field-errors.ts renders them.

export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 256
export const MAX_WEBHOOK_URL_LENGTH = 2000
/** The longest text of one language: a title, a description, an objective. */
export const MAX_TEXT_LENGTH = 20_000

/**
 * The messages the shared schemas write themselves, in both languages. A
 * schema says `{ message: VALIDATION_MESSAGES.required.en }`: zod keeps one
 * string per issue, and the English one is how a ZodError's message is
 * recognized and said again in the reader's language (toFieldErrors).
 */
export const VALIDATION_MESSAGES = {
  required: { en: 'Required', es: 'Obligatorio' },
  fieldDoesNotExist: { en: 'This field does not exist', es: 'Este campo no existe' },
  oneLanguage: { en: 'Fill in at least one language', es: 'Complete al menos un idioma' },
  textTooLong: { en: 'Use at most 20,000 characters', es: 'Use como máximo 20.000 caracteres' },
  isoDate: { en: 'Use a real date as YYYY-MM-DD', es: 'Use una fecha real con el formato AAAA-MM-DD' },
  email: { en: 'Not a valid email address', es: 'No es una dirección de correo válida' },
  phone: {
    en: 'Use the international form, e.g. +506 88511009',
    es: 'Use el formato internacional, p. ej. +506 88511009',
  },
  institutionTwice: { en: 'An institution is listed twice', es: 'Una institución aparece dos veces' },
  endWithoutStart: { en: 'An end date needs a start date', es: 'Una fecha de fin requiere una fecha de inicio' },
  endBeforeStart: { en: 'The end date is before the start date', es: 'La fecha de fin es anterior a la de inicio' },
  countryCode: {
    en: 'Use a two-letter ISO 3166 country code, e.g. SV',
    es: 'Use un código de país ISO 3166 de dos letras, p. ej. SV',
  },
  passwordTooShort: {
    en: `Use at least ${MIN_PASSWORD_LENGTH} characters`,
    es: `Use al menos ${MIN_PASSWORD_LENGTH} caracteres`,
  },
  passwordTooLong: {
    en: `Use at most ${MAX_PASSWORD_LENGTH} characters`,
    es: `Use como máximo ${MAX_PASSWORD_LENGTH} caracteres`,
  },
  urlTooLong: {
    en: `Use at most ${MAX_WEBHOOK_URL_LENGTH} characters`,
    es: `Use como máximo ${MAX_WEBHOOK_URL_LENGTH} caracteres`,
  },
  webUrl: { en: 'Use a full https:// (or http://) URL', es: 'Use una URL completa https:// (o http://)' },
  urlCredentials: {
    en: 'Do not put a user name or password in the URL',
    es: 'No ponga un nombre de usuario ni una contraseña en la URL',
  },
  oneNotice: { en: 'Choose at least one notice', es: 'Elija al menos un aviso' },
  emptyFile: { en: 'The file is empty', es: 'El archivo está vacío' },
  isoTime: { en: 'Use an ISO 8601 date or time', es: 'Use una fecha u hora ISO 8601' },
  unpublishAfterPublish: { en: 'Unpublish after publishing', es: 'Retire la publicación después de publicar' },
  oneVersionPerId: {
    en: 'Give one version per id, in the same order',
    es: 'Indique una versión por id, en el mismo orden',
  },
  giveTitle: { en: 'Give the event a title', es: 'Dé un título al evento' },
  giveCity: { en: 'Give a city, or make the event virtual', es: 'Indique una ciudad, o haga el evento virtual' },
  addInstitution: {
    en: 'Add at least one coordinating institution',
    es: 'Agregue al menos una institución coordinadora',
  },
  addContactEmail: { en: 'Add at least one contact email', es: 'Agregue al menos un correo de contacto' },
  fromAfterTo: { en: 'from must not be after to', es: 'from no puede ser posterior a to' },
  // times and meeting link (issue 18 §2)
  timeOfDay: {
    en: 'Use a 24-hour time as HH:MM, e.g. 09:30',
    es: 'Use una hora de 24 horas con el formato HH:MM, p. ej. 09:30',
  },
  timeZone: {
    en: 'Choose a time zone from the list, e.g. America/El_Salvador',
    es: 'Elija una zona horaria de la lista, p. ej. America/El_Salvador',
  },
  timeZoneRequired: { en: 'Choose the time zone of the times', es: 'Elija la zona horaria de las horas' },
  timeWithoutDate: { en: 'A time needs a start date', es: 'Una hora requiere una fecha de inicio' },
  endTimeWithoutStart: { en: 'An end time needs a start time', es: 'Una hora de fin requiere una hora de inicio' },
  endTimeBeforeStart: {
    en: 'The end time must be after the start time',
    es: 'La hora de fin debe ser posterior a la de inicio',
  },
  httpsUrl: { en: 'Use a full https:// link', es: 'Use un enlace https:// completo' },
  // presidencies, types, countries and networks (issue 18 §3)
  memberState: {
    en: 'Use the two-letter code of an RCM member state, e.g. SV',
    es: 'Use el código de dos letras de un país miembro de la CRM, p. ej. SV',
  },
  countryTwice: { en: 'A country is listed twice', es: 'Un país aparece dos veces' },
  positiveId: { en: 'Use ids, e.g. 3 or 3,4', es: 'Use identificadores, p. ej. 3 o 3,4' },
  networkTwice: { en: 'A network is listed twice', es: 'Una red aparece dos veces' },
  presidencyOverlap: {
    en: 'This period overlaps another presidency',
    es: 'Este período se superpone con otra presidencia',
  },
  // saved list filters and sorts per user (issue 17 §6)
  preferenceKey: {
    en: 'Use a key of the form <list>.listParams or <list>.savedQueries, e.g. events.listParams',
    es: 'Use una clave de la forma <lista>.listParams o <lista>.savedQueries, p. ej. events.listParams',
  },
} as const satisfies Record<string, Record<Language, string>>
