import { expect, test } from 'vitest'
import { toCsvRow } from '../../client/src/events/eventExporter'
import { eventRecord, institutionRecord, venueRecord } from '../support/fake-data-provider'

test('flattens an event into readable CSV columns, one per language', () => {
  const row = toCsvRow(
    eventRecord({
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
    }),
    { 2: venueRecord({ id: 2, name: { en: 'Hotel Sheraton Presidente', es: '' } }) },
    {
      8: institutionRecord({ id: 8, acronym: { en: 'IOM', es: 'OIM' } }),
      9: institutionRecord({
        id: 9,
        name: { en: 'El Salvador PPT', es: 'PPT El Salvador' },
        acronym: { en: '', es: '' },
      }),
    },
  )

  expect(row).toMatchObject({
    id: 7,
    title_en: 'Regional Seminar',
    title_es: 'Seminario regional',
    venue_en: 'Hotel Sheraton Presidente',
    venue_es: 'Hotel Sheraton Presidente',
    institutions_en: 'El Salvador PPT; IOM',
    institutions_es: 'PPT El Salvador; OIM',
    contactEmails: 'crmst@iom.int; info@crmsv.org',
    contactPhones: '+506 88511009',
    description_en: 'First.\nSecond part.',
    description_es: '',
    objectives_en: 'Objectives\n1. Share',
    objectives_es: 'Objetivos\n1. Compartir',
  })
  expect(Object.values(row).every((value) => typeof value === 'string' || typeof value === 'number')).toBe(true)
})
