import type { Event } from '@rcm/shared'
import { JSDOM } from 'jsdom'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { editTitle, insertCompleteEvent } from '../support/workflow'
import { feedText, vevents } from './public-helpers'
import { ANCHOR_SCRIPT, ANCHOR_SCRIPT_SOURCE } from '../../server/src/public/calendar-anchor-script'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
  api.clock.now = new Date('2026-06-01T12:00:00Z')
})
afterEach(() => api.close())

async function fetchPage(query = '', headers: Record<string, string> = {}) {
  const response = await fetch(`${api.url}/calendar${query}`, { headers })
  const text = await response.text()
  return { response, text, document: new JSDOM(text).window.document }
}

/** An event's fields as the page shows them: label → value. */
function fields(article: Element): Record<string, string> {
  const pairs = [...article.querySelectorAll('dt')].map((dt) => [
    dt.textContent ?? '',
    dt.nextElementSibling?.textContent ?? '',
  ])
  return Object.fromEntries(pairs)
}

const sectionHeadings = (document: Document) =>
  [...document.querySelectorAll('main h2')].map((heading) => heading.textContent)
const eventTitles = (document: Document) =>
  [...document.querySelectorAll('article h3')].map((heading) => heading.textContent)

test('renders each published event in the language asked for, with translated labels and the legacy page fields', async () => {
  const venue = api.insertVenue({
    name: { en: 'Ministry of Foreign Affairs', es: 'Ministerio de Relaciones Exteriores' },
    address: 'Calle El Pedregal',
  })
  const institutions = ['ICRC/CICR', 'OHCHR/ACNUDH', 'IOM/OIM', 'RNCOM/RROCM'].map((pair) => {
    const [en = '', es = ''] = pair.split('/')
    return api.insertInstitution({ acronym: { en, es } })
  })
  const event = api.insertEvent(
    {
      title: { en: 'Forum on missing migrants', es: 'Foro sobre personas migrantes desaparecidas' },
      description: { en: '<p>A regional <strong>forum</strong>.</p>', es: '<p>Un <strong>foro</strong> regional.</p>' },
      objectives: [
        {
          heading: { en: 'Specific objectives', es: 'Objetivos específicos' },
          intro: { en: 'The meeting seeks to:', es: 'La reunión busca:' },
          style: 'numbered',
          items: [
            {
              text: { en: 'Review the recommendations', es: 'Revisar las recomendaciones' },
              items: [{ text: { en: 'at national level', es: 'a nivel nacional' } }],
            },
            { text: { en: 'Share practices', es: 'Compartir prácticas' }, items: [] },
          ],
        },
      ],
      startDate: '2026-06-10',
      endDate: '2026-06-12',
      city: 'San Salvador',
      venueId: venue.id,
      institutionIds: institutions.map((institution) => institution.id),
      contactEmails: ['crmst@iom.int'],
      contactPhones: ['+506 8851-1009'],
    },
    'published',
  )

  const english = await fetchPage()
  expect(english.response.status).toBe(200)
  expect(english.response.headers.get('content-type')).toBe('text/html; charset=utf-8')
  expect(english.document.documentElement.lang).toBe('en')
  const article = english.document.getElementById(`event-${event.id}`)!
  expect(article.querySelector('h3')?.textContent).toBe('Forum on missing migrants')
  expect(fields(article)).toEqual({
    City: 'San Salvador',
    Venue: 'Ministry of Foreign AffairsCalle El Pedregal',
    Date: expect.stringMatching(/^10\s?–\s?12 June 2026$/),
    'Coordinating institution': 'ICRC, OHCHR, IOM and RNCOM',
    Email: 'crmst@iom.int',
    Phone: '+506 8851-1009',
  })
  expect(article.querySelector('h4')?.textContent).toBe('About the event')
  expect(article.querySelector('strong')?.textContent).toBe('forum')
  expect(article.querySelector('h5')?.textContent).toBe('Specific objectives')
  expect([...article.querySelectorAll('ol > li')].map((item) => item.firstChild?.textContent)).toEqual([
    'Review the recommendations',
    'Share practices',
  ])
  expect(article.querySelector('ol > li > ul > li')?.textContent).toBe('at national level')
  expect(article.querySelector('a[href^="mailto:"]')?.getAttribute('href')).toBe('mailto:crmst@iom.int')
  expect(article.querySelector('a[href^="tel:"]')?.getAttribute('href')).toBe('tel:+50688511009')

  const spanish = await fetchPage('?lang=es')
  expect(spanish.document.documentElement.lang).toBe('es')
  const articulo = spanish.document.getElementById(`event-${event.id}`)!
  expect(articulo.querySelector('h3')?.textContent).toBe('Foro sobre personas migrantes desaparecidas')
  expect(fields(articulo)).toMatchObject({
    Ciudad: 'San Salvador',
    Lugar: 'Ministerio de Relaciones ExterioresCalle El Pedregal',
    Fecha: expect.stringMatching(/^10\s?–\s?12 de junio de 2026$/),
    'Institución coordinadora': 'CICR, ACNUDH, OIM y RROCM',
    Teléfono: '+506 8851-1009',
  })
  expect(articulo.querySelector('h4')?.textContent).toBe('Acerca del evento')
  expect(articulo.querySelector('h5')?.textContent).toBe('Objetivos específicos')
})

