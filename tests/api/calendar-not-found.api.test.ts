import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { insertCompleteEvent } from '../support/workflow'

// The admin app's build, whose index.html answers its client-side routes.
let dist: string
let api: TestApi
beforeEach(async () => {
  dist = mkdtempSync(join(tmpdir(), 'rcm-dist-'))
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>RCM admin</title>')
  api = await startTestApi({ clientDist: dist })
  api.clock.now = new Date('2026-06-01T12:00:00Z')
})
afterEach(async () => {
  await api.close()
  rmSync(dist, { recursive: true, force: true })
})

async function fetchPage(path: string, init: RequestInit = {}) {
  const response = await fetch(`${api.url}${path}`, init)
  const text = await response.text()
  return { response, text, document: new JSDOM(text).window.document }
}

test('a mistyped public address is the calendar\'s "not found" page in the language asked for, with 404', async () => {
  const spanish = await fetchPage('/calendar/nope?lang=es')
  const english = await fetchPage('/calendar/events/3/nope')

  expect(spanish.response.status).toBe(404)
  expect(spanish.response.headers.get('content-type')).toBe('text/html; charset=utf-8')
  expect(spanish.response.headers.get('content-language')).toBe('es')
  expect(spanish.response.headers.get('content-security-policy')).toContain("default-src 'none'")
  expect(spanish.document.documentElement.lang).toBe('es')
  expect(spanish.document.querySelector('h1')?.textContent).toBe('Evento no encontrado')
  expect(spanish.document.querySelector('a[href="/calendar?lang=es"]')).not.toBeNull()
  expect(spanish.text).not.toContain('RCM admin')
  expect(english.response.status).toBe(404)
  expect(english.document.querySelector('h1')?.textContent).toBe('Event not found')
  expect((await fetch(`${api.url}/calendar/nope?lang=es`, { method: 'HEAD' })).status).toBe(404)
})

test('the calendar, its event pages and the admin app answer as before', async () => {
  const event = insertCompleteEvent(api, { title: { en: 'Forum', es: 'Foro' } }, 'published')

  const calendar = await fetchPage('/calendar?lang=es')
  const eventPage = await fetchPage(`/calendar/events/${event.id}?lang=es`)
  const noSuchEvent = await fetchPage('/calendar/events/abc?lang=es')
  const adminRoute = await fetchPage('/events/3/show')
  const api404 = await api.as('editor').request('/api/nothing')

  expect(calendar.response.status).toBe(200)
  expect(calendar.text).toContain('Foro')
  expect(eventPage.response.status).toBe(200)
  expect(eventPage.document.querySelector('h1')?.textContent).toBe('Foro')
  expect(noSuchEvent.response.status).toBe(404)
  expect(noSuchEvent.document.querySelector('h1')?.textContent).toBe('Evento no encontrado')
  expect(adminRoute).toMatchObject({ text: expect.stringContaining('RCM admin') })
  expect(adminRoute.response.status).toBe(200)
  expect(api404).toMatchObject({ status: 404, body: { message: 'Resource not found' } })
})
