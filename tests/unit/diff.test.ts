import { diffRecords, EVENT_META_FIELDS } from '@rcm/shared'
import { expect, test } from 'vitest'

test('lists leaf changes with dotted paths, objective items and languages included', () => {
  const before = {
    version: 1,
    title: { en: 'Forum', es: 'Foro' },
    objectives: [{ heading: { en: 'Aims', es: '' }, items: [{ text: { en: 'One', es: 'Uno' }, items: [] }] }],
    contactEmails: ['a@b.org'],
  }
  const after = {
    version: 2,
    title: { en: 'Forum', es: 'Foro regional' },
    objectives: [{ heading: { en: 'Aims', es: '' }, items: [{ text: { en: 'One', es: 'Uno' }, items: [{ text: { en: 'Sub', es: '' } }] }] }],
    contactEmails: [],
  }

  expect(diffRecords(before, after, EVENT_META_FIELDS)).toEqual([
    { path: 'title.es', before: 'Foro', after: 'Foro regional' },
    { path: 'objectives.0.items.0.items.0', before: undefined, after: { text: { en: 'Sub', es: '' } } },
    { path: 'contactEmails.0', before: 'a@b.org', after: undefined },
  ])
  expect(diffRecords(before, structuredClone(before))).toEqual([])
})
