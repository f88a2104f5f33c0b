import { expect, test } from 'vitest'
import { diffEvents } from '../../client/src/revisions/revisionDiff'
import { eventRecord } from '../support/fake-data-provider'

const text = (en: string, es: string) => ({ en, es })

test('two equal versions have no difference', () => {
  expect(diffEvents(eventRecord(), eventRecord({ version: 2, updatedAt: '2026-02-01T00:00:00.000Z' }))).toEqual([])
})

test('lists each changed field per language, scalar fields and lists included', () => {
  const older = eventRecord({ title: text('Workshop', 'Taller'), city: 'San José', contactEmails: ['a@example.org'] })
  const newer = eventRecord({
    title: text('Workshop', 'Taller técnico'),
    city: 'San Salvador',
    contactEmails: ['a@example.org', 'b@example.org'],
  })

  expect(diffEvents(older, newer)).toEqual([
    { path: 'title.es', before: 'Taller', after: 'Taller técnico' },
    { path: 'city', before: 'San José', after: 'San Salvador' },
    { path: 'contactEmails', before: 'a@example.org', after: 'a@example.org; b@example.org' },
  ])
})

test('compares objective items and sub-items per language, added and removed ones against ""', () => {
  const objective = (items: { text: { en: string; es: string }; items: { text: { en: string; es: string } }[] }[]) => ({
    heading: text('Specific objectives', 'Objetivos específicos'),
    intro: null,
    style: 'numbered' as const,
    items,
  })
  const older = eventRecord({
    objectives: [
      objective([{ text: text('Share data', 'Compartir datos'), items: [{ text: text('Monthly', 'Mensual') }] }]),
    ],
  })
  const newer = eventRecord({
    objectives: [
      objective([
        { text: text('Share data', 'Compartir información'), items: [] },
        { text: text('Train staff', 'Capacitar'), items: [] },
      ]),
    ],
  })

  expect(diffEvents(older, newer)).toEqual([
    { path: 'objectives.0.items.0.text.es', before: 'Compartir datos', after: 'Compartir información' },
    { path: 'objectives.0.items.1.text.en', before: '', after: 'Train staff' },
    { path: 'objectives.0.items.1.text.es', before: '', after: 'Capacitar' },
    { path: 'objectives.0.items.0.items.0.text.en', before: 'Monthly', after: '' },
    { path: 'objectives.0.items.0.items.0.text.es', before: 'Mensual', after: '' },
  ])
})
