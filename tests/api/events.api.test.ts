import type { Event, ObjectiveSection } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { buildEvent } from '../support/builders'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const objectives: ObjectiveSection[] = [
  {
    heading: { en: 'General objective', es: 'Objetivo general' },
    intro: { en: 'The meeting seeks to:', es: 'La reunión busca:' },
    style: 'numbered',
    items: [
      { text: { en: 'Share practices', es: 'Compartir prácticas' }, items: [] },
      {
        text: { en: 'Agree on a plan', es: 'Acordar un plan' },
        items: [{ text: { en: 'for 2027', es: 'para 2027' } }, { text: { en: '', es: 'con la PPT' } }],
      },
    ],
  },
  { heading: { en: 'Specific objectives', es: '' }, intro: null, style: 'bullets', items: [] },
]

test('creates an event with 201 and returns it with its id, as a draft at version 1, by the signed-in user', async () => {
  const venue = api.insertVenue()
  const institutions = [api.insertInstitution(), api.insertInstitution()]
  const input = buildEvent({ venueId: venue.id, institutionIds: [institutions[1]!.id, institutions[0]!.id] })

  const { data } = await api.dataProvider.create<Event>('events', { data: input })

  expect(data).toMatchObject({
    ...input,
    status: 'draft',
    version: 1,
    hasUnpublishedChanges: false,
    publishedAt: null,
    createdBy: api.user?.id,
    updatedBy: api.user?.id,
  })
  expect(data.id).toBeGreaterThan(0)
  expect(data.createdAt).toBe(data.updatedAt)
  const { data: stored } = await api.dataProvider.getOne<Event>('events', { id: data.id })
  expect(stored).toEqual(data)
})

test('returns 201 on create', async () => {
  const response = await api.request('/api/events', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(buildEvent()),
  })
  expect(response.status).toBe(201)
})

test('fills defaults for the fields a create leaves out', async () => {
  const { data } = await api.dataProvider.create<Event>('events', { data: { title: { es: 'Solo en español' } } })

  expect(data).toMatchObject({
    title: { en: '', es: 'Solo en español' },
    description: { en: '', es: '' },
    objectives: [],
    startDate: null,
    endDate: null,
    modality: 'in_person',
    city: '',
    venueId: null,
    institutionIds: [],
    contactEmails: [],
    contactPhones: [],
  })
})

test('ignores the server-owned fields of a create', async () => {
  const input = {
    ...buildEvent(),
    id: 999,
    version: 7,
    status: 'published',
    hasUnpublishedChanges: true,
    publishedAt: '2020-01-01T00:00:00.000Z',
    createdAt: '2020-01-01T00:00:00.000Z',
    updatedAt: '2020-01-01T00:00:00.000Z',
    createdBy: 5,
    updatedBy: 5,
  }

  const { data } = await api.dataProvider.create<Event>('events', { data: input })

  expect(data).toMatchObject({
    version: 1,
    status: 'draft',
    hasUnpublishedChanges: false,
    publishedAt: null,
    createdBy: api.user?.id,
  })
  expect(data.id).not.toBe(999)
  expect(data.createdAt).not.toBe('2020-01-01T00:00:00.000Z')
})

test('round-trips objectives exactly, at every level', async () => {
  const { data } = await api.dataProvider.create<Event>('events', {
    data: buildEvent({ objectives: structuredClone(objectives) }),
  })

  const { data: stored } = await api.dataProvider.getOne<Event>('events', { id: data.id })
  expect(stored.objectives).toEqual(objectives)
})

test('stores the description sanitized to the allowed HTML', async () => {
  const description = {
    en: '<h2 onclick="x()">About</h2><p>See <a href="https://rcm.example/" target="_blank">the site</a><script>alert(1)</script></p>',
    es: '<p><a href="javascript:alert(1)">clic</a><img src=x onerror=alert(1)></p>',
  }

  const { data } = await api.dataProvider.create<Event>('events', { data: buildEvent({ description }) })

  expect(data.description).toEqual({
    en: '<h2>About</h2><p>See <a href="https://rcm.example/">the site</a></p>',
    es: '<p><a>clic</a></p>',
  })
})

test('updates an event, returns it with the next version, and keeps it a draft', async () => {
  const event = api.insertEvent()

  const { data } = await api.dataProvider.update<Event>('events', {
    id: event.id,
    data: { ...event, title: { en: 'Renamed', es: 'Renombrado' }, status: 'published' },
    previousData: event,
  })

  expect(data).toMatchObject({ id: event.id, version: 2, title: { en: 'Renamed', es: 'Renombrado' }, status: 'draft' })
  expect(data.hasUnpublishedChanges).toBe(false)
  const { data: stored } = await api.dataProvider.getOne<Event>('events', { id: event.id })
  expect(stored).toEqual(data)
})

