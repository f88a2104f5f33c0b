import { expect, test } from 'vitest'
import { readLegacyVenue } from '../../server/src/import/legacy-venue'

test.each([
  ['Virtual', 'virtual', null],
  ['Virtual Session', 'virtual', null],
  ['Sesión virtual', 'virtual', null],
  ['En línea', 'virtual', null],
  ['Hotel Sheraton Presidente', 'in_person', 'Hotel Sheraton Presidente'],
  ['San Salvador', 'in_person', 'San Salvador'],
  ['Virtual Reality Lab', 'in_person', 'Virtual Reality Lab'],
  ['', 'in_person', null],
  ['Hotel Clarion (hybrid)', 'hybrid', 'Hotel Clarion'],
  ['Híbrido: Cancillería', 'hybrid', 'Cancillería'],
  ['Hybrid', 'hybrid', null],
])('reads the Lugar "%s" as %s at %s', (text, modality, venueName) => {
  expect(readLegacyVenue(text)).toEqual({ modality, venueName })
})
