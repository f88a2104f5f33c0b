import { HttpError } from 'react-admin'
import { afterEach, expect, test, vi } from 'vitest'
import { CALENDAR_VIEW, createDataProvider, createHttpClient } from '../../client/src/providers/dataProvider'
import { i18nProvider } from '../../client/src/providers/i18nProvider'

afterEach(() => vi.unstubAllGlobals())

function stubFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  const fetch = vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } }),
  )
  vi.stubGlobal('fetch', fetch)
  return fetch
}

test('reads lists as ra-data-simple-rest does, sending the session cookie', async () => {
  const fetch = stubFetch(200, [{ id: 1 }], { 'Content-Range': 'events 0-0/1' })

  const result = await createDataProvider('/api').getList('events', {
    pagination: { page: 1, perPage: 25 },
    sort: { field: 'startDate', order: 'DESC' },
    filter: { q: 'forum', status: 'published' },
  })

  expect(result).toEqual({ data: [{ id: 1 }], total: 1 })
  const [url, init] = fetch.mock.calls[0] ?? []
  const query = new URL(String(url), 'http://localhost').searchParams
  expect(JSON.parse(query.get('sort') ?? '')).toEqual(['startDate', 'DESC'])
  expect(JSON.parse(query.get('range') ?? '')).toEqual([0, 24])
  expect(JSON.parse(query.get('filter') ?? '')).toEqual({ q: 'forum', status: 'published' })
  expect(init?.credentials).toBe('include')
})

test('rejects a 400 with the field errors in the HttpError body, as react-admin shows them inline', async () => {
  stubFetch(400, { message: 'Invalid input', errors: { 'name.en': 'Already taken' } })

  const update = createDataProvider('/api').update('venues', { id: 4, data: { city: 'X' }, previousData: { id: 4 } })

  await expect(update).rejects.toMatchObject({ status: 400, body: { errors: { 'name.en': 'Already taken' } } })
})

test('turns a 409 on update into the translated "reload" message, status and body kept', async () => {
  stubFetch(409, { message: 'version 3 is stale' })

  const error: unknown = await createDataProvider('/api')
    .update('events', { id: 7, data: { version: 3 }, previousData: { id: 7 } })
    .catch((caught: unknown) => caught)

  expect(error).toBeInstanceOf(HttpError)
  expect(error).toMatchObject({
    message: 'rcm.notification.conflict',
    status: 409,
    body: { message: 'version 3 is stale' },
  })
})

test("keeps the server's message for a 409 on delete (a venue still in use)", async () => {
  stubFetch(409, { message: 'The venue is used by 2 events' })

  const remove = createDataProvider('/api').delete('venues', { id: 4, previousData: { id: 4 } })

  await expect(remove).rejects.toMatchObject({ message: 'The venue is used by 2 events', status: 409 })
})

test('a workflow step posts the version it acts on, with the comment when there is one', async () => {
  const fetch = stubFetch(200, { id: 7, status: 'in_review' })
  const dataProvider = createDataProvider('/api')

  await dataProvider.submitEvent(7, { version: 3 })
  await dataProvider.requestChanges(7, { version: 4, comment: 'Add the venue' })

  const bodies = fetch.mock.calls.map(([url, init]) => [url, JSON.parse(String(init?.body))])
  expect(bodies).toEqual([
    ['/api/events/7/submit', { version: 3 }],
    ['/api/events/7/request-changes', { version: 4, comment: 'Add the venue' }],
  ])
})

test('a bulk step is one POST to /api/events/bulk, answered per event', async () => {
  const results = [{ id: 4, status: 409, message: 'Cannot submit an event that is archived' }]
  const fetch = stubFetch(200, { results })

  const answer = await createDataProvider('/api').bulkStep({ step: 'submit', ids: [4] })

  expect(answer).toEqual({ data: results })
  const [url, init] = fetch.mock.calls[0] ?? []
  expect(url).toBe('/api/events/bulk')
  expect(init?.method).toBe('POST')
  expect(JSON.parse(String(init?.body))).toEqual({ step: 'submit', ids: [4] })
})

