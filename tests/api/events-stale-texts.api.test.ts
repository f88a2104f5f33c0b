import type { Event, ObjectiveSection } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const objective = (en: string, es: string): ObjectiveSection => ({
  heading: { en, es },
  intro: null,
  style: 'bullets',
  items: [],
})

async function createEvent() {
  const response = await api.as('editor').send('POST', '/api/events', {
    title: { en: 'Regional workshop on labour migration', es: 'Taller regional sobre migración laboral' },
    objectives: [objective('General objective', 'Objetivo general'), objective('Specific objectives', '')],
  })
  expect(response.status).toBe(201)
  return response.body as Event
}

const save = async (event: Event, changes: Partial<Event>) => {
  const response = await api.as('editor').send('PUT', `/api/events/${event.id}`, { ...event, ...changes })
  expect(response.status).toBe(200)
  return response.body as Event
}

test('changing the English of a text written in both languages marks its Spanish "may be out of date"; editing the Spanish clears it', async () => {
  const created = await createEvent()
  expect(created.staleTexts).toEqual([])

  const changed = await save(created, {
    title: { en: 'Regional workshop on labour migration and return', es: created.title.es },
  })
  expect(changed.staleTexts).toEqual([{ path: 'title', language: 'es' }])
  // Another save that leaves the Spanish alone keeps the mark, also from a script that does not send the marks.
  const { staleTexts: _omitted, ...withoutMarks } = changed
  const other = (
    await api.as('editor').send('PUT', `/api/events/${changed.id}`, { ...withoutMarks, city: 'Tegucigalpa' })
  ).body as Event
  expect(other.staleTexts).toEqual([{ path: 'title', language: 'es' }])

  const translated = await save(other, {
    title: { en: other.title.en, es: 'Taller regional sobre migración laboral y retorno' },
  })
  expect(translated.staleTexts).toEqual([])
})

test('writing a translation for the first time, or both languages at once, marks nothing', async () => {
  const created = await createEvent()
  const first = await save(created, {
    objectives: [
      objective('General objective', 'Objetivo general'),
      objective('Specific objectives', 'Objetivos específicos'),
    ],
  })
  expect(first.staleTexts).toEqual([])

  const both = await save(first, {
    objectives: [objective('Main objective', 'Objetivo principal'), first.objectives[1]!],
  })
  expect(both.staleTexts).toEqual([])
})

test('a mark left out of the marks sent back is confirmed: the text is up to date, and that is a saved change', async () => {
  const created = await createEvent()
  const marked = await save(created, {
    objectives: [objective('General objective of the workshop', 'Objetivo general'), created.objectives[1]!],
  })
  expect(marked.staleTexts).toEqual([{ path: 'objectives.0.heading', language: 'es' }])

  const confirmed = await save(marked, { staleTexts: [] })
  expect(confirmed).toMatchObject({ staleTexts: [], version: marked.version + 1 })
  expect((await api.request(`/api/events/${created.id}`)).body).toMatchObject({ staleTexts: [] })
})

test('a mark a client cannot know is refused with the field named', async () => {
  const created = await createEvent()
  const response = await api
    .as('editor')
    .send('PUT', `/api/events/${created.id}`, { ...created, staleTexts: [{ path: 'title', language: 'fr' }] })
  expect(response.status).toBe(400)
  expect(JSON.stringify(response.body)).toContain('staleTexts')
})
