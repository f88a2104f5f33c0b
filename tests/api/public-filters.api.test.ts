import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { insertCompleteEvent } from '../support/workflow'
import { csvObjects, fetchFeed, feedText, vevents } from './public-helpers'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

function insertRange() {
  const title = (name: string) => ({ en: name, es: name })
  return {
    april: insertCompleteEvent(
      api,
      { title: title('April'), startDate: '2026-04-28', endDate: '2026-05-01' },
      'published',
    ).id,
    may: insertCompleteEvent(api, { title: title('May'), startDate: '2026-05-15', endDate: null }, 'published').id,
    june: insertCompleteEvent(
      api,
      { title: title('June'), startDate: '2026-05-31', endDate: '2026-06-02' },
      'published',
    ).id,
    july: insertCompleteEvent(api, { title: title('July'), startDate: '2026-07-01', endDate: null }, 'published').id,
    undated: insertCompleteEvent(api, { title: title('Undated'), startDate: null, endDate: null }, 'published').id,
  }
}

const jsonIds = async (query: string) =>
  (JSON.parse(await feedText(api, `events.json${query}`)) as Array<{ id: number }>).map((event) => event.id).sort()
const csvIds = async (query: string) =>
  csvObjects(await feedText(api, `events.csv${query}`))
    .map((row) => Number(row.id))
    .sort()
const icsIds = async (query: string) =>
  vevents(await feedText(api, `events.ics${query}`))
    .map((vevent) => Number(/^event-(\d+)@/.exec(String(vevent.getFirstPropertyValue('uid')))?.[1]))
    .sort()

test.each([
  ['?from=2026-05-01&to=2026-05-31', ['april', 'may', 'june']],
  ['?from=2026-05-02', ['may', 'june', 'july']],
  ['?to=2026-05-15', ['april', 'may']],
  ['?from=2026-06-02&to=2026-06-02', ['june']],
  ['?from=2026-08-01', []],
  ['', ['april', 'may', 'june', 'july', 'undated']],
] as const)('%s keeps the events whose days overlap the range, the same in every format', async (query, names) => {
  const ids = insertRange()
  const expected = names.map((name) => ids[name]).sort()

  expect(await jsonIds(query)).toEqual(expected)
  expect(await csvIds(query)).toEqual(expected)
  expect(await icsIds(query)).toEqual(expected.filter((id) => id !== ids.undated))
  if (query !== '')
    expect((await fetchFeed(api, `events.ics${query}`)).headers.get('x-undated-events-omitted')).toBe('0')
})

test.each(['?lang=fr', '?from=2026-02-30', '?to=26-05-01', '?from=2026-06-01&to=2026-05-01', '?lang=en&lang=es'])(
  '%s is refused with 400 in the error shape of the CONTRACT, in every format',
  async (query) => {
    for (const feed of ['events.json', 'events.csv', 'events.ics']) {
      const response = await fetchFeed(api, `${feed}${query}`)
      expect(response.status, `${feed}${query}`).toBe(400)
      expect(JSON.parse(response.text)).toMatchObject({ message: expect.any(String), errors: expect.any(Object) })
    }
  },
)