test('upcoming events come first, then those to be confirmed, then past ones; each section only when it has events', async () => {
  const past = insertCompleteEvent(
    api,
    { title: { en: 'Past meeting', es: 'Reunión pasada' }, startDate: '2026-03-01', endDate: null },
    'published',
  )
  const undated = insertCompleteEvent(
    api,
    { title: { en: 'Undated meeting', es: 'Reunión sin fecha' }, startDate: null, endDate: null },
    'published',
  )
  insertCompleteEvent(
    api,
    { title: { en: 'Later meeting', es: 'Reunión posterior' }, startDate: '2026-09-01', endDate: null },
    'published',
  )
  insertCompleteEvent(
    api,
    { title: { en: 'Soon meeting', es: 'Reunión próxima' }, startDate: '2026-06-02', endDate: null },
    'published',
  )

  const { document } = await fetchPage()
  expect(sectionHeadings(document)).toEqual(['Upcoming events', 'Date to be confirmed', 'Past events'])
  expect(eventTitles(document)).toEqual(['Soon meeting', 'Later meeting', 'Undated meeting', 'Past meeting'])
  expect(fields(document.getElementById(`event-${undated.id}`)!).Date).toBe('To be confirmed')
  // Only dated events can be added to a calendar.
  expect(document.querySelector(`#event-${undated.id} a.add`)).toBeNull()
  expect(document.querySelector(`#event-${past.id} a.add`)?.getAttribute('href')).toBe(
    `/api/public/events/${past.id}.ics?lang=en`,
  )

  const spanish = await fetchPage('?lang=es')
  expect(sectionHeadings(spanish.document)).toEqual(['Próximos eventos', 'Fecha por confirmar', 'Eventos pasados'])

  const onlyPast = await startTestApi()
  try {
    insertCompleteEvent(onlyPast, {}, 'published')
    onlyPast.clock.now = new Date('2027-01-01T00:00:00Z')
    const text = await (await fetch(`${onlyPast.url}/calendar`)).text()
    expect(sectionHeadings(new JSDOM(text).window.document)).toEqual(['Past events'])
  } finally {
    await onlyPast.close()
  }
})

test('links to the other language and to each feed in this language; an unknown lang shows the English page', async () => {
  const { document } = await fetchPage('?lang=es')
  const switchLink = document.querySelector('nav a')
  expect(switchLink?.getAttribute('href')).toBe('?lang=en')
  expect(switchLink?.textContent).toBe('English version')
  const feeds = [...document.querySelectorAll('header section a')].map((link) => link.getAttribute('href'))
  expect(feeds.sort()).toEqual([
    '/api/public/events.atom?lang=es',
    '/api/public/events.csv?lang=es',
    '/api/public/events.ics?lang=es',
    '/api/public/events.json?lang=es',
  ])
  for (const href of feeds) expect((await fetch(`${api.url}${href}`)).status).toBe(200)

  expect((await fetchPage('?lang=ES')).document.documentElement.lang).toBe('es')
  const unknown = await fetchPage('?lang=fr')
  expect(unknown.response.status).toBe(200)
  expect(unknown.document.documentElement.lang).toBe('en')
  expect((await fetchPage()).document.body.textContent).toContain('No events have been published yet.')
})

