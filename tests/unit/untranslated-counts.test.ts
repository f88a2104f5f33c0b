import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { untranslatedTexts, type ObjectiveSection } from '@rcm/shared'
import { afterEach, expect, test } from 'vitest'
import { openDatabase } from '../../server/src/db/connection'
import { MIGRATIONS_DIR, migrate } from '../../server/src/db/migrate'

const COUNTS_MIGRATION = '0013_untranslated_counts.sql'
const dir = mkdtempSync(join(tmpdir(), 'rcm-untranslated-'))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const section = (heading: [string, string], items: Array<[string, string]>, intro: [string, string] | null = null) => ({
  heading: { en: heading[0], es: heading[1] },
  intro: intro && { en: intro[0], es: intro[1] },
  style: 'bullets',
  items: items.map(([en, es]) => ({ text: { en, es }, items: [{ text: { en: `${en} (a)`, es: es && `${es} (a)` } }] })),
})

const EVENTS = [
  { title: ['Forum', 'Foro'], description: ['<p>Text</p>', '<p>Texto</p>'], objectives: [] },
  { title: ['Forum', ''], description: ['<p>Text</p>', '<p>&nbsp;</p>'], objectives: [] },
  { title: ['', 'Foro'], description: ['<p></p>', '<p>Texto</p>'], objectives: [] },
  {
    title: ['Forum', 'Foro'],
    description: ['', ''],
    objectives: [
      section(
        ['Goals', 'Objetivos'],
        [
          ['One', 'Uno'],
          ['Two', ''],
        ],
      ),
    ],
  },
  {
    title: ['Forum', 'Foro'],
    description: ['', ''],
    objectives: [section(['Goals', ''], [['One', 'Uno']], ['Lead', '']), section(['', ''], [['', 'Dos']])],
  },
]

test("the migration counts existing events' untranslated texts as the repository does on save", () => {
  const migration = join(MIGRATIONS_DIR, COUNTS_MIGRATION)
  for (const file of readdirSync(MIGRATIONS_DIR))
    if (file < COUNTS_MIGRATION) copyFileSync(join(MIGRATIONS_DIR, file), join(dir, file))
  const db = openDatabase(':memory:')
  migrate(db, dir)
  const insert = db.prepare(
    `INSERT INTO events (title_en, title_es, description_en, description_es, objectives, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, '2026-01-01', '2026-01-01')`,
  )
  for (const event of EVENTS) insert.run(...event.title, ...event.description, JSON.stringify(event.objectives))
  copyFileSync(migration, join(dir, COUNTS_MIGRATION))
  migrate(db, dir)

  const counted = db.prepare('SELECT untranslated_en AS en, untranslated_es AS es FROM events ORDER BY id').all()
  const expected = EVENTS.map((event) => {
    const texts = {
      title: { en: event.title[0]!, es: event.title[1]! },
      description: { en: event.description[0]!, es: event.description[1]! },
      objectives: event.objectives as ObjectiveSection[],
    }
    return { en: untranslatedTexts(texts, 'en').length, es: untranslatedTexts(texts, 'es').length }
  })
  expect(counted).toEqual(expected)
  expect(expected).toEqual([
    { en: 0, es: 0 },
    { en: 0, es: 2 },
    { en: 2, es: 0 },
    { en: 0, es: 2 },
    { en: 1, es: 2 },
  ])
  db.close()
})
