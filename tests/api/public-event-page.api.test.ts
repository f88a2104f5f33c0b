import { JSDOM } from 'jsdom'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { editTitle, insertCompleteEvent } from '../support/workflow'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
  api.clock.now = new Date('2026-06-01T12:00:00Z')
})
afterEach(() => api.close())

async function fetchPage(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.url}${path}`, { headers })
  const text = await response.text()
  return { response, text, document: new JSDOM(text).window.document }
}

const fieldNames = (document: Document) => [...document.querySelectorAll('dt')].map((dt) => dt.textContent)

test('shows the public copy in full, its title the h1, in each language, with the way back and "add to calendar"', async () => {
  const venue = api.insertVenue({ name: { en: 'Foreign Ministry', es: 'Cancillería' }, address: 'Calle El Pedregal' })
  const event = insertCompleteEvent(
    api,
    {
      title: { en: 'Forum on missing migrants', es: 'Foro sobre personas migrantes desaparecidas' },
      description: { en: '<h2>Context</h2><p>A regional <strong>forum</strong>.</p>', es: '<p>Un foro regional.</p>' },
      objectives: [
        {
          heading: { en: 'General objective', es: 'Objetivo general' },
          intro: null,
          style: 'paragraph',
          items: [{ text: { en: 'Share practices', es: 'Compartir prácticas' }, items: [] }],
        },
      ],
      startDate: '2026-06-10',
      endDate: '2026-06-12',
      city: 'San Salvador',
      venueId: venue.id,
      contactEmails: ['crmst@iom.int'],
      contactPhones: ['+506 8851-1009'],
    },
    'published',
  )

  const english = await fetchPage(`/calendar/events/${event.id}`)
  expect(english.response.status).toBe(200)
  expect(english.response.headers.get('content-type')).toBe('text/html; charset=utf-8')
  const { document } = english
  expect(document.documentElement.lang).toBe('en')
  expect([...document.querySelectorAll('h1')].map((h1) => h1.textContent)).toEqual(['Forum on missing migrants'])
  expect(document.title).toBe('Forum on missing migrants – Events calendar – Regional Conference on Migration')
  expect(document.querySelector('h2')?.textContent).toBe('About the event')
  // The description's own h2 and the objectives' headings come below "About the event".
  expect([...document.querySelectorAll('h3')].map((h3) => h3.textContent)).toEqual(['Context', 'General objective'])
  expect(fieldNames(document)).toEqual(['City', 'Venue', 'Date', 'Coordinating institution', 'Email', 'Phone'])
  expect(document.querySelector('a.add')?.getAttribute('href')).toBe(`/api/public/events/${event.id}.ics?lang=en`)
  expect(document.querySelector('a[href="/calendar?lang=en"]')?.textContent).toBe('Events calendar')
  expect(document.querySelector('header nav a')?.getAttribute('href')).toBe('?lang=es')
  expect(english.response.headers.get('content-security-policy')).toContain("default-src 'none'")

  const spanish = await fetchPage(`/calendar/events/${event.id}?lang=es`)
  expect(spanish.document.documentElement.lang).toBe('es')
  expect(spanish.document.querySelector('h1')?.textContent).toBe('Foro sobre personas migrantes desaparecidas')
  expect(fieldNames(spanish.document)).toContain('Institución coordinadora')
})

test('shows the published copy, not the unpublished edit; answers 304 until the next publish', async () => {
  const event = insertCompleteEvent(api, { title: { en: 'Public title', es: 'Título público' } }, 'published')
  editTitle(api, event, 'SECRET edit')

  const first = await fetchPage(`/calendar/events/${event.id}`)
  expect(first.document.querySelector('h1')?.textContent).toBe('Public title')
  expect(first.text).not.toContain('SECRET')
  const etag = first.response.headers.get('etag') ?? ''
  expect((await fetchPage(`/calendar/events/${event.id}`, { 'If-None-Match': etag })).response.status).toBe(304)

  await api.as('reviewer').send('POST', `/api/events/${event.id}/publish`)
  const republished = await fetchPage(`/calendar/events/${event.id}`, { 'If-None-Match': etag })
  expect(republished.response.status).toBe(200)
  expect(republished.document.querySelector('h1')?.textContent).toBe('SECRET edit')
})

test('answers 404 in the page language for a draft, an unpublished, an archived or no such event, telling none apart', async () => {
  const draft = insertCompleteEvent(api, { title: { en: 'SECRET draft', es: 'SECRET borrador' } })
  const inReview = insertCompleteEvent(api, { title: { en: 'SECRET review', es: 'SECRET revisión' } }, 'in_review')
  const unpublished = insertCompleteEvent(api, {}, 'published')
  const archived = insertCompleteEvent(api, {}, 'published')
  await api.as('reviewer').send('POST', `/api/events/${unpublished.id}/unpublish`)
  await api.as('reviewer').send('POST', `/api/events/${archived.id}/archive`)

  const bodies = new Set<string>()
  for (const id of [draft.id, inReview.id, unpublished.id, archived.id, 999999, 'abc', '0']) {
    const english = await fetchPage(`/calendar/events/${id}`)
    expect(english.response.status, String(id)).toBe(404)
    expect(english.response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(english.document.querySelector('h1')?.textContent).toBe('Event not found')
    expect(english.document.querySelector('a[href="/calendar?lang=en"]')).not.toBeNull()
    expect(english.text).not.toContain('SECRET')
    bodies.add(english.text)

    const spanish = await fetchPage(`/calendar/events/${id}?lang=es`)
    expect(spanish.response.status).toBe(404)
    expect(spanish.document.documentElement.lang).toBe('es')
    expect(spanish.document.querySelector('h1')?.textContent).toBe('Evento no encontrado')
  }
  expect(bodies.size).toBe(1)
})

test('on the Spanish page a text written in English only is marked lang="en", so a screen reader reads it in English', async () => {
  const event = insertCompleteEvent(
    api,
    {
      title: { en: 'Forum on missing migrants', es: '' },
      description: { en: '<p>A regional forum.</p>', es: '' },
      objectives: [
        {
          heading: { en: 'General objective', es: 'Objetivo general' },
          intro: null,
          style: 'bullets',
          items: [{ text: { en: 'Share practices', es: '' }, items: [] }],
        },
      ],
      startDate: '2026-06-10',
      endDate: null,
    },
    'published',
  )

  const { document } = await fetchPage(`/calendar/events/${event.id}?lang=es`)

  expect(document.documentElement.lang).toBe('es')
  expect(document.querySelector('h1 [lang="en"]')?.textContent).toBe('Forum on missing migrants')
  expect(document.querySelector('article div[lang="en"]')?.textContent).toBe('A regional forum.')
  expect(document.querySelector('article li [lang="en"]')?.textContent).toBe('Share practices')
  // A text the event has in Spanish is the page's own language: no mark.
  const heading = [...document.querySelectorAll('h3')].find((h3) => h3.textContent === 'Objetivo general')
  expect(heading?.querySelector('[lang]')).toBeNull()
})
