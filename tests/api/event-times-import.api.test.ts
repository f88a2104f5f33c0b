import type { Event, PublicEvent } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { eventsRepository } from '../../server/src/events/events.repository'
import { startTestApi, type TestApi } from '../support/api'
import { insertCompleteEvent } from '../support/workflow'
import { feedText } from './public-helpers'

let source: TestApi
let target: TestApi
beforeEach(async () => {
  source = await startTestApi()
  target = await startTestApi()
})
afterEach(async () => {
  await source.close()
  await target.close()
})

interface Report {
  events: Array<{ action: string; message: string }>
}

const TIMED = {
  startDate: '2026-03-10',
  endDate: null,
  startTime: '10:00',
  endTime: '12:30',
  timeZone: 'America/El_Salvador',
  modality: 'virtual' as const,
}

const times = (event: Event) => [
  event.startTime,
  event.endTime,
  event.timeZone,
  event.meetingUrl,
  event.meetingUrlPublic,
]

test('the JSON and CSV exports bring the times back, the public link too; importing again leaves the event unchanged', async () => {
  insertCompleteEvent(
    source,
    { ...TIMED, meetingUrl: 'https://meet.example.org/open', meetingUrlPublic: true },
    'published',
  )
  const editor = target.as('editor')

  for (const format of ['json', 'csv'] as const) {
    const content = await feedText(source, `events.${format}`)
    const first = await editor.send('POST', '/api/import', { format, content, dryRun: false })
    const again = await editor.send('POST', '/api/import', { format, content, dryRun: false })

    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect((again.body as Report).events.map((event) => event.action)).toEqual(['unchanged'])
  }
  // The CSV has no meeting link column: the link the JSON brought stays.
  expect(eventsRepository.findAll(target.db).map(times)).toEqual([
    ['10:00', '12:30', 'America/El_Salvador', 'https://meet.example.org/open', true],
  ])
})

test('a private meeting link stays when an export of the event comes back; a JSON export made before the times imports as all day', async () => {
  const event = insertCompleteEvent(source, { ...TIMED, meetingUrl: 'https://meet.example.org/private' }, 'published')
  const content = await feedText(source, 'events.json')

  const response = await source.as('reviewer').send('POST', '/api/import', { format: 'json', content, dryRun: false })

  expect((response.body as Report).events.map((row) => row.action)).toEqual(['unchanged'])
  expect(times(eventsRepository.findById(source.db, event.id)!)).toEqual([
    '10:00',
    '12:30',
    'America/El_Salvador',
    'https://meet.example.org/private',
    false,
  ])
  const older = (JSON.parse(content) as PublicEvent[]).map(
    ({ startTime: _s, endTime: _e, timeZone: _z, meetingUrl: _m, ...rest }) => rest,
  )
  const imported = await target
    .as('editor')
    .send('POST', '/api/import', { format: 'json', content: JSON.stringify(older), dryRun: false })
  expect((imported.body as Report).events.map((row) => row.action)).toEqual(['created'])
  expect(eventsRepository.findAll(target.db).map(times)).toEqual([[null, null, null, null, false]])
})