test('a draft, an event in review, an unpublished edit, an unpublished or an archived event never appears', async () => {
  const reviewer = api.as('reviewer')
  const marked = (marker: string) => ({
    title: { en: `${marker} en`, es: `${marker} es` },
    description: { en: `<p>${marker}</p>`, es: `<p>${marker}</p>` },
  })
  const visible = insertCompleteEvent(api, { title: { en: 'Visible forum', es: 'Foro visible' } }, 'published')
  insertCompleteEvent(api, marked('SECRET-DRAFT'))
  insertCompleteEvent(api, marked('SECRET-REVIEW'), 'in_review')
  editTitle(api, insertCompleteEvent(api, {}, 'published'), 'SECRET-EDIT')
  const unpublished = insertCompleteEvent(api, marked('SECRET-UNPUBLISHED'), 'published')
  const archived = insertCompleteEvent(api, marked('SECRET-ARCHIVED'), 'published')
  expect((await reviewer.send('POST', `/api/events/${unpublished.id}/unpublish`)).status).toBe(200)
  expect((await reviewer.send('POST', `/api/events/${archived.id}/archive`)).status).toBe(200)

  for (const query of ['', '?lang=es']) {
    const { text, document } = await fetchPage(query)
    expect(document.getElementById(`event-${visible.id}`)).not.toBeNull()
    expect(text).not.toContain('SECRET')
  }
  expect((await fetch(`${api.url}/api/public/events/${unpublished.id}.ics`)).status).toBe(404)
  expect((await fetch(`${api.url}/api/public/events/${archived.id}.ics`)).status).toBe(404)
})

test('escapes plain-text fields and keeps only the sanitized description markup', async () => {
  const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
  const event = insertCompleteEvent(
    api,
    {
      title: { en: hostile, es: hostile },
      city: hostile,
      description: { en: '<p>Safe <em>text</em></p><script>alert(3)</script>', es: '' },
      objectives: [
        {
          heading: { en: hostile, es: '' },
          intro: null,
          style: 'bullets',
          items: [{ text: { en: hostile, es: '' }, items: [] }],
        },
      ],
    },
    'published',
  )
  const { text, document, response } = await fetchPage()
  expect(document.querySelectorAll('img')).toHaveLength(0)
  // The one script is the page's own (old anchors), allowed by its hash; nothing typed by an editor runs.
  expect([...document.querySelectorAll('script')].map((script) => script.textContent)).toEqual([ANCHOR_SCRIPT])
  expect(text).not.toContain('<script>alert')
  const article = document.getElementById(`event-${event.id}`)!
  expect(article.querySelector('h3')?.textContent).toBe(hostile)
  expect(fields(article).City).toBe(hostile)
  expect(article.querySelector('li')?.textContent).toBe(hostile)
  expect(article.querySelector('em')?.textContent).toBe('text')
  const csp = response.headers.get('content-security-policy') ?? ''
  expect(csp).toContain("default-src 'none'")
  expect(csp).toContain(`script-src ${ANCHOR_SCRIPT_SOURCE}`)
  expect(csp).not.toContain('unsafe-inline')
})

test("the JSON feed's url is each event's own page, in its language; the list keeps an anchor per event linking there", async () => {
  insertCompleteEvent(api, {}, 'published')
  insertCompleteEvent(api, { startDate: null, endDate: null }, 'published')
  for (const lang of ['en', 'es']) {
    const feed = JSON.parse(await feedText(api, `events.json?lang=${lang}`)) as Array<{ id: number; url: string }>
    expect(feed).toHaveLength(2)
    const list = await fetchPage(`?lang=${lang}`)
    for (const { id, url } of feed) {
      const target = new URL(url)
      expect(`${target.pathname}${target.search}`).toBe(`/calendar/events/${id}?lang=${lang}`)
      const page = await fetch(`${api.url}${target.pathname}${target.search}`)
      expect(page.status).toBe(200)
      const document = new JSDOM(await page.text()).window.document
      expect(document.documentElement.lang).toBe(lang)
      expect(document.getElementById(`event-${id}`)?.tagName).toBe('ARTICLE')
      // An older link to the list's anchor still finds the event there, and a link to its page.
      const anchor = list.document.getElementById(`event-${id}`)
      expect(anchor?.tagName).toBe('ARTICLE')
      expect(anchor?.querySelector('h3 a')?.getAttribute('href')).toBe(`${target.pathname}${target.search}`)
    }
  }
})

