import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { jsonBody, startTestApi, type TestApi } from '../support/api'
import { buildEvent, buildVenue } from '../support/builders'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

test('rejects malformed JSON with 400', async () => {
  const response = await api.request('/api/events', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{"title": ',
  })

  expect(response).toMatchObject({ status: 400, body: { message: expect.stringContaining('not valid JSON') } })
})

test('rejects a body over 1 MB with 413', async () => {
  const huge = buildEvent({ description: { en: 'x'.repeat(1_100_000), es: '' } })

  const response = await api.request('/api/events', jsonBody('POST', huge))

  expect(response).toMatchObject({ status: 413, body: { message: expect.any(String) } })
})

test('rejects a body that is not JSON with 415', async () => {
  const asText = await api.request('/api/venues', {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain' },
    body: JSON.stringify(buildVenue()),
  })
  const asForm = await api.request('/api/venues', { method: 'POST', body: new URLSearchParams({ city: 'Lima' }) })

  expect(asText).toMatchObject({ status: 415, body: { message: expect.any(String) } })
  expect(asForm).toMatchObject({ status: 415 })
})

test('accepts any content type on a request without a body', async () => {
  const venue = api.insertVenue()

  const response = await api.request(`/api/venues/${venue.id}`, {
    method: 'DELETE',
    headers: { 'Content-Type': 'text/plain' },
  })

  expect(response).toMatchObject({ status: 200, body: venue })
})

test('refuses state-changing requests from another origin with 403, and changes nothing', async () => {
  const venue = api.insertVenue()
  const evil = { Origin: 'https://evil.example' }

  const post = await api.request('/api/venues', jsonBody('POST', buildVenue(), evil))
  const put = await api.request(`/api/venues/${venue.id}`, jsonBody('PUT', { ...venue, city: 'Hacked' }, evil))
  const del = await api.request(`/api/venues/${venue.id}`, { method: 'DELETE', headers: evil })
  const sandboxed = await api.request(`/api/venues/${venue.id}`, { method: 'DELETE', headers: { Origin: 'null' } })

  for (const response of [post, put, del, sandboxed])
    expect(response).toMatchObject({ status: 403, body: { message: expect.any(String) } })
  expect(
    (
      await api.dataProvider.getList('venues', {
        filter: {},
        sort: { field: 'id', order: 'ASC' },
        pagination: { page: 1, perPage: 10 },
      })
    ).data,
  ).toEqual([venue])
})

test('allows same-origin writes, writes without Origin, and cross-origin reads', async () => {
  const sameOrigin = await api.request('/api/venues', jsonBody('POST', buildVenue(), { Origin: api.url }))
  const noOrigin = await api.request('/api/venues', jsonBody('POST', buildVenue()))
  const read = await api.request('/api/venues', { headers: { Origin: 'https://evil.example' } })

  expect(sameOrigin.status).toBe(201)
  expect(noOrigin.status).toBe(201)
  expect(read.status).toBe(200)
})

test('answers unknown /api paths with a JSON 404', async () => {
  for (const path of ['/api/nothing', '/api', '/api/events/1/nothing']) {
    const response = await api.request(path)
    expect(response, path).toMatchObject({ status: 404, body: { message: expect.any(String) } })
    expect(response.headers.get('content-type')).toContain('application/json')
  }
})

test('answers an unsupported method with 405 and Allow', async () => {
  const response = await api.request('/api/events/1', jsonBody('PATCH', {}))

  expect(response).toMatchObject({ status: 405, body: { message: expect.any(String) } })
  expect(response.headers.get('allow')).toBe('GET, PUT, DELETE')
})

test('answers a malformed URL with 400', async () => {
  expect(await api.request('/api/events/%E0')).toMatchObject({ status: 400, body: { message: 'The URL is malformed' } })
})

test('hides the details of an unexpected error behind a 500', async () => {
  api.db.close()

  const response = await api.request('/api/events')

  // The details go to the log (tests/api/logging.api.test.ts), found by the request id.
  expect(response).toEqual(
    expect.objectContaining({ status: 500, body: { message: 'Internal error', requestId: expect.any(String) } }),
  )
})

test('keeps an idle connection open longer than a reverse proxy keeps its own (65 s)', async () => {
  const response = await api.request('/api/events')

  expect(response.headers.get('keep-alive')).toBe('timeout=65')
})

test('does not announce Express and marks JSON as not sniffable', async () => {
  const response = await api.request('/api/events')

  expect(response.headers.get('x-powered-by')).toBeNull()
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
})

test('serves the built client with a fallback to index.html, but never for /api', async () => {
  const dist = mkdtempSync(join(tmpdir(), 'rcm-dist-'))
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>RCM</title>')
  writeFileSync(join(dist, 'app.js'), 'console.log(1)')
  const withClient = await startTestApi({ clientDist: dist })
  try {
    expect(await withClient.request('/')).toMatchObject({
      status: 200,
      body: expect.stringContaining('<title>RCM</title>'),
    })
    expect(await withClient.request('/events/3/show')).toMatchObject({
      status: 200,
      body: expect.stringContaining('RCM'),
    })
    expect(await withClient.request('/app.js')).toMatchObject({ status: 200, body: 'console.log(1)' })
    expect(await withClient.request('/api/nothing')).toMatchObject({
      status: 404,
      body: { message: expect.any(String) },
    })
  } finally {
    await withClient.close()
    rmSync(dist, { recursive: true, force: true })
  }
})
