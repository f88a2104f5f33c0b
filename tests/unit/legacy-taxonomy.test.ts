import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { SYSTEM_ACTOR } from '../../server/src/actor'
import { eventsRepository } from '../../server/src/events/events.repository'
import { importLegacyPage } from '../../server/src/import/import-events'
import { LEGACY_PAGE_EN } from '../support/legacy-page-events'
import { createTestDb } from '../support/test-db'

test("the legacy page's events get El Salvador's presidency and a type guessed from the title, noted for review", () => {
  const db = createTestDb()
  const report = importLegacyPage(db, SYSTEM_ACTOR, readFileSync(LEGACY_PAGE_EN, 'utf8'), {
    lang: 'en',
    status: 'draft',
    dryRun: false,
  })
  const types = new Map(
    db
      .prepare('SELECT id, name_en FROM event_types')
      .all()
      .map((row) => [(row as { id: number }).id, (row as { name_en: string }).name_en]),
  )
  const guessed = eventsRepository.findAll(db).map((event) => [event.title.en, types.get(event.typeId ?? 0) ?? null])
  expect(guessed).toEqual([
    ['II Forum of Champion Countries of the Americas', 'Forum'],
    [expect.stringMatching(/^Forum-Workshop: Follow-up/), 'Forum'],
    ['RCGM Meeting and XXVII Vice-Ministerial Meeting', 'Vice-ministerial meeting'],
    [expect.stringMatching(/^Regional Seminar:/), 'Seminar'],
    ['II Workshop on Search Mechanisms for Missing Migrants', 'Workshop'],
    ['First Regional Forum on Communication on Migration', 'Forum'],
    ['Meeting of the Regional Consultation Group on Migration (RCGM)', 'RCGM meeting'],
    ['IV Congress on Women in Migration Contexts', null],
    ['Technical Exchange on Migrant Smuggling', null],
    [expect.stringMatching(/^III Plenary Meeting/), 'Meeting'],
  ])
  expect(new Set(eventsRepository.findAll(db).map((event) => event.presidencyId))).toEqual(new Set([1]))
  expect(report.events[4]?.notes).toContain('type guessed from the title: Workshop (check it)')
  expect(report.events[7]?.notes.some((note) => note.startsWith('type guessed'))).toBe(false)
})
