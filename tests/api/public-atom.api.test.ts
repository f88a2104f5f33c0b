import type { Event } from '@rcm/shared'
import { JSDOM } from 'jsdom'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { editTitle, insertCompleteEvent } from '../support/workflow'
import { fetchFeed, feedText } from './public-helpers'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
  api.clock.now = new Date('2026-06-01T12:00:00Z')
})
afterEach(() => api.close())

const ATOM = 'http://www.w3.org/2005/Atom'

/** The feed parsed by a strict XML parser (jsdom's, which throws on a document that is not well-formed). */
function parseAtom(text: string) {
  const document = new JSDOM(text, { contentType: 'application/xml' }).window.document
  const feed = document.documentElement
  expect(feed.localName).toBe('feed')
  expect(feed.namespaceURI).toBe(ATOM)
  const child = (element: Element, name: string) =>
    [...element.children].find((node) => node.localName === name && node.namespaceURI === ATOM)
  const entries = [...feed.children]
    .filter((node) => node.localName === 'entry')
    .map((entry) => ({
      id: child(entry, 'id')?.textContent,
      title: child(entry, 'title')?.textContent,
      updated: child(entry, 'updated')?.textContent,
      published: child(entry, 'published')?.textContent,
      link: child(entry, 'link')?.getAttribute('href'),
      summary: child(entry, 'summary')?.textContent,
      content: child(entry, 'content')?.textContent,
    }))
  return { feed, child, entries }
}

async function publishAt(id: number, at: string) {
  api.clock.now = new Date(at)
  const response = await api.as('reviewer').send('POST', `/api/events/${id}/publish`)
  expect(response.status).toBe(200)
}

test('lists publications newest first, a republish moving its event to the top with updated = the last publish', async () => {
  const first = insertCompleteEvent(api, { title: { en: 'First forum', es: 'Primer foro' } })
  const second = insertCompleteEvent(api, { title: { en: 'Second forum', es: 'Segundo foro' } })
  insertCompleteEvent(api, { title: { en: 'SECRET draft', es: 'SECRET borrador' } })
  await publishAt(first.id, '2026-06-01T09:00:00.000Z')
  await publishAt(second.id, '2026-06-01T10:00:00.000Z')

  const before = parseAtom(await feedText(api, 'events.atom'))
  expect(before.entries.map((entry) => entry.title)).toEqual(['Second forum', 'First forum'])

  editTitle(api, (await api.request(`/api/events/${first.id}`)).body as Event, 'First forum, new dates')
  await publishAt(first.id, '2026-06-01T11:00:00.000Z')
  const text = await feedText(api, 'events.atom?lang=es')
  expect(text).not.toContain('SECRET')
  const { feed, child, entries } = parseAtom(text)
  expect(feed.getAttribute('xml:lang')).toBe('es')
  expect(child(feed, 'updated')?.textContent).toMatch(/^\d{4}-\d\d-\d\dT/)
  expect(entries.map((entry) => entry.title)).toEqual(['First forum, new dates', 'Segundo foro'])
  expect(entries[0]).toMatchObject({
    id: `${api.url}/calendar/events/${first.id}`,
    updated: '2026-06-01T11:00:00.000Z',
    published: '2026-06-01T09:00:00.000Z',
    link: `${api.url}/calendar/events/${first.id}?lang=es`,
  })
  // The entry's link is the event's page.
  expect((await fetch(entries[0]?.link ?? '')).status).toBe(200)
})

test('carries the description as sanitized HTML content and a plain-text summary with the dates and city', async () => {
  const event = insertCompleteEvent(api, {
    title: { en: 'Workshop <b>&</b> "quotes"', es: '' },
    description: { en: '<p>Data on <strong>migration</strong> &amp; <a href="https://iom.int">IOM</a>.</p>', es: '' },
    startDate: '2026-06-10',
    endDate: '2026-06-12',
    city: 'Tegucigalpa',
  })
  await publishAt(event.id, '2026-06-01T09:00:00.000Z')

  const [entry] = parseAtom(await feedText(api, 'events.atom?lang=en')).entries
  expect(entry?.title).toBe('Workshop <b>&</b> "quotes"')
  expect(entry?.summary).toMatch(/^10\s?–\s?12 June 2026 · Tegucigalpa\nData on migration & IOM\s?\.$/)
  expect(entry?.content).toBe('<p>Data on <strong>migration</strong> &amp; <a href="https://iom.int">IOM</a>.</p>')
})

test('answers a conditional GET with 304 until something is published, and refuses an unknown lang', async () => {
  const event = insertCompleteEvent(api, {})
  await publishAt(event.id, '2026-06-01T09:00:00.000Z')
  const first = await fetchFeed(api, 'events.atom?lang=en')
  expect(first.status).toBe(200)
  expect(first.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
  const etag = first.headers.get('etag') ?? ''
  const lastModified = first.headers.get('last-modified') ?? ''
  expect(etag).toMatch(/^"[\w-]+"$/)
  expect((await fetchFeed(api, 'events.atom?lang=en', { 'If-None-Match': etag })).status).toBe(304)
  expect((await fetchFeed(api, 'events.atom?lang=en', { 'If-Modified-Since': lastModified })).status).toBe(304)
  expect((await fetchFeed(api, 'events.atom?lang=es', { 'If-None-Match': etag })).status).toBe(200)

  await api.as('reviewer').send('POST', `/api/events/${event.id}/unpublish`)
  const after = await fetchFeed(api, 'events.atom?lang=en', { 'If-None-Match': etag })
  expect(after.status).toBe(200)
  expect(parseAtom(after.text).entries).toEqual([])

  expect((await fetchFeed(api, 'events.atom?lang=fr')).status).toBe(400)
})
