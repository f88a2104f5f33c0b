import ICAL from 'ical.js'
import { expect, test } from 'vitest'
import type { PublicEventData } from '@rcm/shared'
import type { PublicCopy } from '../../server/src/public/public-copies.repository'
import { icsFormat } from '../../server/src/public/ics'

const LONG =
  'Taller regional sobre protección de niñas, niños y adolescentes migrantes; diálogo «técnico» en Tegucigalpa, Honduras. '

function copy(overrides: Partial<PublicEventData> = {}): PublicEventData {
  return {
    id: 7,
    title: { en: 'Regional workshop, part 1; protection', es: LONG.repeat(3).trim() },
    description: { en: '<p>First paragraph &amp; more.</p><p>Second\\one</p>', es: '' },
    objectives: [
      {
        heading: { en: 'General objective', es: 'Objetivo general' },
        intro: null,
        style: 'numbered',
        items: [{ text: { en: 'Share practices', es: 'Compartir prácticas' }, items: [] }],
      },
    ],
    startDate: '2026-05-12',
    endDate: '2026-05-14',
    modality: 'in_person',
    city: 'Tegucigalpa',
    venue: { name: { en: 'Hotel Real', es: 'Hotel Real' }, city: 'Tegucigalpa', country: 'Honduras', address: null },
    institutions: [
      {
        name: { en: 'Ministry of Foreign Affairs, Honduras', es: 'Cancillería de Honduras' },
        acronym: { en: '', es: '' },
      },
    ],
    contactEmails: ['crmst@iom.int'],
    contactPhones: ['+504 22221111'],
    publishedAt: '2026-04-01T10:30:00.000Z',
    startTime: null,
    endTime: null,
    timeZone: null,
    meetingUrl: null,
    documents: [],
    image: null,
    presidency: null,
    type: null,
    countries: [],
    networks: [],
    ...overrides,
  }
}

function calendar(rows: PublicCopy[], lang?: 'en' | 'es'): string {
  const format = icsFormat('https://calendar.example.org', lang)
  return format.head + rows.map((row, index) => format.row(row, index)).join('') + format.tail
}

const parse = (text: string) => new ICAL.Component(ICAL.parse(text))

test('a calendar with one VEVENT per row, parsed by an independent parser', () => {
  const text = calendar([
    { data: copy(), sequence: 3 },
    { data: copy({ id: 8, endDate: null, startDate: '2026-12-31', venue: null, modality: 'virtual' }), sequence: 1 },
  ])
  const vcalendar = parse(text)

  expect(vcalendar.getFirstPropertyValue('version')).toBe('2.0')
  expect(vcalendar.getFirstPropertyValue('method')).toBe('PUBLISH')
  expect(vcalendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN')
  expect(vcalendar.getFirstPropertyValue('prodid')).toBeTruthy()
  expect(vcalendar.getFirstPropertyValue('x-wr-calname')).toBe('RCM events calendar')
  const [first, second] = vcalendar.getAllSubcomponents('vevent')
  expect(first?.getFirstPropertyValue('uid')).toBe('event-7@calendar.example.org')
  expect(String(first?.getFirstPropertyValue('dtstart'))).toBe('2026-05-12')
  expect(String(first?.getFirstPropertyValue('dtend'))).toBe('2026-05-15')
  expect(first?.getFirstProperty('dtstart')?.type).toBe('date')
  expect(first?.getFirstPropertyValue('summary')).toBe('Regional workshop, part 1; protection')
  expect(first?.getFirstPropertyValue('description')).toBe(
    'First paragraph & more. Second\\one\n\nGeneral objective\n1. Share practices',
  )
  expect(first?.getFirstPropertyValue('location')).toBe('Hotel Real, Tegucigalpa')
  expect(first?.getFirstPropertyValue('organizer')).toBe('mailto:crmst@iom.int')
  expect(first?.getFirstProperty('organizer')?.getParameter('cn')).toBe('Ministry of Foreign Affairs, Honduras')
  expect(first?.getAllProperties('contact').map((property) => property.getFirstValue())).toEqual([
    'crmst@iom.int',
    '+504 22221111',
  ])
  expect(first?.getFirstPropertyValue('url')).toBe('https://calendar.example.org/calendar/events/7?lang=en')
  expect(first?.getFirstPropertyValue('sequence')).toBe(2)
  expect(String(first?.getFirstPropertyValue('dtstamp'))).toBe('2026-04-01T10:30:00Z')
  // A one-day event ends the next day (exclusive end), across a year end.
  expect(second?.getFirstPropertyValue('uid')).toBe('event-8@calendar.example.org')
  expect(String(second?.getFirstPropertyValue('dtend'))).toBe('2027-01-01')
  expect(second?.getFirstPropertyValue('location')).toBe('Virtual')
  expect(second?.getFirstPropertyValue('sequence')).toBe(0)
})

test('Spanish: its calendar name and texts, the same UID, long accented lines folded at 75 octets', () => {
  const text = calendar([{ data: copy(), sequence: 1 }], 'es')
  const vcalendar = parse(text)
  const vevent = vcalendar.getFirstSubcomponent('vevent')

  expect(vcalendar.getFirstPropertyValue('x-wr-calname')).toBe('Calendario de eventos de la CRM')
  expect(vevent?.getFirstPropertyValue('uid')).toBe('event-7@calendar.example.org')
  expect(vevent?.getFirstPropertyValue('summary')).toBe(LONG.repeat(3).trim())
  // Falls back to English where the Spanish text is empty.
  expect(vevent?.getFirstPropertyValue('description')).toMatch(/^First paragraph & more\./)
  expect(text.endsWith('\r\n')).toBe(true)
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
})
