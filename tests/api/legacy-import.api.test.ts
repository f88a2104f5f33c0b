import { readFileSync } from 'node:fs'
import type { Event } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { SYSTEM_ACTOR } from '../../server/src/actor'
import type { Db } from '../../server/src/db/connection'
import { seedDemo } from '../../server/src/db/seed'
import { updateEvent } from '../../server/src/events/events.service'
import { eventsRepository } from '../../server/src/events/events.repository'
import { importLegacyPage, type ImportOptions } from '../../server/src/import/import-events'
import { institutionsRepository } from '../../server/src/institutions/institutions.repository'
import { createInstitution } from '../../server/src/institutions/institutions.service'
import { venuesRepository } from '../../server/src/venues/venues.repository'
import { createVenue } from '../../server/src/venues/venues.service'
import { LEGACY_PAGE_EN, LEGACY_PAGE_EVENTS } from '../support/legacy-page-events'
import { createTestDb } from '../support/test-db'

const PAGE = readFileSync(LEGACY_PAGE_EN, 'utf8')
const DRAFTS: ImportOptions = { lang: 'en', status: 'draft', dryRun: false }

let db: Db
beforeEach(() => {
  db = createTestDb()
})
afterEach(() => db.close())

const importPage = (text = PAGE, options: Partial<ImportOptions> = {}) =>
  importLegacyPage(db, SYSTEM_ACTOR, text, { ...DRAFTS, ...options })
const events = () => eventsRepository.findAll(db)
const institutionLabel = (id: number) => {
  const institution = institutionsRepository.findById(db, id)
  return institution?.acronym.en || institution?.name.en
}
const institutionId = (acronym: string) =>
  institutionsRepository.findAll(db).find((institution) => institution.acronym.en === acronym)?.id
const eventTitled = (start: string): Event => {
  const event = events().find((candidate) => candidate.title.en.startsWith(start))
  if (!event) throw new Error(`no event "${start}"`)
  return event
}

test('imports the ten events of the English page as drafts, with their venues, institutions and contacts', () => {
  const report = importPage()

  expect(report.events.map((event) => [event.outcome, event.error, event.warnings])).toEqual(
    Array.from({ length: 10 }, () => ['created', null, []]),
  )
  expect(report.warnings).toEqual([])
  const stored = events()
  expect(
    stored.map((event) => ({
      title: event.title.en,
      city: event.city,
      venue: event.venueId === null ? null : (venuesRepository.findById(db, event.venueId)?.name.en ?? '?'),
      modality: event.modality,
      sections: event.objectives.map((section) => [
        section.heading.en,
        section.intro?.en ?? null,
        section.style,
        section.items.length,
      ]),
      institutions: event.institutionIds.map(institutionLabel),
      emails: event.contactEmails,
      phones: event.contactPhones,
    })),
  ).toEqual(
    LEGACY_PAGE_EVENTS.map((event) => ({
      ...event,
      institutions: event.institutions.map((name) => (name === 'OIM' ? 'IOM' : name)),
    })),
  )
  expect(stored.every((event) => event.status === 'draft' && event.startDate === null && event.endDate === null)).toBe(
    true,
  )
  expect(
    stored.every((event) => event.title.es === '' && event.description.en === '' && event.description.es === ''),
  ).toBe(true)
})

test('creates each institution once, in both languages, so that "OIM" and "IOM" are one institution', () => {
  importPage()

  const institutions = institutionsRepository.findAll(db)
  expect(institutions.map((institution) => [institution.acronym.en, institution.acronym.es])).toEqual([
    ['IOM', 'OIM'],
    ['ICRC', 'CICR'],
    ['OHCHR', 'ACNUDH'],
    ['RNCOM', 'RROCM'],
    ['', ''],
    ['El Salvador PPT', 'PPT El Salvador'],
    ['RCM', 'CRM'],
    ['SACM', 'CSM'],
  ])
  expect(institutions[0]?.name).toEqual({
    en: 'International Organization for Migration',
    es: 'Organización Internacional para las Migraciones',
  })
  expect(institutions[4]?.name).toEqual({
    en: 'Ministry of Foreign Affairs',
    es: 'Ministerio de Relaciones Exteriores',
  })
  const iom = institutions[0]?.id
  expect(eventTitled('First Regional Forum').institutionIds).toContain(iom)
  expect(eventTitled('II Forum of Champion').institutionIds).toEqual([iom])
})

