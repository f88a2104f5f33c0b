import ICAL from 'ical.js'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { insertCompleteEvent } from '../support/workflow'
import { feedText, vevents } from './public-helpers'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

/** A published one-day event from 10:00 to 11:30 in `timeZone`, titled with its date. */
const timed = (startDate: string, timeZone: string) =>
  insertCompleteEvent(
    api,
    {
      startDate,
      endDate: null,
      startTime: '10:00',
      endTime: '11:30',
      timeZone,
      title: { en: startDate, es: startDate },
    },
    'published',
  )

/** Each VEVENT's SUMMARY with the instants ical.js reads for its DTSTART and DTEND (ISO, UTC). */
function instants(text: string): Record<string, [string, string | null]> {
  return Object.fromEntries(
    vevents(text).map((vevent) => {
      const event = new ICAL.Event(vevent)
      const end = vevent.hasProperty('dtend') ? event.endDate.toJSDate().toISOString() : null
      return [String(vevent.getFirstPropertyValue('summary')), [event.startDate.toJSDate().toISOString(), end]]
    }),
  )
}

test('timed events carry their TZID and a VTIMEZONE, and ical.js reads the right instant on both sides of each DST change', async () => {
  // New York: daylight time from 8 March to 1 November 2026. Mexico City: daylight time until October 2022, none since.
  for (const date of ['2026-03-07', '2026-03-09', '2026-10-30', '2026-11-02']) timed(date, 'America/New_York')
  for (const date of ['2021-07-01', '2023-07-01']) timed(date, 'America/Mexico_City')
  insertCompleteEvent(
    api,
    { startDate: '2026-03-08', endDate: null, title: { en: 'all day', es: 'todo el día' } },
    'published',
  )

  const text = await feedText(api, 'events.ics')

  expect(instants(text)).toEqual({
    '2026-03-07': ['2026-03-07T15:00:00.000Z', '2026-03-07T16:30:00.000Z'],
    '2026-03-09': ['2026-03-09T14:00:00.000Z', '2026-03-09T15:30:00.000Z'],
    '2026-10-30': ['2026-10-30T14:00:00.000Z', '2026-10-30T15:30:00.000Z'],
    '2026-11-02': ['2026-11-02T15:00:00.000Z', '2026-11-02T16:30:00.000Z'],
    '2021-07-01': ['2021-07-01T15:00:00.000Z', '2021-07-01T16:30:00.000Z'],
    '2023-07-01': ['2023-07-01T16:00:00.000Z', '2023-07-01T17:30:00.000Z'],
    'all day': ['2026-03-08T00:00:00.000Z', '2026-03-09T00:00:00.000Z'],
  })
  const calendar = new ICAL.Component(ICAL.parse(text))
  const zones = calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))
  expect(zones.sort()).toEqual(['America/Mexico_City', 'America/New_York'])
  const starts = vevents(text).map((vevent) => vevent.getFirstProperty('dtstart'))
  const newYork = starts.find((start) => start?.getParameter('tzid') === 'America/New_York')
  expect(String(newYork?.getFirstValue())).toMatch(/^2026-\d\d-\d\dT10:00:00$/)
  const allDay = vevents(text).find((vevent) => vevent.getFirstPropertyValue('summary') === 'all day')
  expect(allDay?.getFirstProperty('dtstart')?.type).toBe('date')
})

test("a several-day event without an end time lasts to the end of its last day; one event's own file has its VTIMEZONE", async () => {
  const event = insertCompleteEvent(
    api,
    { startDate: '2026-10-30', endDate: '2026-11-02', startTime: '09:00', timeZone: 'America/New_York' },
    'published',
  )

  const text = await feedText(api, `events/${event.id}.ics`)

  const [vevent] = vevents(text)
  const parsed = new ICAL.Event(vevent!)
  expect(parsed.startDate.toJSDate().toISOString()).toBe('2026-10-30T13:00:00.000Z')
  expect(parsed.endDate.toJSDate().toISOString()).toBe('2026-11-03T05:00:00.000Z')
  expect(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
    'America/New_York',
  )
})
