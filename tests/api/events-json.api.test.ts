import type { Event } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { eventsRepository } from '../../server/src/events/events.repository'
import { startTestApi, type TestApi } from '../support/api'
import { editTitle } from '../support/workflow'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

/** Events whose JSON has something to get wrong: nulls, escapes, non-Latin-1 text, institutions out of id order, both flags. */
function awkwardEvents(): Event[] {
  const [first, second, third] = [api.insertInstitution(), api.insertInstitution(), api.insertInstitution()]
  const venue = api.insertVenue()
  const rich = api.insertEvent(
    {
      title: {
        en: 'Quotes " and \\ backslash, tab\tand “typographic” – dash',
        es: 'Reunión sobre niñez 🌎 y U+2028 \u2028 aquí',
      },
      description: { en: '<p>Line one</p><p>Línea <strong>dos</strong> &amp; more</p>', es: '' },
      objectives: [
        {
          heading: { en: 'General objective', es: 'Objetivo general' },
          items: [{ text: { en: 'To agree', es: 'Acordar' } }],
        },
        {
          heading: { en: 'Specific objectives', es: 'Objetivos específicos' },
          intro: { en: 'Intro', es: 'Introducción' },
          items: [
            { text: { en: 'One', es: 'Uno' }, items: [{ text: { en: 'One, first part', es: 'Uno, primera parte' } }] },
            { text: { en: 'Two', es: 'Dos' } },
          ],
        },
      ],
      startDate: '2026-05-12',
      endDate: '2026-05-14',
      city: 'Tegucigalpa',
      venueId: venue.id,
      institutionIds: [third.id, first.id, second.id],
      contactEmails: ['crmst@iom.int', 'otra@example.org'],
      contactPhones: ['+506 2212-5300'],
    },
    'published',
  )
  const edited = editTitle(api, rich, 'Edited after publishing')
  const bare = api.insertEvent({
    title: { en: '', es: 'Solo en español' },
    startDate: null,
    endDate: null,
    city: '',
    venueId: null,
    institutionIds: [],
  })
  return [edited, bare]
}

test('getOne answers exactly the record the repository reads, key for key', async () => {
  for (const event of awkwardEvents()) {
    const response = await api.request(`/api/events/${event.id}`)
    expect(response.status).toBe(200)
    expect(JSON.stringify(response.body)).toBe(JSON.stringify(eventsRepository.findById(api.db, event.id)))
  }
  expect((await api.request('/api/events/999999')).status).toBe(404)
})

test('a list page holds the same records, in the page order', async () => {
  const events = awkwardEvents()
  const response = await api.request('/api/events?sort=["id","DESC"]&range=[0,9]')
  expect(response.status).toBe(200)
  const expected = events.map((event) => eventsRepository.findById(api.db, event.id)).reverse()
  expect(JSON.stringify(response.body)).toBe(JSON.stringify(expected))
  expect((response.body as Event[])[1]?.hasUnpublishedChanges).toBe(true)
})
