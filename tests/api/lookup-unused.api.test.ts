import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { listIds } from '../support/list-ids'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

test('lists only the venues no event uses with unused=true, and a venue freed by its event joins them', async () => {
  const used = api.insertVenue({ name: { en: 'Hotel Real', es: '' } })
  const left = api.insertVenue({ name: { en: 'Hotel Sheraton', es: '' } })
  const event = api.insertEvent({ venueId: used.id })

  expect(await listIds(api, 'venues', { unused: true })).toEqual({ ids: [left.id], total: 1 })
  expect((await listIds(api, 'venues', {})).total).toBe(2)

  await api.dataProvider.update('events', {
    id: event.id,
    data: { ...event, venueId: null },
    previousData: event,
  })
  expect((await listIds(api, 'venues', { unused: true })).ids.sort()).toEqual([used.id, left.id].sort())
})

test('lists only the institutions no event coordinates with unused=true, searchable as usual', async () => {
  const iom = api.insertInstitution({ name: { en: 'International Organization for Migration', es: '' } })
  const rncom = api.insertInstitution({ name: { en: 'Regional Network for Migration', es: '' } })
  const icrc = api.insertInstitution({ name: { en: 'International Committee of the Red Cross', es: '' } })
  api.insertEvent({ institutionIds: [iom.id] })

  expect((await listIds(api, 'institutions', { unused: true })).ids.sort()).toEqual([rncom.id, icrc.id].sort())
  expect(await listIds(api, 'institutions', { unused: true, q: 'international' })).toEqual({ ids: [icrc.id], total: 1 })
})

test('refuses an unused filter that is not a boolean with 400', async () => {
  const response = await api.request(`/api/venues?filter=${encodeURIComponent(JSON.stringify({ unused: 'yes' }))}`)
  expect(response.status).toBe(400)
})
