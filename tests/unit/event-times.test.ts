import {
  defaultTimeZone,
  EventCreateSchema,
  EventInputSchema,
  toFieldErrors,
  timeZoneChoices,
  zonedInstant,
  type EventInput,
} from '@rcm/shared'
import { expect, test } from 'vitest'

const event = (overrides: Partial<EventInput>) => ({
  title: { en: 'Workshop', es: 'Taller' },
  startDate: '2026-03-10',
  ...overrides,
})

/** The field errors of `input` in `lang`, or {} when it is valid. */
function errorsOf(input: unknown, lang: 'en' | 'es' = 'en') {
  const result = EventInputSchema.safeParse(input)
  return result.success ? {} : toFieldErrors(result.error, lang)
}

test('an old event without times is valid and all day, with no meeting link', () => {
  const parsed = EventCreateSchema.parse({ title: { en: 'Workshop' }, startDate: '2026-03-10' })
  expect(parsed).toMatchObject({
    startTime: null,
    endTime: null,
    timeZone: null,
    meetingUrl: null,
    meetingUrlPublic: false,
  })
})

test('accepts 24-hour HH:MM times with an IANA zone, and refuses other time shapes in both languages', () => {
  expect(errorsOf(event({ startTime: '00:00', endTime: '23:59', timeZone: 'America/El_Salvador' }))).toEqual({})
  for (const time of ['9:30', '24:00', '12:60', '09:30:00', '9.30', '']) {
    expect(errorsOf(event({ startTime: time, timeZone: 'UTC' })), time).toEqual({
      startTime: 'Use a 24-hour time as HH:MM, e.g. 09:30',
    })
  }
  expect(errorsOf(event({ startTime: '9:30', timeZone: 'UTC' }), 'es')).toEqual({
    startTime: 'Use una hora de 24 horas con el formato HH:MM, p. ej. 09:30',
  })
})

test('accepts the zones Intl knows, written as IANA writes them; refuses others and offsets', () => {
  for (const zone of ['America/Mexico_City', 'America/Port-au-Prince', 'UTC', 'Etc/GMT+5'])
    expect(errorsOf(event({ startTime: '10:00', timeZone: zone })), zone).toEqual({})
  for (const zone of ['Mars/Olympus_Mons', 'america/new_york', '-05:00', 'GMT-5 ', 'America/'.padEnd(80, 'x'), ''])
    expect(errorsOf(event({ startTime: '10:00', timeZone: zone })), zone).toEqual({
      timeZone: 'Choose a time zone from the list, e.g. America/El_Salvador',
    })
  expect(errorsOf(event({ startTime: '10:00', timeZone: 'Nowhere/City' }), 'es')).toEqual({
    timeZone: 'Elija una zona horaria de la lista, p. ej. America/El_Salvador',
  })
})

test('a time needs a zone and a start date, an end time a start time', () => {
  expect(errorsOf(event({ startTime: '10:00' }), 'es')).toEqual({ timeZone: 'Elija la zona horaria de las horas' })
  expect(errorsOf(event({ startDate: null, startTime: '10:00', timeZone: 'UTC' }))).toEqual({
    startTime: 'A time needs a start date',
  })
  expect(errorsOf(event({ endTime: '12:00', timeZone: 'UTC' }))).toEqual({ endTime: 'An end time needs a start time' })
})

test('on a one-day event the end time comes after the start time; over several days it may be earlier', () => {
  const zone = { timeZone: 'America/Guatemala' }
  expect(errorsOf(event({ ...zone, startTime: '14:00', endTime: '09:00' }))).toEqual({
    endTime: 'The end time must be after the start time',
  })
  expect(errorsOf(event({ ...zone, startTime: '14:00', endTime: '14:00', endDate: '2026-03-10' }), 'es')).toEqual({
    endTime: 'La hora de fin debe ser posterior a la de inicio',
  })
  expect(errorsOf(event({ ...zone, startTime: '14:00', endTime: '09:00', endDate: '2026-03-11' }))).toEqual({})
})

test('the meeting link is https only, without credentials', () => {
  expect(errorsOf(event({ modality: 'virtual', meetingUrl: 'https://meet.example.org/rcm' }))).toEqual({})
  for (const url of ['http://meet.example.org/rcm', 'javascript:alert(1)', 'meet.example.org', 'ftp://example.org/x'])
    expect(errorsOf(event({ meetingUrl: url })), url).toEqual({ meetingUrl: 'Use a full https:// link' })
  expect(errorsOf(event({ meetingUrl: 'http://x.org' }), 'es')).toEqual({
    meetingUrl: 'Use un enlace https:// completo',
  })
  expect(errorsOf(event({ meetingUrl: 'https://user:secret@meet.example.org/' }))).toEqual({
    meetingUrl: 'Do not put a user name or password in the URL',
  })
})

test("a venue's country gives the member state's zone, by ISO code or by name in either language", () => {
  expect(defaultTimeZone('SV')).toBe('America/El_Salvador')
  expect(defaultTimeZone('mx')).toBe('America/Mexico_City')
  expect(defaultTimeZone('República Dominicana')).toBe('America/Santo_Domingo')
  expect(defaultTimeZone('United States')).toBe('America/New_York')
  expect(defaultTimeZone('Panamá')).toBe('America/Panama')
  expect(defaultTimeZone('FR')).toBeNull()
  expect(defaultTimeZone(null)).toBeNull()
})

test("the zone picker lists the member states' zones first, then every other zone once", () => {
  const choices = timeZoneChoices()
  expect(choices.slice(0, 3)).toEqual(['America/Belize', 'America/Toronto', 'America/Costa_Rica'])
  expect(choices).toContain('Europe/Madrid')
  expect(new Set(choices).size).toBe(choices.length)
})

test('a wall-clock time in a zone is the right instant on both sides of a DST change, and in a skipped hour', () => {
  const iso = (date: string, time: string, zone: string) => new Date(zonedInstant(date, time, zone)).toISOString()
  expect(iso('2026-03-07', '10:00', 'America/New_York')).toBe('2026-03-07T15:00:00.000Z')
  expect(iso('2026-03-09', '10:00', 'America/New_York')).toBe('2026-03-09T14:00:00.000Z')
  // 02:30 does not exist on 8 March: read with the offset before the gap (RFC 5545 §3.3.5).
  expect(iso('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z')
  // 01:30 happens twice on 1 November: the first one.
  expect(iso('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z')
  expect(iso('2021-07-01', '10:00', 'America/Mexico_City')).toBe('2021-07-01T15:00:00.000Z')
  expect(iso('2023-07-01', '10:00', 'America/Mexico_City')).toBe('2023-07-01T16:00:00.000Z')
})
