import { afterEach, beforeEach, expect, test } from 'vitest'
import { eventsRepository } from '../../server/src/events/events.repository'
import { jsonBody, startTestApi, type TestApi } from '../support/api'
import { insertCompleteEvent } from '../support/workflow'
import { feedText } from './public-helpers'

let source: TestApi
let target: TestApi
let exported: string
beforeEach(async () => {
  source = await startTestApi()
  insertCompleteEvent(
    source,
    { title: { en: 'Regional forum', es: 'Foro regional' }, startDate: '2099-03-01', endDate: '2099-03-02' },
    'published',
  )
  insertCompleteEvent(
    source,
    { title: { en: 'Technical workshop', es: 'Taller técnico' }, startDate: null, endDate: null },
    'published',
  )
  exported = await feedText(source, 'events.csv')
  target = await startTestApi()
})
afterEach(async () => {
  await source.close()
  await target.close()
})

interface Report {
  isDryRun: boolean
  events: Array<{
    line: number | null
    sourceId: number | null
    id: number | null
    title: string
    action: string
    message: string
  }>
}

test('a dry run (the default) reports what each event would be and writes nothing', async () => {
  const response = await target.as('editor').send('POST', '/api/import', { format: 'csv', content: exported })

  expect(response.status).toBe(200)
  const report = response.body as Report
  expect(report.isDryRun).toBe(true)
  expect(report.events).toEqual([
    expect.objectContaining({
      line: 2,
      sourceId: 1,
      id: null,
      title: 'Regional forum',
      action: 'created',
      message: expect.stringContaining('new institution'),
    }),
    expect.objectContaining({ line: 3, sourceId: 2, id: null, title: 'Technical workshop', action: 'created' }),
  ])
  expect(eventsRepository.findAll(target.db)).toEqual([])
})

test('an editor imports drafts; the report names each event, and importing again leaves them unchanged', async () => {
  const editor = target.as('editor')
  const response = await editor.send('POST', '/api/import', { format: 'csv', content: exported, dryRun: false })

  expect(response.status).toBe(200)
  expect((response.body as Report).events.map((event) => [event.id, event.action])).toEqual([
    [1, 'created'],
    [2, 'created'],
  ])
  expect(eventsRepository.findAll(target.db).map((event) => [event.title.en, event.status])).toEqual([
    ['Regional forum', 'draft'],
    ['Technical workshop', 'draft'],
  ])
  const again = await editor.send('POST', '/api/import', { format: 'csv', content: exported, dryRun: false })
  expect((again.body as Report).events.map((event) => event.action)).toEqual(['unchanged', 'unchanged'])
  expect(eventsRepository.findAll(target.db)).toHaveLength(2)
})

test('importing published events needs a reviewer: 403 for an editor, and the public feed for a reviewer', async () => {
  const refused = await target
    .as('editor')
    .send('POST', '/api/import', { format: 'csv', content: exported, status: 'published', dryRun: false })

  expect(refused.status).toBe(403)
  expect(refused.body).toEqual({ message: 'Importing published events needs a reviewer or administrator' })
  expect(eventsRepository.findAll(target.db)).toEqual([])

  const accepted = await target
    .as('reviewer')
    .send('POST', '/api/import', { format: 'csv', content: exported, status: 'published', dryRun: false })
  expect(accepted.status).toBe(200)
  expect(await feedText(target, 'events.csv')).toBe(exported.replaceAll(source.url, target.url))
})

test('a real import is in the audit log with its counts', async () => {
  const reviewer = target.as('reviewer')
  await reviewer.send('POST', '/api/import', {
    format: 'json',
    content: await feedText(source, 'events.json'),
    dryRun: false,
  })

  const log = await target.request('/api/audit-log?filter={"action":"import"}')
  expect(log.status).toBe(200)
  expect(log.body).toEqual([
    expect.objectContaining({
      action: 'import',
      userId: reviewer.user?.id,
      details: expect.objectContaining({ format: 'json', status: 'draft', created: 2, failed: 0, eventIds: [1, 2] }),
    }),
  ])
})

test('a file that cannot be read is a 400 with the reason, at "content"', async () => {
  const editor = target.as('editor')
  const notJson = await editor.send('POST', '/api/import', { format: 'json', content: 'title,city\r\nForum,Lima\r\n' })
  const notAnExport = await editor.send('POST', '/api/import', {
    format: 'csv',
    content: 'title,city\r\nForum,Lima\r\n',
  })

  expect(notJson.status).toBe(400)
  expect((notJson.body as { message: string }).message).toMatch(/^This is not JSON/)
  expect(notAnExport.status).toBe(400)
  expect(notAnExport.body).toMatchObject({
    errors: { content: expect.stringContaining('This CSV is not an export of the calendar') },
  })
})

