import type { Country, EventType, Presidency } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'

// The admin's lists and pickers sort by the name in the interface's language: the API sorts by either language.

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

async function names<T extends { id: number | string }>(
  resource: string,
  field: string,
  name: (record: T) => string,
): Promise<string[]> {
  const { data } = await api.dataProvider.getList<T>(resource, {
    filter: {},
    sort: { field, order: 'ASC' },
    pagination: { page: 1, perPage: 50 },
  })
  return data.map(name)
}

test('countries sort by their Spanish name as Spanish readers expect, accents aside', async () => {
  expect(await names<Country>('countries', 'name.es', (country) => country.name.es)).toEqual([
    'Belice',
    'Canadá',
    'Costa Rica',
    'El Salvador',
    'Estados Unidos',
    'Guatemala',
    'Honduras',
    'México',
    'Nicaragua',
    'Panamá',
    'República Dominicana',
  ])
})

test('event types sort by the name in the language asked for (the seeded six)', async () => {
  expect(await names<EventType>('event-types', 'name.en', (type) => type.name.en)).toEqual([
    'Forum',
    'Meeting',
    'RCGM meeting',
    'Seminar',
    'Vice-ministerial meeting',
    'Workshop',
  ])
  expect(await names<EventType>('event-types', 'name.es', (type) => type.name.es)).toEqual([
    'Foro',
    'Reunión',
    'Reunión del GRCM',
    'Reunión viceministerial',
    'Seminario',
    'Taller',
  ])
})

test("presidencies sort by their member state's name in either language", async () => {
  for (const [countryCode, year] of [
    ['DO', 2025],
    ['MX', 2024],
    ['US', 2023],
  ] as const) {
    const created = await api.send('POST', '/api/presidencies', {
      countryCode,
      startDate: `${year}-01-01`,
      endDate: `${year}-12-31`,
    })
    expect(created.status).toBe(201)
  }
  const byCode = (presidency: Presidency) => presidency.countryCode

  expect(await names<Presidency>('presidencies', 'countryName.en', byCode)).toEqual(['DO', 'SV', 'MX', 'US'])
  expect(await names<Presidency>('presidencies', 'countryName.es', byCode)).toEqual(['SV', 'US', 'MX', 'DO'])
  expect((await api.send('GET', '/api/presidencies?sort=["countryName.fr","ASC"]')).status).toBe(400)
})