test('carries the feeds caching headers and answers 304 until something is published', async () => {
  const event = insertCompleteEvent(api, {}, 'published')
  const first = await fetchPage()
  const etag = first.response.headers.get('etag') ?? ''
  expect(etag).toMatch(/^"[\w-]+"$/)
  expect(first.response.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate')
  expect(new Date(first.response.headers.get('last-modified') ?? '').getTime()).not.toBeNaN()

  const again = await fetchPage('', { 'If-None-Match': etag })
  expect(again.response.status).toBe(304)
  expect(again.text).toBe('')
  // Each language is its own page.
  expect((await fetchPage('?lang=es', { 'If-None-Match': etag })).response.status).toBe(200)

  editTitle(api, event, 'Republished title')
  await api.as('reviewer').send('POST', `/api/events/${event.id}/publish`)
  const changed = await fetchPage('', { 'If-None-Match': etag })
  expect(changed.response.status).toBe(200)
  expect(eventTitles(changed.document)).toEqual(['Republished title'])
})

test('"add to calendar" gives the one VEVENT of the feed, valid for ical.js, with caching; 404 for no such or undated event', async () => {
  const event = insertCompleteEvent(
    api,
    { title: { en: 'Workshop; day one', es: 'Taller, día uno' }, startDate: '2026-06-10', endDate: '2026-06-11' },
    'published',
  )
  insertCompleteEvent(api, {}, 'published')
  const undated = insertCompleteEvent(api, { startDate: null, endDate: null }, 'published')

  const response = await fetch(`${api.url}/api/public/events/${event.id}.ics?lang=es`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
  const text = await response.text()
  const [vevent, ...others] = vevents(text)
  expect(others).toEqual([])
  expect(vevent?.getFirstPropertyValue('summary')).toBe('Taller, día uno')
  expect(String(vevent?.getFirstPropertyValue('dtstart'))).toBe('2026-06-10')
  expect(String(vevent?.getFirstPropertyValue('dtend'))).toBe('2026-06-12')
  const feedEvent = vevents(await feedText(api, 'events.ics')).find(
    (item) => item.getFirstPropertyValue('uid') === vevent?.getFirstPropertyValue('uid'),
  )
  expect(feedEvent).toBeDefined()

  const etag = response.headers.get('etag') ?? ''
  expect(
    (await fetch(`${api.url}/api/public/events/${event.id}.ics?lang=es`, { headers: { 'If-None-Match': etag } }))
      .status,
  ).toBe(304)
  for (const path of [`${undated.id}.ics`, '999999.ics', 'abc.ics']) {
    const missing = await fetch(`${api.url}/api/public/events/${path}`)
    expect(missing.status, path).toBe(404)
    expect(await missing.json()).toEqual({ message: 'Event not found' })
  }
  expect((await fetch(`${api.url}/api/public/events/${event.id}.ics?lang=fr`)).status).toBe(400)
})

test('the preview shows the working copy, marked as not published, to staff only', async () => {
  const event = editTitle(
    api,
    insertCompleteEvent(api, { title: { en: 'Public title', es: 'Título público' } }, 'published'),
    'Edited title',
  )
  const draft: Event = insertCompleteEvent(api, { title: { en: 'Draft title', es: 'Título borrador' } })

  const preview = await api.as('editor').request(`/api/events/${event.id}/preview?lang=es`)
  expect(preview.status).toBe(200)
  expect(preview.headers.get('content-type')).toBe('text/html; charset=utf-8')
  expect(preview.headers.get('cache-control')).toBe('no-store')
  const document = new JSDOM(String(preview.body)).window.document
  expect(document.documentElement.lang).toBe('es')
  expect(document.querySelector('[role="note"]')?.textContent).toContain('Vista previa – no publicado')
  expect(eventTitles(document)).toEqual(['Edited title'])
  expect(document.querySelector('a.add')).toBeNull()

  const english = await api.as('editor').request(`/api/events/${draft.id}/preview`)
  expect(eventTitles(new JSDOM(String(english.body)).window.document)).toEqual(['Draft title'])
  expect(String(english.body)).toContain('Preview – not published')

  expect((await api.anonymous().request(`/api/events/${event.id}/preview`)).status).toBe(401)
  expect((await api.as('editor').request('/api/events/999999/preview')).status).toBe(404)
  const badLang = await api.as('editor').request(`/api/events/${event.id}/preview?lang=fr`)
  expect(badLang.status).toBe(400)
  expect(badLang.body).toMatchObject({ errors: { lang: expect.any(String) } })
})

test('answers the CORS preflight of the public feeds so other origins can make conditional requests', async () => {
  for (const path of ['events.json', 'events.ics?lang=es', `events/1.ics`]) {
    const response = await fetch(`${api.url}/api/public/${path}`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://website.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'if-none-match',
      },
    })
    expect(response.status, path).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS')
    expect(response.headers.get('access-control-allow-headers')).toBe('If-None-Match, If-Modified-Since')
    expect(response.headers.get('access-control-expose-headers')).toBe('ETag, Last-Modified, X-Undated-Events-Omitted')
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
  }
  // Only the public feeds: a preflight for a staff route is refused.
  expect(
    (await fetch(`${api.url}/api/events`, { method: 'OPTIONS', headers: { Origin: 'https://website.example' } }))
      .status,
  ).toBe(401)
})
