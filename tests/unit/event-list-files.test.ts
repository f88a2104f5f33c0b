import { eventListCsv, eventListJson } from '@rcm/shared'
import { expect, test } from 'vitest'
import { readCsvExport } from '../../server/src/import/read-export'
import { eventRecord, institutionRecord, venueRecord } from '../support/fake-data-provider'

const event = eventRecord({
  id: 7,
  title: { en: 'Regional Seminar', es: 'Seminario regional' },
  description: { en: '<p>First.</p><p>Second <strong>part</strong>.</p>', es: '' },
  objectives: [
    {
      heading: { en: 'Objectives', es: 'Objetivos' },
      intro: null,
      style: 'numbered',
      items: [{ text: { en: 'Share', es: 'Compartir' }, items: [] }],
    },
  ],
  venueId: 2,
  institutionIds: [9, 8],
  contactEmails: ['crmst@iom.int', 'info@crmsv.org'],
  contactPhones: ['+506 88511009'],
})
const references = {
  venues: { 2: venueRecord({ id: 2, name: { en: 'Hotel Sheraton Presidente', es: '' } }) },
  institutions: {
    8: institutionRecord({ id: 8, acronym: { en: 'IOM', es: 'OIM' } }),
    9: institutionRecord({
      id: 9,
      name: { en: 'El Salvador PPT', es: 'PPT El Salvador' },
      acronym: { en: '', es: '' },
    }),
  },
  presidencies: {},
  eventTypes: {},
  networks: {},
}

test('the list CSV has a column per language, each exactly as written, readable and read back by the import', () => {
  const csv = eventListCsv([event], references)
  const { dialect, records } = readCsvExport(csv.slice(1))

  expect(csv.startsWith('\uFEFFid,title_en,title_es,startDate,')).toBe(true)
  expect(csv).toContain('Regional Seminar,Seminario regional')
  expect(dialect).toEqual({ lang: null, descriptionIsText: true })
  expect(records[0]?.error).toBeNull()
  expect(records[0]?.fields).toMatchObject({
    id: 7,
    title: { en: 'Regional Seminar', es: 'Seminario regional' },
    // One line per paragraph; a language not written stays empty rather than showing the other.
    description: { en: 'First.\nSecond part.', es: '' },
    venue: { name: { en: 'Hotel Sheraton Presidente', es: '' } },
    institutions: [{ name: { en: 'El Salvador PPT', es: 'PPT El Salvador' } }, { acronym: { en: 'IOM', es: 'OIM' } }],
    objectives: [{ heading: { en: 'Objectives', es: 'Objetivos' }, style: 'numbered' }],
    contactEmails: ['crmst@iom.int', 'info@crmsv.org'],
    status: event.status,
    createdAt: event.createdAt,
  })
})

test('the list JSON is each record as the API gives it, with its venue and institutions in place of their ids', () => {
  const [record] = JSON.parse(eventListJson([event], references)) as Array<Record<string, unknown>>

  expect(record).toMatchObject({ id: 7, venueId: 2, venue: { id: 2 }, institutions: [{ id: 9 }, { id: 8 }] })
})
