import { expect, test } from 'vitest'
import { parseLegacyPage } from '../../server/src/import/legacy-page.parser'

const SPANISH_PAGE = `Ir al contenido principal

Taller Regional sobre Movilidad Laboral

Ciudad
Tegucigalpa
Lugar
Hotel Clarion (híbrido)
Fecha
3-5 de octubre de 2022
Acerca del evento

Objetivo general: Fortalecer la cooperación regional en movilidad laboral.

Objetivos específicos

  1. Compartir buenas prácticas:
      • entre países de origen;
      • entre países de destino.
  2. Identificar desafíos comunes.

Objetivos de la Reunión Viceministerial:

El taller busca:

  • Aprobar el plan de trabajo.
Institución Coordinadora
OIT y OIM
Email
uno@example.org, dos@example.org
Teléfono
+504 2222 3333 / 2222-4444

Reunión Virtual de Puntos Focales

Ciudad
San José
Lugar
Sesión virtual
Fecha
30 de noviembre al 2 de diciembre de 2022
Acerca del evento
Institución Coordinadora
CRM
Email
correo-no-valido

Diseño por Alguien
`

const page = parseLegacyPage(SPANISH_PAGE, 'es')
const [workshop, focalPoints] = page.events

test('reads a Spanish page: Spanish headings, an inline heading, sub-items, dates, hybrid and virtual venues', () => {
  expect(page.events).toHaveLength(2)
  expect(workshop).toMatchObject({
    title: 'Taller Regional sobre Movilidad Laboral',
    city: 'Tegucigalpa',
    venueName: 'Hotel Clarion',
    modality: 'hybrid',
    startDate: '2022-10-03',
    endDate: '2022-10-05',
    institutionNames: ['OIT', 'OIM'],
    contactEmails: ['uno@example.org', 'dos@example.org'],
    contactPhones: ['+504 2222 3333'],
  })
  expect(workshop?.objectives).toEqual([
    {
      heading: { en: '', es: 'Objetivo general' },
      intro: null,
      style: 'paragraph',
      items: [{ text: { en: '', es: 'Fortalecer la cooperación regional en movilidad laboral.' }, items: [] }],
    },
    {
      heading: { en: '', es: 'Objetivos específicos' },
      intro: null,
      style: 'numbered',
      items: [
        {
          text: { en: '', es: 'Compartir buenas prácticas:' },
          items: [
            { text: { en: '', es: 'entre países de origen;' } },
            { text: { en: '', es: 'entre países de destino.' } },
          ],
        },
        { text: { en: '', es: 'Identificar desafíos comunes.' }, items: [] },
      ],
    },
    {
      heading: { en: '', es: 'Objetivos de la Reunión Viceministerial' },
      intro: { en: '', es: 'El taller busca:' },
      style: 'bullets',
      items: [{ text: { en: '', es: 'Aprobar el plan de trabajo.' }, items: [] }],
    },
  ])
  expect(focalPoints).toMatchObject({
    modality: 'virtual',
    venueName: null,
    startDate: '2022-11-30',
    endDate: '2022-12-02',
    objectives: [],
  })
})

test('reports what it cannot read, per event and with the line, and skips the page chrome silently', () => {
  expect(page.warnings).toEqual([])
  expect(workshop?.warnings).toEqual([
    { line: 32, message: 'phone "2222-4444" not read (international form expected, e.g. +506 88511009)' },
  ])
  expect(focalPoints?.warnings).toEqual([{ line: 46, message: 'email "correo-no-valido" not read' }])
})

test('reports an unreadable date and stray lines instead of dropping them', () => {
  const parsed = parseLegacyPage(
    [
      'Stray text before the events',
      '',
      'Event',
      '',
      'Ciudad',
      'Panamá',
      'Fecha',
      'sometime in October',
      'Acerca del evento',
      'Text.',
      'Email',
      'a@example.org',
      '',
      'Stray text at the end',
    ].join('\n'),
    'en',
  )
  expect(parsed.warnings).toEqual([
    { line: 1, message: 'not read (outside any event): "Stray text before the events"' },
  ])
  expect(parsed.events[0]?.startDate).toBeNull()
  expect(parsed.events[0]?.warnings.map((warning) => warning.line)).toEqual([8, 14])
  expect(parsed.events[0]?.warnings[0]?.message).toContain('"sometime in October" not read')
  expect(parsed.events[0]?.warnings[1]?.message).toBe('not read (after the emails field): "Stray text at the end"')
})

test('starts a new event at a title even when the previous one has no institution or email', () => {
  const parsed = parseLegacyPage(
    [
      'First',
      'Ciudad',
      'Lima',
      'Fecha',
      '2022-10-03',
      'Acerca del evento',
      'About the first.',
      '',
      'Second',
      '',
      'Ciudad',
      'Quito',
    ].join('\n'),
    'en',
  )
  expect(parsed.events.map((event) => [event.title, event.city, event.startDate])).toEqual([
    ['First', 'Lima', '2022-10-03'],
    ['Second', 'Quito', null],
  ])
  expect(parsed.events[0]?.objectives).toHaveLength(1)
})

test('marks an event whose title is missing instead of taking a field value as its title', () => {
  const parsed = parseLegacyPage(
    ['Event', 'Ciudad', 'Lima', 'Email', 'a@example.org', '', 'Ciudad', 'Quito'].join('\n'),
    'en',
  )
  expect(parsed.events.map((event) => [event.title, event.city])).toEqual([
    ['Event', 'Lima'],
    ['', 'Quito'],
  ])
  expect(parsed.events[1]?.warnings).toEqual([{ line: 7, message: 'event without a title' }])
})

test('finds no event in a text that is not the events page', () => {
  const parsed = parseLegacyPage('just some notes\nnothing else', 'en')
  expect(parsed.events).toEqual([])
  expect(parsed.warnings).toHaveLength(2)
})

test('adds a repeated Email or Teléfono label to the same event', () => {
  const parsed = parseLegacyPage(
    ['Event', 'Ciudad', 'Lima', 'Email', 'a@example.org', 'Email', 'b@example.org', 'Teléfono', '+51 1 2345678'].join(
      '\n',
    ),
    'en',
  )
  expect(parsed.events).toHaveLength(1)
  expect(parsed.events[0]).toMatchObject({
    contactEmails: ['a@example.org', 'b@example.org'],
    contactPhones: ['+51 1 2345678'],
    warnings: [],
  })
})
