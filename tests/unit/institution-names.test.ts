import { expect, test } from 'vitest'
import {
  findKnownInstitution,
  isNameOf,
  normalizeName,
  splitInstitutionNames,
} from '../../server/src/import/institution-names'

test.each([
  ['IOM', ['IOM']],
  ['ICRC, OHCHR, IOM and RNCOM', ['ICRC', 'OHCHR', 'IOM', 'RNCOM']],
  ['ICRC, OHCHR, IOM, and RNCOM', ['ICRC', 'OHCHR', 'IOM', 'RNCOM']],
  ['El Salvador PPT / IOM', ['El Salvador PPT', 'IOM']],
  ['El Salvador PPT/OIM', ['El Salvador PPT', 'OIM']],
  ['RCM / SACM', ['RCM', 'SACM']],
  ['CICR, ACNUDH, OIM y RROCM', ['CICR', 'ACNUDH', 'OIM', 'RROCM']],
  ['PPT El Salvador y OIM', ['PPT El Salvador', 'OIM']],
  ['Ministerio de Relaciones Exteriores y OIM', ['Ministerio de Relaciones Exteriores', 'OIM']],
  ['IOM; UNHCR', ['IOM', 'UNHCR']],
  ['  ', []],
])('splits "%s" into one name per institution', (text, names) => {
  expect(splitInstitutionNames(text)).toEqual(names)
})

test('keeps a name whose "and" is part of it whole', () => {
  expect(splitInstitutionNames('United Nations Office on Drugs and Crime')).toEqual([
    'United Nations Office on Drugs and Crime',
  ])
  expect(splitInstitutionNames('Ministry of Labour and Social Welfare')).toEqual([
    'Ministry of Labour and Social Welfare',
  ])
  expect(splitInstitutionNames('Ministry of Foreign Affairs')).toEqual(['Ministry of Foreign Affairs'])
})

test('splits at "and" when the caller recognises both sides', () => {
  const isKnown = (name: string) => ['ministry of health', 'ministry of labour'].includes(normalizeName(name))
  expect(splitInstitutionNames('Ministry of Health and Ministry of Labour', isKnown)).toEqual([
    'Ministry of Health',
    'Ministry of Labour',
  ])
})

test('finds the catalogue entry by acronym or name in either language, ignoring case and accents', () => {
  const iom = findKnownInstitution('IOM')
  expect(iom?.name).toEqual({
    en: 'International Organization for Migration',
    es: 'Organización Internacional para las Migraciones',
  })
  expect(findKnownInstitution('oim')).toBe(iom)
  expect(findKnownInstitution('ORGANIZACION INTERNACIONAL PARA LAS MIGRACIONES')).toBe(iom)
  expect(findKnownInstitution('El Salvador PPT')).toBe(findKnownInstitution('PPT El Salvador'))
  expect(findKnownInstitution('Presidencia Pro Tempore de El Salvador')?.acronym).toEqual({
    en: 'El Salvador PPT',
    es: 'PPT El Salvador',
  })
  expect(findKnownInstitution('RROCM')?.acronym.en).toBe('RNCOM')
  expect(findKnownInstitution('Conferencia Suramericana sobre Migraciones')?.acronym).toEqual({ en: 'SACM', es: 'CSM' })
  expect(findKnownInstitution('Ministerio de Relaciones Exteriores')?.name.en).toBe('Ministry of Foreign Affairs')
  expect(findKnownInstitution('Unknown Foundation')).toBeUndefined()
})

test('matches a stored institution by any of its names or acronyms', () => {
  const stored = {
    name: { en: 'Regional Conference on Migration', es: 'Conferencia Regional sobre Migración' },
    acronym: { en: 'RCM', es: 'CRM' },
  }
  expect(isNameOf(stored, 'crm')).toBe(true)
  expect(isNameOf(stored, 'Conferencia Regional Sobre Migracion')).toBe(true)
  expect(isNameOf(stored, 'RCGM')).toBe(false)
  expect(isNameOf(stored, '')).toBe(false)
})
