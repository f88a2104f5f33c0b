import type { Event, PublicEvent } from '@rcm/shared'
import ICAL from 'ical.js'
import { JSDOM } from 'jsdom'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { parseCsv } from '../api/public-helpers'
import { startTestApi, type TestApi } from '../support/api'
import { XSS_VECTORS } from './xss-vectors'
import { ANCHOR_SCRIPT, ANCHOR_SCRIPT_SOURCE } from '../../server/src/public/calendar-anchor-script'

/*
 * Every vector of the corpus goes into every text an event carries (title,
 * rich-text description, objectives, city, venue and institution names and
 * the venue's address), through the API's create and through both imports,
 * and comes out of every place the public or the staff read it: the public
 * page in both languages, the preview, and the JSON, CSV and ICS feeds.
 * Nothing may come out able to run: checked on the documents as a browser
 * parses them (jsdom's HTML parser), on the CSV's cells and on the ICS's
 * unfolded lines. The texts themselves must come through (escaped, not
 * dropped), so the checks see the vectors rather than their absence.
 */

// Each test reads every event of three apps; the parsing alone takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 })

const VECTORS = XSS_VECTORS.map((vector) => vector.payload)

/** The text as stored: trimmed (the schemas trim), line breaks as a parser normalizes them, NUL gone. */
const normalized = (text: string) =>
  text
    .trim()
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- an HTML parser drops NUL, so the page cannot show it
    .replace(/[\u0000\ufffd]/g, '')

