import type { Event } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { editTitle, insertCompleteEvent } from '../support/workflow'
import { fetchFeed, feedText, vevents } from './public-helpers'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const LONG_TITLE =
  'Reunión técnica de la Conferencia Regional sobre Migración: niñez, adolescencia y protección internacional en Centroamérica, México y el Caribe'

test('a valid calendar with one VEVENT per dated event; undated ones counted in a header', async () => {
  const twoDays = insertCompleteEvent(api, { startDate: '2026-05-12', endDate: '2026-05-13' }, 'published')
  const oneDay = insertCompleteEvent(
    api,
    { startDate: '2026-12-31', endDate: null, title: { en: 'Year end', es: LONG_TITLE } },
    'published',
  )
  insertCompleteEvent(api, { startDate: null, endDate: null }, 'published')
  insertCompleteEvent(api, { startDate: null, endDate: null }, 'published')

  const response = await fetchFeed(api, 'events.ics')
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
  expect(response.headers.get('x-undated-events-omitted')).toBe('2')

  const host = new URL(api.url).hostname
  const expected = [
    [`event-${twoDays.id}@${host}`, '2026-05-12', '2026-05-14'],
    [`event-${oneDay.id}@${host}`, '2026-12-31', '2027-01-01'],
  ]
  const parsed = vevents(response.text).map((vevent) => [
    vevent.getFirstPropertyValue('uid'),
    String(vevent.getFirstPropertyValue('dtstart')),
    String(vevent.getFirstPropertyValue('dtend')),
  ])
  expect(parsed.sort()).toEqual(expected.sort())
  for (const vevent of vevents(response.text)) {
    expect(vevent.getFirstProperty('dtstart')?.type).toBe('date')
    expect(vevent.getFirstPropertyValue('dtstamp')).toBeTruthy()
    expect(vevent.getFirstPropertyValue('organizer')).toBe('mailto:crmst@iom.int')
  }
  expect(response.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
  expect(response.text.endsWith('END:VCALENDAR\r\n')).toBe(true)
})

test('the UID is the same in every language and fetch; Spanish texts folded at 75 octets and unfolded intact', async () => {
  const event = insertCompleteEvent(api, { title: { en: 'Year end', es: LONG_TITLE } }, 'published')
  const english = await feedText(api, 'events.ics')
  const spanish = await feedText(api, 'events.ics?lang=es')

  const uid = (text: string) => vevents(text)[0]?.getFirstPropertyValue('uid')
  expect(uid(spanish)).toBe(uid(english))
  expect(uid(await feedText(api, 'events.ics?lang=en'))).toBe(uid(english))
  expect(vevents(english)[0]?.getFirstPropertyValue('summary')).toBe('Year end')
  expect(vevents(spanish)[0]?.getFirstPropertyValue('summary')).toBe(LONG_TITLE)
  expect(spanish).toContain('X-WR-CALNAME:Calendario de eventos de la CRM')
  expect(vevents(spanish)[0]?.getFirstPropertyValue('url')).toBe(`${api.url}/calendar/events/${event.id}?lang=es`)
  for (const line of spanish.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
  expect(spanish.replace(/\r\n /g, '')).toContain(`SUMMARY:${LONG_TITLE.replace(/,/g, '\\,')}`)
})

test('SEQUENCE grows with each republish, and the feed shows the republished text', async () => {
  const reviewer = api.as('reviewer')
  const event = insertCompleteEvent(api, {}, 'published')
  const sequence = async () => vevents(await feedText(api, 'events.ics'))[0]?.getFirstPropertyValue('sequence')
  const first = await sequence()

  editTitle(api, event, 'Second edition; revised, again')
  await reviewer.send('POST', `/api/events/${event.id}/publish`)
  expect(await sequence()).toBe(Number(first) + 1)
  expect(vevents(await feedText(api, 'events.ics'))[0]?.getFirstPropertyValue('summary')).toBe(
    'Second edition; revised, again',
  )

  editTitle(api, (await api.request(`/api/events/${event.id}`)).body as Event, 'Third edition')
  await reviewer.send('POST', `/api/events/${event.id}/publish`)
  expect(await sequence()).toBe(Number(first) + 2)
})
