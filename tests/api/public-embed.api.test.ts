import { JSDOM } from 'jsdom'
import { afterEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { insertCompleteEvent } from '../support/workflow'

let api: TestApi | undefined
afterEach(() => api?.close())

async function start(embedOrigins?: string[]) {
  api = await startTestApi({ embedOrigins })
  api.clock.now = new Date('2026-06-01T12:00:00Z')
  return api
}

/** The Content-Security-Policy's directives as name → sources. */
function csp(response: Response): Map<string, string[]> {
  const header = response.headers.get('content-security-policy') ?? ''
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name !== '')
      .map(([name = '', ...sources]) => [name, sources]),
  )
}

test('without EMBED_ORIGINS no site may frame the embed view; the calendar pages keep their own policy', async () => {
  const { url } = await start()
  const embed = await fetch(`${url}/calendar/embed`)
  expect(embed.status).toBe(200)
  expect(csp(embed).get('frame-ancestors')).toEqual(["'none'"])
  expect(embed.headers.get('x-frame-options')).toBe('DENY')
  expect(csp(await fetch(`${url}/calendar`)).get('frame-ancestors')).toEqual(['*'])
})

test('with EMBED_ORIGINS exactly those origins may frame the embed view, and no other page changes', async () => {
  const { url } = await start(['https://www.crmsv.org', 'http://localhost:8080'])
  const embed = await fetch(`${url}/calendar/embed?lang=es`)
  expect(csp(embed).get('frame-ancestors')).toEqual(['https://www.crmsv.org', 'http://localhost:8080'])
  // X-Frame-Options cannot name two origins: the CSP decides.
  expect(embed.headers.get('x-frame-options')).toBeNull()
  expect(csp(embed).get('default-src')).toEqual(["'none'"])
  expect(csp(embed).has('script-src')).toBe(false)

  expect(csp(await fetch(`${url}/calendar`)).get('frame-ancestors')).toEqual(['*'])
  const event = insertCompleteEvent(api!, {}, 'published')
  expect(csp(await fetch(`${url}/calendar/events/${event.id}`)).get('frame-ancestors')).toEqual(['*'])
})

test('lists the next upcoming events, `limit` of them, each opening its page in a new window', async () => {
  const { url } = await start()
  insertCompleteEvent(
    api!,
    { title: { en: 'Past', es: 'Pasado' }, startDate: '2026-01-10', endDate: null },
    'published',
  )
  insertCompleteEvent(api!, { title: { en: 'Undated', es: 'Sin fecha' }, startDate: null, endDate: null }, 'published')
  insertCompleteEvent(api!, { title: { en: 'SECRET', es: 'SECRET' }, startDate: '2026-06-05', endDate: null })
  const ids = ['2026-06-20', '2026-06-03', '2026-07-01'].map(
    (startDate) =>
      insertCompleteEvent(
        api!,
        { title: { en: `Meeting ${startDate}`, es: `Reunión ${startDate}` }, startDate, endDate: null, city: 'Panamá' },
        'published',
      ).id,
  )

  const response = await fetch(`${url}/calendar/embed?lang=es&limit=2`)
  const text = await response.text()
  expect(text).not.toContain('SECRET')
  const document = new JSDOM(text).window.document
  expect(document.documentElement.lang).toBe('es')
  expect(document.querySelector('h1')?.textContent).toBe('Próximos eventos')
  const links = [...document.querySelectorAll('li a')]
  expect(links.map((link) => link.firstChild?.textContent)).toEqual(['Reunión 2026-06-03', 'Reunión 2026-06-20'])
  expect(links[0]?.getAttribute('href')).toBe(`/calendar/events/${ids[1]}?lang=es`)
  for (const link of document.querySelectorAll('a')) {
    expect(link.getAttribute('target')).toBe('_blank')
    expect(link.getAttribute('rel')).toBe('noopener')
  }
  expect(document.querySelector('li')?.textContent).toContain('Panamá')

  const all = new JSDOM(await (await fetch(`${url}/calendar/embed`)).text()).window.document
  expect([...all.querySelectorAll('li a')].map((link) => link.firstChild?.textContent)).toEqual([
    'Meeting 2026-06-03',
    'Meeting 2026-06-20',
    'Meeting 2026-07-01',
  ])
  const etag = response.headers.get('etag') ?? ''
  expect((await fetch(`${url}/calendar/embed?lang=es&limit=2`, { headers: { 'If-None-Match': etag } })).status).toBe(
    304,
  )
})