// Elements that run script, load a document or a resource, submit, or parse their content by other rules.
const ACTIVE_ELEMENTS =
  'script, iframe, frame, frameset, object, embed, applet, base, form, input, button, select, textarea, svg, math, ' +
  'link, meta, style, template, noscript, xmp, plaintext, listing, img, image, video, audio, source, details, marquee'
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'background',
  'data',
  'poster',
  'srcdoc',
  'srcset',
  'ping',
  'lowsrc',
  'dynsrc',
  'codebase',
  'cite',
])
const SCRIPT_URL = /^(javascript|vbscript|data|livescript):/i
const SCRIPT_CSS = /expression\s*\(|javascript:|vbscript:|url\s*\(|behavior\s*:|-moz-binding|@import/i

/** What could run in `root` as a browser reads it; [] when nothing can. */
function activeParts(root: Document | DocumentFragment | Element): string[] {
  const found: string[] = []
  const scope = 'body' in root ? root.body : root
  for (const element of scope.querySelectorAll(ACTIVE_ELEMENTS)) found.push(`<${element.localName}>`)
  const all = 'documentElement' in root ? root.documentElement.querySelectorAll('*') : root.querySelectorAll('*')
  for (const element of all) {
    for (const { name, value } of element.attributes) {
      // A browser ignores ASCII whitespace and control characters inside a URL's scheme.
      // eslint-disable-next-line no-control-regex -- the characters a URL parser strips
      const squeezed = value.replace(/[\u0000-\u0020\u007f]/g, '')
      if (/^on/i.test(name)) found.push(`${element.localName}[${name}]`)
      if (URL_ATTRIBUTES.has(name.toLowerCase()) && SCRIPT_URL.test(squeezed))
        found.push(`${element.localName}[${name}=${value}]`)
      if (name === 'style' && SCRIPT_CSS.test(value)) found.push(`${element.localName}[style=${value}]`)
    }
  }
  if ('head' in root) {
    for (const style of root.head.querySelectorAll('style'))
      if (/expression\s*\(|javascript:|-moz-binding|behavior\s*:/i.test(style.textContent ?? '')) found.push('<style>')
    for (const element of root.head.querySelectorAll('script, base, meta[http-equiv], link:not([rel="alternate"])'))
      found.push(`head <${element.localName}>`)
  }
  return found
}

/** Rich text as a site that shows it reads it, and as it reads it again after serializing it (mutation XSS). */
const fragments = new JSDOM('').window.document
function activePartsOfHtml(html: string): string[] {
  const first = fragments.createElement('div')
  first.innerHTML = html
  const again = fragments.createElement('div')
  again.innerHTML = first.innerHTML
  return [...activeParts(first), ...activeParts(again)]
}

const parse = (html: string) => new JSDOM(html).window.document

interface Source {
  name: string
  api: TestApi
  events: Event[]
}

/** Creates, through the API, one event per vector with the vector in every text, and publishes them all. */
async function createThroughApi(api: TestApi): Promise<Event[]> {
  const editor = api.as('editor')
  const events: Event[] = []
  for (const [index, vector] of VECTORS.entries()) {
    // Names are unique (without case or accents): two vectors may differ in case only. The CSV writes a venue as
    // four lines (name, address, city, country), so its texts go without line breaks, or the CSV import refuses them.
    const oneLine = vector.replace(/[\r\n]+/g, ' ')
    const name = { en: `${oneLine} ${index}`, es: `${oneLine} ${index}` }
    const venue = await editor.send('POST', '/api/venues', { name, city: oneLine, country: 'SV', address: oneLine })
    const institution = await editor.send('POST', '/api/institutions', { name, acronym: { en: vector, es: vector } })
    expect([venue.status, institution.status], `${vector}: ${JSON.stringify([venue.body, institution.body])}`).toEqual([
      201, 201,
    ])
    const text = { en: vector, es: vector }
    const created = await editor.send('POST', '/api/events', {
      title: text,
      description: { en: vector, es: `<p>${vector}</p>` },
      objectives: [
        { heading: text, intro: text, style: 'numbered', items: [{ text, items: [{ text }] }] },
        { heading: text, intro: null, style: 'bullets', items: [{ text, items: [] }] },
      ],
      startDate: '2026-07-01',
      endDate: '2026-07-02',
      city: vector,
      venueId: (venue.body as { id: number }).id,
      institutionIds: [(institution.body as { id: number }).id],
      contactEmails: ['crmst@iom.int'],
      contactPhones: ['+506 88511009'],
    })
    expect(created.status, `${vector}: ${JSON.stringify(created.body)}`).toBe(201)
    events.push(created.body as Event)
  }
  const ids = events.map((event) => event.id)
  const submitted = await editor.send('POST', '/api/events/bulk', {
    step: 'submit',
    ids,
    versions: events.map((event) => event.version),
  })
  const published = await api.as('reviewer').send('POST', '/api/events/bulk', {
    step: 'publish',
    ids,
    versions: (submitted.body as { results: Array<{ event: Event }> }).results.map((result) => result.event.version),
  })
  const results = (published.body as { results: Array<{ status: number; event: Event }> }).results
  expect(results.map((result) => result.status)).toEqual(ids.map(() => 200))
  return results.map((result) => result.event)
}

/** Imports `content` as published events, through the API as a reviewer. */
async function importThroughApi(api: TestApi, format: 'json' | 'csv', content: string): Promise<Event[]> {
  const response = await api
    .as('reviewer')
    .send('POST', '/api/import', { format, content, status: 'published', dryRun: false })
  expect(response.status, JSON.stringify(response.body).slice(0, 500)).toBe(200)
  const report = (response.body as { events: Array<{ id: number | null; message: string | null }> }).events
  expect(report.filter((line) => line.id === null)).toEqual([])
  const list = await api.request(`/api/events?range=[0,999]&sort=["id","ASC"]`)
  return list.body as Event[]
}

const sources: Source[] = []

beforeAll(async () => {
  const created = await startTestApi()
  sources.push({ name: 'created through the API', api: created, events: await createThroughApi(created) })
  const json = await (await fetch(`${created.url}/api/public/events.json`)).text()
  const csv = await (await fetch(`${created.url}/api/public/events.csv`)).text()
  const fromJson = await startTestApi()
  sources.push({ name: 'imported from JSON', api: fromJson, events: await importThroughApi(fromJson, 'json', json) })
  const fromCsv = await startTestApi()
  sources.push({ name: 'imported from CSV', api: fromCsv, events: await importThroughApi(fromCsv, 'csv', csv) })
}, 240_000)

afterAll(async () => {
  for (const { api } of sources) await api.close()
})

test(`the corpus has at least 100 vectors of every kind the task names`, () => {
  expect(VECTORS.length).toBeGreaterThanOrEqual(100)
  expect(new Set(XSS_VECTORS.map((vector) => vector.kind))).toEqual(
    new Set(['html', 'attribute', 'url', 'css', 'svg-mathml', 'mutation', 'encoded', 'csv', 'ics']),
  )
  expect(new Set(VECTORS).size).toBe(VECTORS.length)
})

describe.each(['created through the API', 'imported from JSON', 'imported from CSV'])('events %s', (name) => {
  const source = () => sources.find((candidate) => candidate.name === name)!

  test('every vector was stored as written, one event each', () => {
    const titles = source().events.map((event) => event.title.en)
    expect(titles.map(normalized).sort()).toEqual(VECTORS.map(normalized).sort())
  })

  test.each(['', '?lang=es'])(
    'the public page%s shows every title as text, and nothing that can run',
    async (query) => {
      const shown: string[] = []
      let next: string | null = `${source().api.url}/calendar${query}`
      while (next !== null) {
        const response: Response = await fetch(next)
        const document = parse(await response.text())
        expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
        // The page's one form is its own search: a GET to /calendar. Nothing else on it can act.
        const forms = [...document.querySelectorAll('form')]
        expect(forms.map((form) => [form.getAttribute('method'), form.getAttribute('action')])).toEqual([
          ['get', '/calendar'],
        ])
        for (const form of forms) form.remove()
        // Its one script is its own (old #event-{id} links), the only one the policy lets run, by its hash.
        const scripts = [...document.querySelectorAll('script')]
        expect(scripts.map((script) => script.textContent)).toEqual([ANCHOR_SCRIPT])
        expect(response.headers.get('content-security-policy')).toContain(`script-src ${ANCHOR_SCRIPT_SOURCE};`)
        for (const script of scripts) script.remove()
        expect(activeParts(document)).toEqual([])
        shown.push(
          ...[...document.querySelectorAll('article h3')].map((heading) => normalized(heading.textContent ?? '')),
        )
        const href = document.querySelector('a[rel="next"]')?.getAttribute('href')
        next = href === undefined || href === null ? null : new URL(href, response.url).href
      }
      expect(shown.sort()).toEqual(VECTORS.map(normalized).sort())
    },
  )

  test('the JSON feed carries the texts unchanged as data, and only inert description markup', async () => {
    const events = (await (await fetch(`${source().api.url}/api/public/events.json`)).json()) as PublicEvent[]

    expect(events.map((event) => normalized(event.title.en)).sort()).toEqual(VECTORS.map(normalized).sort())
    for (const event of events) {
      for (const html of [event.description.en, event.description.es])
        expect(activePartsOfHtml(html), `${event.title.en}: ${html}`).toEqual([])
    }
  })

  test.each(['', '?lang=en', '?lang=es'])(
    'the CSV feed%s has no cell a spreadsheet would run, and no row split',
    async (query) => {
      const rows = parseCsv(await (await fetch(`${source().api.url}/api/public/events.csv${query}`)).text())
      const [header, ...records] = rows

      expect(records).toHaveLength(VECTORS.length)
      for (const record of records) {
        expect(record).toHaveLength(header!.length)
        for (const cell of record) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/)
      }
    },
  )

  test.each(['', '?lang=es'])(
    'the ICS feed%s: CRLF lines only, no property a text could add, every title back',
    async (query) => {
      const text = await (await fetch(`${source().api.url}/api/public/events.ics${query}`)).text()
      const expectedEvents = VECTORS.length

      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
      const lines = text
        .replace(/\r\n[ \t]/g, '')
        .split('\r\n')
        .filter(Boolean)
      const names = lines.map((line) => /^([A-Za-z0-9-]+)[;:]/.exec(line)?.[1])
      expect(names.filter((property) => property === undefined)).toEqual([])
      expect(names.filter((property) => /^(ATTENDEE|TRIGGER|ACTION|X-INJECTED)$/i.test(property!))).toEqual([])
      expect(names.filter((property) => property === 'ORGANIZER').length).toBeLessThanOrEqual(expectedEvents)
      expect(lines.filter((line) => line.startsWith('BEGIN:')).sort()).toEqual(
        ['BEGIN:VCALENDAR', ...Array(expectedEvents).fill('BEGIN:VEVENT')].sort(),
      )
      expect(lines.filter((line) => line.startsWith('END:'))).toHaveLength(expectedEvents + 1)
      const summaries = new ICAL.Component(ICAL.parse(text))
        .getAllSubcomponents('vevent')
        .map((vevent) => normalized(String(vevent.getFirstPropertyValue('summary'))))
      expect(summaries.sort()).toEqual(VECTORS.map(normalized).sort())
    },
  )

  test("each event's own ICS has one VEVENT and no injected property", async () => {
    for (const event of source().events) {
      const text = await (await fetch(`${source().api.url}/api/public/events/${event.id}.ics`)).text()
      const lines = text
        .replace(/\r\n[ \t]/g, '')
        .split('\r\n')
        .filter(Boolean)
      expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1)
      expect(lines.every((line) => /^[A-Za-z0-9-]+[;:]/.test(line) && !/^(ATTENDEE|X-INJECTED)/.test(line))).toBe(true)
    }
  })
})

test("the preview of each event's working copy shows nothing that can run, in either language", async () => {
  const { api, events } = sources[0]!
  const editor = api.as('editor')
  for (const event of events) {
    for (const lang of ['en', 'es']) {
      const preview = await editor.request(`/api/events/${event.id}/preview?lang=${lang}`)
      expect(preview.status).toBe(200)
      const document = parse(String(preview.body))
      expect(activeParts(document), `${event.title.en} (${lang})`).toEqual([])
      expect(normalized(document.querySelector('article h3')?.textContent ?? '')).toBe(normalized(event.title.en))
    }
  }
})

test('the checks find what they look for: a page with each kind of active part is caught', () => {
  const hostile = parse(
    '<head><base href="/x"></head><body><p onclick="x()">a</p><a href=" java\tscript:x()">b</a><svg></svg>' +
      '<p style="background:url(javascript:x)">c</p><img src="data:text/html,x"></body>',
  )
  expect(activeParts(hostile)).toEqual([
    '<svg>',
    '<img>',
    'p[onclick]',
    'a[href= java\tscript:x()]',
    'p[style=background:url(javascript:x)]',
    'img[src=data:text/html,x]',
    'head <base>',
  ])
  expect(activePartsOfHtml('<p>fine <a href="https://ok.example/">link</a></p>')).toEqual([])
})
