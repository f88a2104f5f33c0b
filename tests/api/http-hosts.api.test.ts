import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { hostAllowList } from '../../server/src/http/allowed-hosts'
import { startTestApi, type TestApi } from '../support/api'
import { insertCompleteEvent } from '../support/workflow'
import { rawRequest } from './raw-http'

let api: TestApi
let port: string
let eventId: number

beforeAll(async () => {
  api = await startTestApi({ allowedHosts: ['calendar.example.org'] })
  port = new URL(api.url).port
  eventId = insertCompleteEvent(api, {}, 'published').id
})

afterAll(() => api.close())

const get = (path: string, headers: Record<string, string>) => rawRequest(api.url, path, headers)
const json = (body: Buffer) => JSON.parse(body.toString()) as unknown

describe('a Host that is not this server is refused', () => {
  test('under /api, a 400 in the language asked for', async () => {
    const english = await get('/api/public/events.json', { Host: 'evil.example' })
    expect(english.status).toBe(400)
    expect(json(english.body)).toEqual({
      message: 'This server does not answer to this host name; its operator can add it to ALLOWED_HOSTS',
    })
    const spanish = await get('/api/events', { Host: 'evil.example', 'Accept-Language': 'es' })
    expect(spanish.status).toBe(400)
    expect(json(spanish.body)).toEqual({ message: expect.stringContaining('nombre de host') })
  })

  test('outside /api too: the public page and the admin app', async () => {
    for (const path of ['/calendar', '/']) {
      expect((await get(path, { Host: `evil.example:${port}` })).status).toBe(400)
    }
  })

  test('also for a calendar app revalidating a feed, which is otherwise answered before the app', async () => {
    const first = await get('/api/public/events.ics', { Host: `localhost:${port}` })
    const etag = String(first.headers.etag)
    expect((await get('/api/public/events.ics', { Host: `localhost:${port}`, 'If-None-Match': etag })).status).toBe(304)
    expect((await get('/api/public/events.ics', { Host: 'evil.example', 'If-None-Match': etag })).status).toBe(400)
  })
})

test('loopback names and ALLOWED_HOSTS are answered, with the links on the name asked for', async () => {
  for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'Calendar.Example.org']) {
    const answer = await get('/api/public/events.json', { Host: host })
    expect(answer.status).toBe(200)
    const [event] = json(answer.body) as Array<{ url: string }>
    expect(event?.url).toBe(`http://${host}/calendar/events/${eventId}`)
  }
})

test('a feed asked for on one allowed name never reaches a client of another, by the body or by a 304', async () => {
  const other = { Host: 'calendar.example.org' }
  const mine = { Host: `localhost:${port}` }
  const theirs = await get('/api/public/events.ics', other)
  expect(theirs.body.toString()).toContain(`UID:event-${eventId}@calendar.example.org`)
  expect(theirs.headers.vary).toContain('Host')

  // A cache holding their copy revalidates it for me: the ETag is the name's own, so I get my copy in full.
  const revalidated = await get('/api/public/events.ics', { ...mine, 'If-None-Match': String(theirs.headers.etag) })
  expect(revalidated.status).toBe(200)
  expect(revalidated.headers.etag).not.toBe(theirs.headers.etag)
  expect(revalidated.body.toString()).toContain(`UID:event-${eventId}@localhost`)
  expect(revalidated.body.toString()).not.toContain('calendar.example.org')

  const single = await get(`/api/public/events/${eventId}.ics`, mine)
  expect(single.body.toString()).toContain(`UID:event-${eventId}@localhost`)
})

test('with PUBLIC_SITE_URL, its host is answered and the links never name the Host sent', async () => {
  const site = await startTestApi({ publicSiteUrl: 'https://calendar.rcm.example' })
  try {
    site.insertEvent({}, 'published')
    const answer = await rawRequest(site.url, '/api/public/events.json', {
      Host: `localhost:${new URL(site.url).port}`,
    })
    expect(answer.status).toBe(200)
    const [event] = json(answer.body) as Array<{ url: string }>
    expect(event?.url).toMatch(/^https:\/\/calendar\.rcm\.example\/calendar\/events\/\d+$/)
    expect((await rawRequest(site.url, '/api/public/events.json', { Host: 'calendar.rcm.example' })).status).toBe(200)
    expect((await rawRequest(site.url, '/api/public/events.json', { Host: 'evil.example' })).status).toBe(400)
  } finally {
    await site.close()
  }
})

test('host names are compared without port, case or a final dot, and nothing else passes', () => {
  const allowed = hostAllowList({
    publicSiteUrl: 'https://Calendar.RCM.example:8443/',
    allowedHosts: ['intranet.local:3000'],
  })
  for (const host of [
    'calendar.rcm.example',
    'CALENDAR.rcm.example.:443',
    'intranet.local',
    'app.localhost:3000',
    '127.1.2.3',
  ])
    expect(allowed(host), host).toBe(true)
  for (const host of [
    undefined,
    '',
    'rcm.example',
    'calendar.rcm.example.evil.example',
    'localhost.evil.example',
    '[::2]',
    '10.0.0.1:3000',
  ])
    expect(allowed(host), String(host)).toBe(false)
})
