import type { Event } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { editTitle, insertCompleteEvent } from '../support/workflow'
import { fetchFeed } from './public-helpers'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const FEEDS = ['events.json', 'events.csv', 'events.ics'] as const

test.each(FEEDS)(
  '%s carries ETag, Last-Modified and a public Cache-Control, and answers 304 to a matching If-None-Match',
  async (feed) => {
    insertCompleteEvent(api, {}, 'published')
    const first = await fetchFeed(api, feed)
    const etag = first.headers.get('etag') ?? ''

    expect(first.status).toBe(200)
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(new Date(first.headers.get('last-modified') ?? '').getTime()).not.toBeNaN()
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate')
    // Any site may read the feeds (they hold public data only).
    expect(first.headers.get('access-control-allow-origin')).toBe('*')

    const again = await fetchFeed(api, feed, { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(again.bytes.length).toBe(0)
    expect(again.headers.get('etag')).toBe(etag)
    expect((await fetchFeed(api, feed, { 'If-None-Match': `"other", ${etag}` })).status).toBe(304)
    expect((await fetchFeed(api, feed, { 'If-None-Match': '"other"' })).status).toBe(200)
  },
)

test('If-Modified-Since: 304 from Last-Modified on, 200 before it', async () => {
  insertCompleteEvent(api, {}, 'published')
  const first = await fetchFeed(api, 'events.json')
  const lastModified = first.headers.get('last-modified') ?? ''

  expect((await fetchFeed(api, 'events.json', { 'If-Modified-Since': lastModified })).status).toBe(304)
  const before = new Date(new Date(lastModified).getTime() - 60_000).toUTCString()
  expect((await fetchFeed(api, 'events.json', { 'If-Modified-Since': before })).status).toBe(200)
})

test('the ETag differs by format, language and range, and changes on every publish, republish, unpublish and archive', async () => {
  const reviewer = api.as('reviewer')
  const event = insertCompleteEvent(api, {}, 'published')
  const etag = async (path: string) => (await fetchFeed(api, path)).headers.get('etag')

  const tags = await Promise.all(
    ['events.json', 'events.csv', 'events.ics', 'events.json?lang=es', 'events.json?from=2026-01-01'].map(etag),
  )
  expect(new Set(tags).size).toBe(tags.length)

  const seen = new Set([await etag('events.json')])
  const expectNewTag = async (why: string) => {
    const next = await etag('events.json')
    expect(seen.has(next), why).toBe(false)
    seen.add(next)
  }
  const other = insertCompleteEvent(api, {}, 'in_review')
  expect((await reviewer.send('POST', `/api/events/${other.id}/publish`)).status).toBe(200)
  await expectNewTag('publish another event')
  editTitle(api, api.insertEvent(), 'unrelated')
  editTitle(api, (await api.request(`/api/events/${other.id}`)).body as Event, 'Edited again')
  expect((await fetchFeed(api, 'events.json', { 'If-None-Match': [...seen].at(-1) ?? '' })).status).toBe(304)
  expect((await reviewer.send('POST', `/api/events/${other.id}/publish`)).status).toBe(200)
  await expectNewTag('republish')
  expect((await reviewer.send('POST', `/api/events/${other.id}/unpublish`)).status).toBe(200)
  await expectNewTag('unpublish')
  expect((await reviewer.send('POST', `/api/events/${event.id}/archive`)).status).toBe(200)
  await expectNewTag('archive')
})

test('an old ETag gets the new feed with 200 after something is published', async () => {
  const reviewer = api.as('reviewer')
  insertCompleteEvent(api, {}, 'published')
  const before = await fetchFeed(api, 'events.ics')
  const next = insertCompleteEvent(api, { title: { en: 'Newly published', es: 'Recién publicado' } }, 'in_review')
  await reviewer.send('POST', `/api/events/${next.id}/publish`)

  const after = await fetchFeed(api, 'events.ics', { 'If-None-Match': before.headers.get('etag') ?? '' })
  expect(after.status).toBe(200)
  expect(after.text).toContain('Newly published')
})

test('a saved edit that is not published leaves the ETag as it was', async () => {
  const event = insertCompleteEvent(api, {}, 'published')
  const before = (await fetchFeed(api, 'events.json')).headers.get('etag') ?? ''
  await api.send('PUT', `/api/events/${event.id}`, { ...event, title: { en: 'Draft edit', es: 'Edición' } })

  expect((await fetchFeed(api, 'events.json', { 'If-None-Match': before })).status).toBe(304)
})