test("every request carries the interface's language as Accept-Language, the new one once the user switches", async () => {
  const fetch = stubFetch(200, [], { 'Content-Range': 'venues */0' })
  const getList = () =>
    createDataProvider('/api').getList('venues', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    })
  const languageOfCall = (index: number) => new Headers(fetch.mock.calls[index]?.[1]?.headers).get('Accept-Language')

  try {
    await i18nProvider.changeLocale('es')
    await getList()
    await i18nProvider.changeLocale('en')
    await getList()
  } finally {
    await i18nProvider.changeLocale('en')
  }

  expect(languageOfCall(0)).toBe('es')
  expect(languageOfCall(1)).toBe('en')
})

test('the Accept-Language header leaves the request as fetchJson sends it: JSON accepted, Content-Type on a body', async () => {
  const fetch = stubFetch(200, { id: 3 })
  const client = createHttpClient(() => 'es')

  await client('/api/venues', { method: 'POST', body: JSON.stringify({ city: 'Lima' }) })

  const headers = new Headers(fetch.mock.calls[0]?.[1]?.headers)
  expect(headers.get('Accept-Language')).toBe('es')
  expect(headers.get('Accept')).toBe('application/json')
  expect(headers.get('Content-Type')).toBe('application/json')
})

test('an import runs as a job: posted with Prefer: respond-async, polled with its progress until its report', async () => {
  const job = { id: 'j1', state: 'running', done: 0, total: null, report: null, error: null }
  const report = { events: [], isDryRun: true, errorCount: 0, errorsOmitted: 0, errorSummary: [] }
  const answers = [
    { status: 202, body: job },
    { status: 200, body: { ...job, done: 200, total: 400 } },
    { status: 200, body: { ...job, state: 'done', done: 400, total: 400, report } },
  ]
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) => {
    const { status, body } = answers.shift() ?? { status: 500, body: {} }
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
  })
  vi.stubGlobal('fetch', fetch)
  const progress = vi.fn()

  const answer = await createDataProvider('/api').importEvents(
    { format: 'csv', content: 'x', status: 'draft', dryRun: true },
    progress,
  )

  expect(answer).toEqual({ data: report })
  expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/api/import', '/api/import/jobs/j1', '/api/import/jobs/j1'])
  expect(new Headers(fetch.mock.calls[0]?.[1]?.headers).get('Prefer')).toBe('respond-async')
  expect(progress.mock.calls.map(([value]) => value)).toEqual([
    { done: 0, total: null },
    { done: 200, total: 400 },
  ])
})

test('a failed import job rejects with the error the server gave, status and field errors kept', async () => {
  const failed = {
    id: 'j2',
    state: 'failed',
    done: 0,
    total: null,
    report: null,
    error: { status: 413, message: 'The file has 20,000 events' },
  }
  stubFetch(202, failed)

  const answer = createDataProvider('/api').importEvents({
    format: 'json',
    content: '[]',
    status: 'draft',
    dryRun: true,
  })

  await expect(answer).rejects.toMatchObject({ status: 413, message: 'The file has 20,000 events' })
})

test("the calendar's list of events is read from the light projection, with the list's sort, range and filter", async () => {
  const fetch = stubFetch(200, [{ id: 1 }], { 'Content-Range': 'calendar-events 0-0/1' })

  await createDataProvider('/api').getList('events', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'startDate', order: 'ASC' },
    filter: { endDate_gte: '2026-05-01', startDate_lte: '2026-05-31' },
    meta: CALENDAR_VIEW,
  })

  const url = new URL(String(fetch.mock.calls[0]?.[0]), 'http://localhost')
  expect(url.pathname).toBe('/api/calendar-events')
  expect(JSON.parse(url.searchParams.get('range') ?? '')).toEqual([0, 499])
  expect(JSON.parse(url.searchParams.get('filter') ?? '')).toEqual({
    endDate_gte: '2026-05-01',
    startDate_lte: '2026-05-31',
  })
})