test('editing a published event keeps it published and marks unpublished changes', async () => {
  const event = api.insertEvent({}, 'published')
  expect(event.publishedAt).not.toBeNull()

  const { data } = await api.dataProvider.update<Event>('events', {
    id: event.id,
    data: { ...event, city: 'Tegucigalpa' },
    previousData: event,
  })

  expect(data).toMatchObject({
    status: 'published',
    hasUnpublishedChanges: true,
    publishedAt: event.publishedAt,
    version: 2,
  })
})

test('an update that changes nothing keeps the version', async () => {
  const event = api.insertEvent({}, 'published')

  const { data } = await api.dataProvider.update<Event>('events', { id: event.id, data: event, previousData: event })

  expect(data).toEqual(event)
})

test('increments the version on every change', async () => {
  let event = api.insertEvent()
  for (const city of ['Panamá', 'Managua', 'Belmopan']) {
    event = (
      await api.dataProvider.update<Event>('events', { id: event.id, data: { ...event, city }, previousData: event })
    ).data
  }
  expect(event).toMatchObject({ version: 4, city: 'Belmopan' })
})

test('replaces the institutions in the order sent', async () => {
  const [a, b, c] = [api.insertInstitution(), api.insertInstitution(), api.insertInstitution()]
  const event = api.insertEvent({ institutionIds: [a.id, b.id] })

  const { data } = await api.dataProvider.update<Event>('events', {
    id: event.id,
    data: { ...event, institutionIds: [c.id, a.id] },
    previousData: event,
  })

  expect(data.institutionIds).toEqual([c.id, a.id])
})

test('deletes an event and returns the deleted record', async () => {
  const event = api.insertEvent()

  const { data } = await api.dataProvider.delete<Event>('events', { id: event.id, previousData: event })

  expect(data).toEqual(event)
  await expect(api.dataProvider.getOne('events', { id: event.id })).rejects.toMatchObject({ status: 404 })
})

test('text of every width reads back exactly, in a list page as in getOne', async () => {
  // Latin-1, a typographic apostrophe (UTF-16 in V8), an emoji (a surrogate pair) and a quote to escape.
  const titles = ['Foro de países', 'Diálogo “regional” de l’OIM', 'Migración 🌎 y salud', 'Say "hi" \\ back']
  const created = titles.map((en) => api.insertEvent({ title: { en, es: en } }))

  const { data } = await api.dataProvider.getList<Event>('events', {
    sort: { field: 'id', order: 'ASC' },
    pagination: { page: 1, perPage: 10 },
    filter: {},
  })
  expect(data.map((event) => event.title.en)).toEqual(titles)
  for (const [index, event] of created.entries()) {
    const { data: one } = await api.dataProvider.getOne<Event>('events', { id: event.id })
    expect(one.title).toEqual({ en: titles[index], es: titles[index] })
  }
})

test('getMany returns the events asked for', async () => {
  const events = [api.insertEvent(), api.insertEvent(), api.insertEvent()]

  const { data } = await api.dataProvider.getMany<Event>('events', { ids: [events[2]!.id, events[0]!.id] })

  expect(data.map((event) => event.id).sort()).toEqual([events[0]!.id, events[2]!.id].sort())
})

test('getMany returns every id asked for, beyond the default page size', async () => {
  const ids = Array.from({ length: 30 }, () => api.insertEvent().id)

  const { data } = await api.dataProvider.getMany<Event>('events', { ids })

  expect(data).toHaveLength(30)
})

test('getManyReference lists the events of a venue and of an institution', async () => {
  const venue = api.insertVenue()
  const institution = api.insertInstitution()
  const atVenue = api.insertEvent({ venueId: venue.id })
  const withInstitution = api.insertEvent({ institutionIds: [institution.id] })
  api.insertEvent()
  const params = { pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'ASC' }, filter: {} } as const

  const byVenue = await api.dataProvider.getManyReference<Event>('events', {
    ...params,
    target: 'venueId',
    id: venue.id,
  })
  const byInstitution = await api.dataProvider.getManyReference<Event>('events', {
    ...params,
    target: 'institutionId',
    id: institution.id,
  })

  expect(byVenue).toMatchObject({ total: 1, data: [{ id: atVenue.id }] })
  expect(byInstitution).toMatchObject({ total: 1, data: [{ id: withInstitution.id }] })
})
