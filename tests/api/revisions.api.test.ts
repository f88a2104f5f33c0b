import type { Event, Revision } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi, type TestClient } from '../support/api'
import { insertCompleteEvent } from '../support/workflow'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const revisionsOf = async (eventId: number, client: TestClient = api): Promise<Revision[]> => {
  const { data } = await client.dataProvider.getManyReference<Revision>('revisions', {
    target: 'eventId',
    id: eventId,
    filter: {},
    sort: { field: 'id', order: 'ASC' },
    pagination: { page: 1, perPage: 50 },
  })
  return data
}

test('every save and every workflow step stores the whole record, who, when and which step', async () => {
  const editor = api.as('editor')
  const reviewer = api.as('reviewer')
  const { data: created } = await editor.dataProvider.create<Event>('events', { data: insertableInput() })
  const { data: edited } = await editor.dataProvider.update<Event>('events', {
    id: created.id,
    data: { ...created, city: 'Tegucigalpa' },
    previousData: created,
  })
  await editor.send('POST', `/api/events/${created.id}/submit`)
  await reviewer.send('POST', `/api/events/${created.id}/publish`, { comment: 'Good to go' })

  const revisions = await revisionsOf(created.id, reviewer)

  expect(revisions.map((revision) => [revision.action, revision.version, revision.userId, revision.comment])).toEqual([
    ['create', 1, editor.user?.id, null],
    ['update', 2, editor.user?.id, null],
    ['submit', 3, editor.user?.id, null],
    ['publish', 4, reviewer.user?.id, 'Good to go'],
  ])
  // Editors cannot read /api/users, yet the timeline names who did each step.
  expect((await revisionsOf(created.id, editor)).map((revision) => revision.userName)).toEqual([
    editor.user?.fullName,
    editor.user?.fullName,
    editor.user?.fullName,
    reviewer.user?.fullName,
  ])
  expect(revisions[0]?.data).toEqual(created)
  expect(revisions[1]?.data).toEqual(edited)
  expect(revisions[3]?.data).toMatchObject({ status: 'published', city: 'Tegucigalpa' })
})

function insertableInput() {
  const institution = api.insertInstitution()
  return {
    title: { en: 'Regional forum', es: 'Foro regional' },
    city: 'San José',
    institutionIds: [institution.id],
    contactEmails: ['crmst@iom.int'],
  }
}

test('a save that changes nothing stores no revision', async () => {
  const event = api.insertEvent()

  await api.dataProvider.update<Event>('events', { id: event.id, data: event, previousData: event })

  expect((await revisionsOf(event.id)).map((revision) => revision.action)).toEqual(['create'])
})

test('revisions are read-only (405) and a revision of another id is a 404', async () => {
  const event = api.insertEvent()
  const [revision] = await revisionsOf(event.id)

  expect(await api.request(`/api/revisions/${revision?.id}`)).toMatchObject({ status: 200, body: revision })
  expect((await api.send('POST', '/api/revisions', {})).status).toBe(405)
  expect((await api.send('PUT', `/api/revisions/${revision?.id}`, {})).status).toBe(405)
  expect((await api.send('DELETE', `/api/revisions/${revision?.id}`)).status).toBe(405)
  expect((await api.request('/api/revisions/9999')).status).toBe(404)
  expect(() => api.db.prepare('UPDATE event_revisions SET comment = ?').run('x')).toThrow(/append-only/)
})

test('restoring an old revision makes a new version and a new revision, never rewriting history', async () => {
  const event = api.insertEvent({ title: { en: 'Original', es: 'Original' } })
  const { data: renamed } = await api.dataProvider.update<Event>('events', {
    id: event.id,
    data: { ...event, title: { en: 'Renamed', es: 'Renombrado' } },
    previousData: event,
  })
  const [first] = await revisionsOf(event.id)

  const restored = await api.as('editor').send('POST', `/api/events/${event.id}/restore`, { revisionId: first?.id })

  expect(restored).toMatchObject({
    status: 200,
    body: { title: { en: 'Original', es: 'Original' }, version: renamed.version + 1 },
  })
  const revisions = await revisionsOf(event.id)
  expect(revisions.map((revision) => revision.action)).toEqual(['create', 'update', 'restore'])
  expect(revisions[0]).toEqual(first)
  expect(revisions[2]?.comment).toContain(`revision ${first?.id}`)
  expect((await api.request(`/api/audit-log?filter={"action":"events.restore"}`)).body).toHaveLength(1)
})

test('restoring on a published event keeps the public copy; it marks unpublished changes unless it restores what is published', async () => {
  const event = insertCompleteEvent(api, { title: { en: 'Public title', es: '' } }, 'published')
  const edited = await api.dataProvider.update<Event>('events', {
    id: event.id,
    data: { ...event, title: { en: 'Draft title', es: '' } },
    previousData: event,
  })
  await api.dataProvider.update<Event>('events', {
    id: event.id,
    data: { ...edited.data, title: { en: 'Second draft title', es: '' } },
    previousData: edited.data,
  })
  const [published, draft] = await revisionsOf(event.id)

  const restoredDraft = await api.send('POST', `/api/events/${event.id}/restore`, { revisionId: draft?.id })
  expect(restoredDraft.body).toMatchObject({
    status: 'published',
    hasUnpublishedChanges: true,
    title: { en: 'Draft title' },
  })
  const restoredPublished = await api.send('POST', `/api/events/${event.id}/restore`, { revisionId: published?.id })
  expect(restoredPublished.body).toMatchObject({
    status: 'published',
    hasUnpublishedChanges: false,
    title: { en: 'Public title' },
  })
  const publicPage = await fetch(`${api.url}/api/public/events.json`)
  expect(JSON.stringify(await publicPage.json())).toContain('Public title')
})

test('restore refuses a revision of another event (404), a stale version (409) and a missing revisionId (400)', async () => {
  const event = api.insertEvent()
  const other = api.insertEvent()
  const [otherRevision] = await revisionsOf(other.id)
  const [own] = await revisionsOf(event.id)

  expect((await api.send('POST', `/api/events/${event.id}/restore`, { revisionId: otherRevision?.id })).status).toBe(
    404,
  )
  expect((await api.send('POST', `/api/events/${event.id}/restore`, { revisionId: own?.id, version: 99 })).status).toBe(
    409,
  )
  expect((await api.send('POST', `/api/events/${event.id}/restore`, {})).status).toBe(400)
})

test('keeps the history of a deleted event, ending with its deletion', async () => {
  const event = api.insertEvent()

  await api.send('DELETE', `/api/events/${event.id}`)

  expect((await revisionsOf(event.id)).map((revision) => revision.action)).toEqual(['create', 'delete'])
})