test('creates one venue per name and city, keeping a venue that repeats the city, and none for virtual events', () => {
  importPage()

  expect(
    venuesRepository.findAll(db).map((venue) => [venue.name.en, venue.name.es, venue.city, venue.country]),
  ).toEqual([
    ['San Salvador', '', 'San Salvador', null],
    ['Ministry of Foreign Affairs', '', 'San Salvador', null],
    ['Hotel Sheraton Presidente', '', 'San Salvador', null],
    ['Hotel Intercontinental', '', 'San Salvador', null],
    ['Hotel Real Intercontinental', '', 'San Salvador', null],
  ])
  expect(
    events()
      .filter((event) => event.modality === 'virtual')
      .map((event) => event.venueId),
  ).toEqual([null, null])
})

test('matches stored institutions and venues by name or acronym in either language, ignoring case and accents', () => {
  const oim = createInstitution(db, SYSTEM_ACTOR, {
    name: { en: '', es: 'Organizacion Internacional para las Migraciones' },
    acronym: { en: '', es: 'OIM' },
  })
  const sheraton = createVenue(db, SYSTEM_ACTOR, {
    name: { en: '', es: 'HOTEL SHERATON PRESIDENTE' },
    city: 'san salvador',
    country: 'SV',
    address: null,
  })

  importPage()

  expect(institutionsRepository.findAll(db).filter((institution) => institution.acronym.es === 'OIM')).toEqual([oim])
  expect(eventTitled('Regional Seminar').institutionIds).toEqual([institutionId('El Salvador PPT'), oim.id])
  expect(eventTitled('II Forum of Champion').institutionIds).toEqual([oim.id])
  expect(eventTitled('Regional Seminar').venueId).toBe(sheraton.id)
  expect(
    venuesRepository
      .findAll(db)
      .filter((venue) => venue.name.en.includes('Sheraton') || venue.name.es.includes('SHERATON')),
  ).toEqual([sheraton])
})

test('updates on a second import instead of duplicating, keeping what editors wrote in Spanish', () => {
  importPage()
  const forum = eventTitled('II Forum of Champion')
  const [section] = forum.objectives
  if (!section) throw new Error('no objectives')
  updateEvent(db, SYSTEM_ACTOR, forum.id, {
    ...forum,
    title: { en: forum.title.en, es: 'II Foro de Países Campeones de las Américas' },
    objectives: [{ ...section, heading: { en: section.heading.en, es: 'Objetivos' } }],
  })

  const report = importPage(PAGE.replace('Enhance mechanisms', 'Strengthen mechanisms'))

  expect(report.events.map((event) => event.outcome)).toEqual(Array.from({ length: 10 }, () => 'updated'))
  expect(report.events.filter((event) => !event.isUnchanged).map((event) => event.id)).toEqual([forum.id])
  expect(events()).toHaveLength(10)
  expect(institutionsRepository.findAll(db)).toHaveLength(8)
  expect(venuesRepository.findAll(db)).toHaveLength(5)
  const updated = eventTitled('II Forum of Champion')
  expect(updated.title).toEqual({
    en: 'II Forum of Champion Countries of the Americas',
    es: 'II Foro de Países Campeones de las Américas',
  })
  expect(updated.objectives[0]?.heading).toEqual({ en: 'Objectives', es: 'Objetivos' })
  expect(updated.objectives[0]?.items[1]?.text.en).toBe(
    'Strengthen mechanisms for information sharing and best practices on migration governance;',
  )
  expect(updated.status).toBe('draft')
})

test('writes nothing on a dry run, and reports what it would have done', () => {
  const report = importPage(PAGE, { dryRun: true })

  expect(report.isDryRun).toBe(true)
  expect(report.events.map((event) => event.outcome)).toEqual(Array.from({ length: 10 }, () => 'created'))
  expect(report.events[0]?.notes).toEqual([
    'new institution IOM – International Organization for Migration',
    'new venue "San Salvador" (San Salvador)',
    'type guessed from the title: Forum (check it)',
  ])
  expect(events()).toEqual([])
  expect(institutionsRepository.findAll(db)).toEqual([])
  expect(venuesRepository.findAll(db)).toEqual([])
})

