import type { Venue } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { jsonBody, startTestApi, type TestApi } from '../support/api'
import { buildVenue } from '../support/builders'
import { listIds } from '../support/list-ids'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const list = (filter: Record<string, unknown>, sort?: { field: string; order: 'ASC' | 'DESC' }) =>
  listIds(api, 'venues', filter, sort)

test('creates a venue with 201, normalizing the country and empty texts', async () => {
  const response = await api.request(
    '/api/venues',
    jsonBody('POST', buildVenue({ name: { en: 'Hotel Real', es: '' }, country: 'sv', address: '' })),
  )

  expect(response).toMatchObject({
    status: 201,
    body: { name: { en: 'Hotel Real', es: '' }, country: 'SV', address: null },
  })
  const { data } = await api.dataProvider.getOne<Venue>('venues', { id: (response.body as Venue).id })
  expect(data).toEqual(response.body)
})

test('runs the whole data provider contract: create, getOne, getMany, getList, update, delete', async () => {
  const { data: created } = await api.dataProvider.create<Venue>('venues', { data: buildVenue({ city: 'Panamá' }) })
  const other = api.insertVenue()

  expect((await api.dataProvider.getOne<Venue>('venues', { id: created.id })).data).toEqual(created)
  expect((await api.dataProvider.getMany<Venue>('venues', { ids: [other.id, created.id] })).data).toHaveLength(2)
  expect(await list({})).toEqual({ ids: [created.id, other.id], total: 2 })

  const { data: updated } = await api.dataProvider.update<Venue>('venues', {
    id: created.id,
    data: { ...created, address: 'Calle 50' },
    previousData: created,
  })
  expect(updated).toEqual({ ...created, address: 'Calle 50' })

  const { data: deleted } = await api.dataProvider.delete<Venue>('venues', { id: created.id, previousData: updated })
  expect(deleted).toEqual(updated)
  expect(await list({})).toEqual({ ids: [other.id], total: 1 })
})

test('searches names, city and address in both languages, accents ignored, last word a prefix', async () => {
  const ministry = api.insertVenue({ name: { en: 'Ministry of Foreign Affairs', es: 'Cancillería' }, city: 'San José' })
  const hotel = api.insertVenue({ name: { en: 'Hotel Barceló', es: '' }, city: 'Guatemala', address: 'Zona 10' })

  expect((await list({ q: 'cancilleria' })).ids).toEqual([ministry.id])
  expect((await list({ q: 'foreign aff' })).ids).toEqual([ministry.id])
  expect((await list({ q: 'jose' })).ids).toEqual([ministry.id])
  expect((await list({ q: 'barcelo zona' })).ids).toEqual([hotel.id])
  expect((await list({ q: 'hotel cancilleria' })).ids).toEqual([])
  expect((await list({ q: 'x"' })).ids).toEqual([])
})

test('filters by ids and sorts by name, city and country', async () => {
  const a = api.insertVenue({ name: { en: '', es: 'Área verde' }, city: 'Lima', country: 'PE' })
  const b = api.insertVenue({ name: { en: 'Boulevard hall', es: '' }, city: 'Bogotá', country: 'CO' })
  const c = api.insertVenue({ name: { en: 'civic centre', es: 'Centro cívico' }, city: 'Asunción', country: null })

  expect((await list({ id: [a.id, c.id] })).ids).toEqual([a.id, c.id])
  expect((await list({}, { field: 'name', order: 'ASC' })).ids).toEqual([a.id, b.id, c.id])
  expect((await list({}, { field: 'name.es', order: 'DESC' })).ids).toEqual([c.id, a.id, b.id])
  expect((await list({}, { field: 'city', order: 'ASC' })).ids).toEqual([c.id, b.id, a.id])
  expect((await list({}, { field: 'country', order: 'ASC' })).ids).toEqual([b.id, a.id, c.id])
})

test('rejects invalid input with field errors, and unknown fields', async () => {
  const response = await api.request(
    '/api/venues',
    jsonBody('POST', { name: { en: '' }, country: 'Salvador', capacity: 200 }),
  )

  expect(response).toMatchObject({
    status: 400,
    body: {
      errors: {
        'name.en': expect.any(String),
        country: expect.stringContaining('ISO 3166'),
        capacity: expect.any(String),
      },
    },
  })
})

test('ignores the id a PUT sends back', async () => {
  const venue = api.insertVenue()

  const response = await api.request(`/api/venues/${venue.id}`, jsonBody('PUT', { ...venue, id: 999, city: 'Managua' }))

  expect(response).toMatchObject({ status: 200, body: { id: venue.id, city: 'Managua' } })
})

test('refuses to delete a venue that events use, naming how many, and keeps it', async () => {
  const venue = api.insertVenue()
  for (let i = 0; i < 3; i++) api.insertEvent({ venueId: venue.id })

  const error = await api.dataProvider
    .delete('venues', { id: venue.id, previousData: venue })
    .catch((caught: unknown) => caught)

  expect(error).toMatchObject({ status: 409, body: { message: expect.stringContaining('Used by 3 events') } })
  expect((await api.dataProvider.getOne<Venue>('venues', { id: venue.id })).data).toEqual(venue)
})

test('answers 404 for venues that do not exist', async () => {
  for (const path of ['/api/venues/0', '/api/venues/x', '/api/venues/77']) {
    expect(await api.request(path)).toMatchObject({ status: 404, body: { message: 'Venue not found' } })
  }
  expect(await api.request('/api/venues/77', jsonBody('PUT', buildVenue()))).toMatchObject({ status: 404 })
  expect(await api.request('/api/venues/77', { method: 'DELETE' })).toMatchObject({ status: 404 })
})

test('rejects an unknown sort or filter with 400', async () => {
  expect(await api.request(`/api/venues?sort=${encodeURIComponent('["address","ASC"]')}`)).toMatchObject({
    status: 400,
  })
  expect(await api.request(`/api/venues?filter=${encodeURIComponent('{"city":"Lima"}')}`)).toMatchObject({
    status: 400,
  })
})
