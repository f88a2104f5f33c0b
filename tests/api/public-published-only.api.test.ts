import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { editTitle, insertCompleteEvent } from '../support/workflow'
import { feedText } from './public-helpers'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const FEEDS = ['events.json', 'events.csv', 'events.ics'] as const
const QUERIES = ['', '?lang=en', '?lang=es', '?from=2026-01-01', '?to=2030-12-31&lang=es'] as const
const marked = (marker: string) => ({
  title: { en: `${marker} en`, es: `${marker} es` },
  description: { en: `<p>${marker}</p>`, es: `<p>${marker}</p>` },
})

test('a marker in a draft, an event in review, an unpublished edit, an unpublished or an archived event is in no feed', async () => {
  const reviewer = api.as('reviewer')
  insertCompleteEvent(api, { title: { en: 'Visible forum', es: 'Foro visible' } }, 'published')
  insertCompleteEvent(api, marked('SECRET-DRAFT'))
  insertCompleteEvent(api, marked('SECRET-REVIEW'), 'in_review')
  editTitle(api, insertCompleteEvent(api, {}, 'published'), 'SECRET-EDIT')
  const unpublished = insertCompleteEvent(api, marked('SECRET-UNPUBLISHED'), 'published')
  const archived = insertCompleteEvent(api, marked('SECRET-ARCHIVED'), 'published')
  expect((await reviewer.send('POST', `/api/events/${unpublished.id}/unpublish`)).status).toBe(200)
  expect((await reviewer.send('POST', `/api/events/${archived.id}/archive`)).status).toBe(200)

  for (const feed of FEEDS) {
    for (const query of QUERIES) {
      const text = await feedText(api, `${feed}${query}`)
      expect(text, `${feed}${query}`).toMatch(/Visible forum|Foro visible/)
      expect(text, `${feed}${query}`).not.toContain('SECRET')
    }
  }
})

test('publishing the edit makes it public in every feed at once; unpublishing removes it from every feed', async () => {
  const reviewer = api.as('reviewer')
  const event = editTitle(api, insertCompleteEvent(api, {}, 'published'), 'Republished title')
  for (const feed of FEEDS) expect(await feedText(api, feed)).not.toContain('Republished title')

  expect((await reviewer.send('POST', `/api/events/${event.id}/publish`)).status).toBe(200)
  for (const feed of FEEDS) expect(await feedText(api, feed)).toContain('Republished title')

  expect((await reviewer.send('POST', `/api/events/${event.id}/unpublish`)).status).toBe(200)
  for (const feed of FEEDS) expect(await feedText(api, feed)).not.toContain('Republished title')
})
