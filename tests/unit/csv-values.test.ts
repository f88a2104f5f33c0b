import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import {
  CellError,
  exactText,
  institutionsCell,
  objectivesCell,
  parseInstitutionCells,
  parseObjectivesCells,
  parseVenueCells,
  venueCell,
} from '../../server/src/public/csv-values'
import { readCsvExport } from '../../server/src/import/read-export'
import { toPublicEvent } from '../../server/src/public/public-events'
import { GOLDEN_EVENT } from '../fixtures/golden-event'

type Sections = Parameters<typeof objectivesCell>[0]

const cells = <T>(write: (value: T, lang: 'en' | 'es') => string, value: T) =>
  [write(value, 'en'), write(value, 'es')] as const

test('the golden CSV reads back as the golden event, its description as its plain text', () => {
  const { dialect, records } = readCsvExport(
    readFileSync(new URL('../fixtures/rcm-events.csv', import.meta.url), 'utf8'),
  )
  const [record] = records

  expect(record?.error).toBeNull()
  expect(record?.line).toBe(2)
  expect(dialect).toEqual({ lang: null, descriptionIsText: true })
  // The CSV has no meeting link or image column; its documents are their links.
  const {
    meetingUrl: _meetingUrl,
    image: _image,
    ...golden
  } = toPublicEvent(GOLDEN_EVENT, 'https://calendar.example.org')
  expect(record?.fields).toEqual({
    ...golden,
    documents: golden.documents.map((document) => document.url),
    description: {
      en: 'Meeting of the "GRCM" & the liaison officers. Closed session.',
      es: 'Reunión del «GRCM» y los viceministros.',
    },
  })
})

test('objectives read back exactly: headings missing or "—", lead paragraphs that look like items, line breaks, a text missing in one language', () => {
  const sections: Sections = [
    {
      heading: { en: '', es: 'Objetivo' },
      intro: { en: '1. looks numbered', es: '' },
      style: 'paragraph',
      items: [{ text: { en: '• looks like a bullet', es: 'párrafo' }, items: [] }],
    },
    {
      heading: { en: '—', es: '\\barra' },
      intro: null,
      style: 'numbered',
      items: [{ text: { en: 'two\nlines', es: 'uno' }, items: [{ text: { en: 'sub\n\nblank line', es: '' } }] }],
    },
    {
      heading: { en: 'Bullets', es: 'Viñetas' },
      intro: { en: 'Lead\nmore', es: 'Intro' },
      style: 'bullets',
      items: [{ text: { en: 'a', es: 'b' }, items: [] }],
    },
  ]
  const [en, es] = cells((value, lang) => objectivesCell(value, lang, exactText), sections)

  expect(en).toBe(
    '—\n\\1. looks numbered\n¶ • looks like a bullet\n\n\\—\n1. two\n    lines\n  – sub\n    \n    blank line\n\nBullets\nLead\n    more\n• a',
  )
  expect(parseObjectivesCells(en, es)).toEqual(sections)
})

test('institutions read back exactly: a ";" in a name, a name ending in parentheses, a missing acronym or language', () => {
  const institutions = [
    { name: { en: 'Labour; Social Security', es: 'Trabajo; Seguridad Social' }, acronym: { en: 'MLSS', es: '' } },
    { name: { en: 'Network (RNCOM)', es: '' }, acronym: { en: '', es: 'RROCM' } },
    { name: { en: 'Secretariat - RCM', es: 'Secretaría \\ CRM' }, acronym: { en: '', es: '' } },
  ]
  const [en, es] = cells((value, lang) => institutionsCell(value, lang, exactText), institutions)

  expect(en).toBe('Labour\\; Social Security (MLSS); Network (RNCOM) (); Secretariat - RCM')
  expect(es).toBe('Trabajo\\; Seguridad Social; (RROCM); Secretaría \\\\ CRM')
  expect(parseInstitutionCells(en, es)).toEqual(institutions)
})

test('a venue reads back exactly, with commas in its name and address and no country', () => {
  const venue = {
    name: { en: 'Hotel Real, Tower B', es: '' },
    city: 'San Salvador',
    country: null,
    address: 'Blvd. 1, 2',
  }
  const [en, es] = cells((value, lang) => venueCell(value, lang, exactText), venue)

  expect(en).toBe('Hotel Real, Tower B\nBlvd. 1, 2\nSan Salvador\n')
  expect(parseVenueCells(en, es)).toEqual(venue)
})

test('cells that no export writes are refused with what is wrong', () => {
  expect(() => parseVenueCells('Hotel, San Salvador', 'Hotel, San Salvador')).toThrow(
    new CellError('a venue is four lines: name, address, city, country'),
  )
  expect(() => parseInstitutionCells('A; B', 'A')).toThrow('institutions_en lists 2 institution(s), institutions_es 1')
  expect(() => parseObjectivesCells('Goals\n1. a', 'Metas\n• a')).toThrow(
    'objectives_en and objectives_es have different sections or items',
  )
  expect(() => parseObjectivesCells('Goals\n1. a\nstray', 'Metas\n1. a\nsuelto')).toThrow(
    'cannot read the objectives line "stray"',
  )
})