test('an event with invalid data is an error line in the report, the others are imported', async () => {
  const events = JSON.parse(await feedText(source, 'events.json')) as Array<Record<string, unknown>>
  const broken = [
    { ...events[0], startDate: '2026-02-30', contactEmails: ['not an email'], modality: 'on foot' },
    events[1],
  ]

  const response = await target
    .as('editor')
    .send('POST', '/api/import', { format: 'json', content: JSON.stringify(broken), dryRun: false })

  expect(response.status).toBe(200)
  const [first, second] = (response.body as Report).events
  expect(first).toMatchObject({ line: null, sourceId: 1, id: null, title: 'Regional forum', action: 'error' })
  expect(first?.message).toContain('the start date: invalid ISO date')
  // A choice outside the list names the field once, then the choices.
  expect(first?.message).toMatch(/modality: must be one of: in_person, virtual, hybrid/)
  expect(first?.message).not.toMatch(/modality: modality/)
  expect(second).toMatchObject({ action: 'created', id: 2 })
})

test('an event that fails takes its new venue and institution with it; a later event naming them gets them anew', async () => {
  const [forum, workshop] = JSON.parse(await feedText(source, 'events.json')) as Array<Record<string, unknown>>
  const venue = (name: string) => ({ name: { en: name, es: name }, city: 'San Salvador', country: 'SV', address: null })
  const institution = (acronym: string) => ({
    name: { en: `${acronym} office`, es: `Oficina ${acronym}` },
    acronym: { en: acronym, es: acronym },
  })
  const file = [
    { ...forum, contactEmails: ['not an email'], venue: venue('Hotel Alpha'), institutions: [institution('ALPHA')] },
    // Its venue and institution are created where the failed event's were rolled back, and so get their ids.
    { ...workshop, venue: venue('Hotel Beta'), institutions: [institution('BETA')] },
    {
      ...forum,
      id: 3,
      url: `${source.url}/calendar#event-3`,
      venue: venue('Hotel Alpha'),
      institutions: [institution('ALPHA')],
    },
  ]

  const response = await target
    .as('editor')
    .send('POST', '/api/import', { format: 'json', content: JSON.stringify(file), dryRun: false })

  expect((response.body as Report).events.map((event) => [event.id, event.action])).toEqual([
    [null, 'error'],
    [2, 'created'],
    [3, 'created'],
  ])
  const stored = await target.request('/api/events/3')
  const { venueId, institutionIds } = stored.body as { venueId: number; institutionIds: number[] }
  expect((await target.request(`/api/venues/${venueId}`)).body).toMatchObject({ name: { en: 'Hotel Alpha' } })
  expect((await target.request(`/api/institutions/${institutionIds[0]}`)).body).toMatchObject({
    acronym: { en: 'ALPHA' },
  })
  const venues = await target.request('/api/venues?sort=["id","ASC"]')
  expect((venues.body as Array<{ name: { en: string } }>).map((stored) => stored.name.en)).toEqual([
    'Hotel Beta',
    'Hotel Alpha',
  ])
})

test('a CSV description at the length limit, quotes and apostrophes included, reads back as it was stored', async () => {
  // The limit counts the markup as stored: the sanitizer writes quotes in text as they are.
  const description = `<p>${'It\'s the "regional" forum. '.repeat(800).slice(0, 20_000 - '<p>.</p>'.length)}.</p>`
  expect(description).toHaveLength(20_000)
  const event = insertCompleteEvent(
    source,
    { title: { en: 'Long description', es: 'Descripción larga' }, description: { en: description, es: '' } },
    'published',
  )
  const csv = await feedText(source, 'events.csv')

  const response = await target
    .as('reviewer')
    .send('POST', '/api/import', { format: 'csv', content: csv, status: 'published', dryRun: false })

  expect((response.body as Report).events.map((imported) => [imported.title, imported.action])).toContainEqual([
    'Long description',
    'created',
  ])
  expect(eventsRepository.findById(target.db, event.id)?.description.en).toBe(description)
})

test('bad requests: per-field errors for the body, 413 that points to the command line for a file over 1 MB', async () => {
  const editor = target.as('editor')
  const missing = await editor.send('POST', '/api/import', { content: '' })
  const unknown = await editor.send('POST', '/api/import', { format: 'csv', content: 'x', lang: 'en' })
  const tooLarge = await editor.send('POST', '/api/import', { format: 'csv', content: 'x'.repeat(1_100_000) })

  expect(missing.status).toBe(400)
  expect(missing.body).toMatchObject({ errors: { format: expect.any(String), content: 'The file is empty' } })
  expect(unknown.status).toBe(400)
  expect(unknown.body).toMatchObject({ errors: { lang: 'This field does not exist' } })
  expect(tooLarge.status).toBe(413)
  expect(tooLarge.body).toEqual({
    message: 'The file is larger than 1 MB: import it on the server with npm run import -- FILE --format json|csv',
  })
})

test('the report and a refused file are in Spanish for a client that asks for Spanish', async () => {
  const spanish = { 'Accept-Language': 'es' }

  const report = await target
    .as('editor')
    .request('/api/import', jsonBody('POST', { format: 'csv', content: exported }, spanish))
  const notAnExport = await target
    .as('editor')
    .request('/api/import', jsonBody('POST', { format: 'json', content: '{"events": []}' }, spanish))

  expect((report.body as Report).events[0]).toMatchObject({
    action: 'created',
    message: expect.stringContaining('institución nueva'),
  })
  expect(notAnExport).toMatchObject({
    status: 400,
    body: {
      message: expect.stringMatching(/^Este JSON no es una exportación del calendario/),
      errors: { content: expect.stringMatching(/^Este JSON/) },
    },
  })
})
