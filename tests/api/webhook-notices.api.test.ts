import { WebhookNoticeBodySchema, type Event } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { runDueSchedules } from '../../server/src/schedules/schedules.service'
import { startTestApi, type TestApi } from '../support/api'
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver'
import { advance, deliveriesOf, registerWebhook, testWorker } from '../support/webhooks'
import { editTitle, eventInState, insertCompleteEvent } from '../support/workflow'

let api: TestApi
let receiver: WebhookReceiver
beforeEach(async () => {
  api = await startTestApi()
  receiver = await startWebhookReceiver()
})
afterEach(async () => {
  await receiver.close()
  await api.close()
})

const step = (event: Pick<Event, 'id'>, name: string) =>
  api.as('reviewer').send('POST', `/api/events/${event.id}/${name}`)

/** What the receiver got, oldest first, each body in the shape of the shared schema: type, event id and English title. */
async function deliveredNotices() {
  await testWorker(api).runOnce()
  return receiver.received.map((notice) => {
    const { type, event } = WebhookNoticeBodySchema.parse(JSON.parse(notice.body))
    return [type, event?.id, event?.title.en, event?.publishedAt === null ? 'not public' : 'public']
  })
}

test('publish, republish, unpublish and archive each queue their notice, in the same step', async () => {
  const webhook = await registerWebhook(api, receiver.url)
  const event = insertCompleteEvent(
    api,
    { title: { en: 'Seminar on return', es: 'Seminario sobre retorno' } },
    'in_review',
  )

  await step(event, 'publish')
  editTitle(
    api,
    { ...(await api.dataProvider.getOne<Event>('events', { id: event.id })).data },
    'Seminar on safe return',
  )
  await step(event, 'publish')
  await step(event, 'unpublish')
  await step(event, 'publish')
  await step(event, 'archive')

  expect(await deliveredNotices()).toEqual([
    ['published', event.id, 'Seminar on return', 'public'],
    ['republished', event.id, 'Seminar on safe return', 'public'],
    ['unpublished', event.id, 'Seminar on safe return', 'not public'],
    ['published', event.id, 'Seminar on safe return', 'public'],
    ['archived', event.id, 'Seminar on safe return', 'not public'],
  ])
  expect((await deliveriesOf(api, webhook.id)).map((delivery) => delivery.status)).toEqual(Array(5).fill('succeeded'))
})

test('an unpublish or archive notice carries the public title, never an unpublished edit', async () => {
  await registerWebhook(api, receiver.url)
  const unpublished = eventInState(api, 'published_with_changes')
  const archived = eventInState(api, 'published_with_changes')
  const publicTitle = (await api.request(`/api/public/events.json`)).body as Array<{
    id: number
    title: { en: string }
  }>

  await step(unpublished, 'unpublish')
  await step(archived, 'archive')

  const notices = await deliveredNotices()
  expect(notices.map(([type]) => type)).toEqual(['unpublished', 'archived'])
  for (const [, id, title] of notices) {
    expect(title).toBe(publicTitle.find((event) => event.id === id)?.title.en)
    expect(title).not.toBe('Edited after publishing')
  }
  expect(receiver.received.map((notice) => notice.body).join('')).not.toContain('Edited after publishing')
})

test('queues nothing for saves, submits, requests for changes, refused steps, or archiving what was never public', async () => {
  const webhook = await registerWebhook(api, receiver.url)
  const draft = insertCompleteEvent(api)
  const incomplete = api.insertEvent({ city: '' }, 'in_review')

  await api
    .as('editor')
    .send('PUT', `/api/events/${draft.id}`, { ...draft, title: { en: 'Renamed draft', es: 'Borrador' } })
  await api.as('editor').send('POST', `/api/events/${draft.id}/submit`)
  await api.as('reviewer').send('POST', `/api/events/${draft.id}/request-changes`, { comment: 'Add the venue' })
  expect((await step(incomplete, 'publish')).status).toBe(409)
  await step(draft, 'archive')
  const published = eventInState(api, 'published')
  await api.send('PUT', `/api/events/${published.id}`, {
    ...published,
    title: { en: 'Unpublished edit', es: 'Edición' },
  })

  expect((await deliveriesOf(api, webhook.id)).map((delivery) => delivery.type)).toEqual(['published'])
})

test('only active webhooks that want the notice get it', async () => {
  const all = await registerWebhook(api, receiver.url)
  const archivesOnly = await registerWebhook(api, receiver.url, ['archived'])
  const inactive = await registerWebhook(api, receiver.url, ['published'], false)

  await step(insertCompleteEvent(api, {}, 'in_review'), 'publish')

  expect((await deliveriesOf(api, all.id)).map((delivery) => delivery.type)).toEqual(['published'])
  expect(await deliveriesOf(api, archivesOnly.id)).toEqual([])
  expect(await deliveriesOf(api, inactive.id)).toEqual([])
})

test('scheduled steps, bulk steps and deleting a published event queue notices too', async () => {
  const webhook = await registerWebhook(api, receiver.url)
  const scheduled = insertCompleteEvent(api, {}, 'in_review')
  const bulk = [eventInState(api, 'published'), eventInState(api, 'published')]
  const deleted = eventInState(api, 'published')
  await api.as('reviewer').send('POST', `/api/events/${scheduled.id}/schedule`, {
    publishAt: new Date(api.clock.now.getTime() + 60_000).toISOString(),
  })

  advance(api, 61_000)
  runDueSchedules(api.db, api.clock.now)
  await api.as('reviewer').send('POST', '/api/events/bulk', { step: 'unpublish', ids: bulk.map((event) => event.id) })
  await api.as('reviewer').send('DELETE', `/api/events/${deleted.id}`)

  // The three published by insertion come first: creating an event as published is a publish too.
  expect((await deliveriesOf(api, webhook.id)).slice(3).map((delivery) => [delivery.type, delivery.eventId])).toEqual([
    ['published', scheduled.id],
    ['unpublished', bulk[0]?.id],
    ['unpublished', bulk[1]?.id],
    ['unpublished', deleted.id],
  ])
})