test('reports an event that cannot be imported, leaves nothing of it behind, and keeps the others', () => {
  const bullets = Array.from({ length: 51 }, (_, n) => `  • Objective ${n + 1}`).join('\n')
  const page = [
    'Too many objectives',
    'Ciudad',
    'Guatemala',
    'Lugar',
    'Hotel Nowhere',
    'Acerca del evento',
    'Objectives:',
    bullets,
    'Institución Coordinadora',
    'UNHCR',
    '',
    'A fine event',
    'Ciudad',
    'Guatemala',
    'Institución Coordinadora',
    'IOM',
  ].join('\n')

  const report = importPage(page)

  expect(report.events.map((event) => [event.title, event.outcome])).toEqual([
    ['Too many objectives', 'failed'],
    ['A fine event', 'created'],
  ])
  expect(report.events[0]?.error).toContain('objectives.0.items')
  expect(events().map((event) => event.title.en)).toEqual(['A fine event'])
  expect(venuesRepository.findAll(db)).toEqual([])
  expect(institutionsRepository.findAll(db).map((institution) => institution.acronym.en)).toEqual(['IOM'])
})

test('a later event naming the venue and institution of an event that failed gets them created anew', () => {
  const tooManyObjectives = Array.from({ length: 51 }, (_, n) => `  • Objective ${n + 1}`).join('\n')
  const event = (title: string, venue: string, institution: string, more: string[] = []) =>
    [title, 'Ciudad', 'Guatemala', 'Lugar', venue, ...more, 'Institución Coordinadora', institution, ''].join('\n')
  const page = [
    event('Too many objectives', 'Hotel Nowhere', 'UNHCR', ['Acerca del evento', 'Objectives:', tooManyObjectives]),
    // Its venue and institution take the ids that the failed event's rollback freed.
    event('A fine event', 'Hotel Elsewhere', 'IOM'),
    event('Another fine event', 'Hotel Nowhere', 'UNHCR'),
  ].join('\n')

  const report = importPage(page)

  expect(report.events.map((imported) => imported.outcome)).toEqual(['failed', 'created', 'created'])
  const another = eventTitled('Another fine event')
  expect(another.venueId === null ? null : venuesRepository.findById(db, another.venueId)?.name.en).toBe(
    'Hotel Nowhere',
  )
  expect(another.institutionIds.map(institutionLabel)).toEqual(['UNHCR'])
  expect(venuesRepository.findAll(db).map((venue) => venue.name.en)).toEqual(['Hotel Elsewhere', 'Hotel Nowhere'])
})

test('fills the Spanish side from a Spanish page and finds the institutions created from the English one', () => {
  importPage()

  const report = importPage(
    [
      'Foro Regional',
      'Ciudad',
      'San Salvador',
      'Lugar',
      'Virtual',
      'Institución Coordinadora',
      'PPT El Salvador y OIM',
    ].join('\n'),
    { lang: 'es' },
  )

  expect(report.events[0]?.outcome).toBe('created')
  const foro = events().find((event) => event.title.es === 'Foro Regional')
  expect(foro?.title).toEqual({ en: '', es: 'Foro Regional' })
  expect(foro?.institutionIds).toEqual([institutionId('El Salvador PPT'), institutionId('IOM')])
  expect(institutionsRepository.findAll(db)).toHaveLength(8)
})

test('imports published events when asked, and the demo seed loads the page that way', () => {
  importPage(PAGE, { status: 'published' })
  expect(events().every((event) => event.status === 'published' && event.publishedAt !== null)).toBe(true)

  const seeded = createTestDb()
  seedDemo(seeded)
  const demo = eventsRepository.findAll(seeded)
  expect(demo.map((event) => event.title.en)).toEqual(LEGACY_PAGE_EVENTS.map((event) => event.title))
  expect(demo.every((event) => event.status === 'published')).toBe(true)
  seeded.close()
})

test('creates a new event rather than updating one that the same run created', () => {
  const twice = ['Same title', 'Ciudad', 'Lima', '', 'Same title', 'Ciudad', 'Lima'].join('\n')

  expect(importPage(twice).events.map((event) => event.outcome)).toEqual(['created', 'created'])
  expect(importPage(twice).events.map((event) => event.outcome)).toEqual(['updated', 'updated'])
  expect(events()).toHaveLength(2)
})

test('recognises an event imported before whatever the case, accents and spacing of its title and city', () => {
  const first = importPage(['Reunión técnica', 'Ciudad', 'San José'].join('\n'))
  const again = importPage(['REUNION  Tecnica', 'Ciudad', 'san jose'].join('\n'))

  expect(again.events.map((event) => [event.outcome, event.id])).toEqual([['updated', first.events[0]?.id]])
  expect(events()).toHaveLength(1)
})
