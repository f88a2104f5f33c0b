import type { AuditEntry, Webhook } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const input = (overrides: Partial<Webhook> = {}) => ({
  url: 'https://www.crmsv.org/hooks/calendar',
  description: 'RCM website',
  notices: ['published', 'unpublished'],
  active: true,
  ...overrides,
})

async function auditOf(id: number): Promise<AuditEntry[]> {
  const response = await api.request(
    `/api/audit-log?filter=${encodeURIComponent(JSON.stringify({ targetType: 'webhooks', targetId: id }))}&sort=["id","ASC"]`,
  )
  return response.body as AuditEntry[]
}

test('runs the data provider contract for webhooks, with a secret the server generates', async () => {
  const { data: created } = await api.dataProvider.create<Webhook>('webhooks', {
    data: { ...input(), secret: 'chosen by the client' },
  })
  const { data: list, total } = await api.dataProvider.getList<Webhook>('webhooks', {
    filter: { q: 'website' },
    sort: { field: 'url', order: 'ASC' },
    pagination: { page: 1, perPage: 10 },
  })
  const { data: updated } = await api.dataProvider.update<Webhook>('webhooks', {
    id: created.id,
    data: { ...created, notices: ['archived', 'published'], active: false },
    previousData: created,
  })
  const { data: one } = await api.dataProvider.getOne<Webhook>('webhooks', { id: created.id })
  const { data: deleted } = await api.dataProvider.delete<Webhook>('webhooks', {
    id: created.id,
    previousData: updated,
  })

  expect(created).toMatchObject({
    id: expect.any(Number),
    ...input(),
    secret: expect.stringMatching(/^whsec_[A-Za-z0-9_-]{43}$/),
  })
  expect([list, total]).toEqual([[created], 1])
  // Notices come back in their canonical order, whatever order they were sent in.
  expect(updated).toMatchObject({ notices: ['published', 'archived'], active: false, secret: created.secret })
  expect(one).toEqual(updated)
  expect(deleted).toEqual(updated)
  expect((await api.request(`/api/webhooks/${created.id}`)).status).toBe(404)
})

test('rotates the secret on request; the old one is gone', async () => {
  const { data: webhook } = await api.dataProvider.create<Webhook>('webhooks', { data: input() })

  const rotated = await api.send('POST', `/api/webhooks/${webhook.id}/rotate-secret`)

  expect(rotated).toMatchObject({ status: 200, body: { id: webhook.id, secret: expect.stringMatching(/^whsec_/) } })
  expect((rotated.body as Webhook).secret).not.toBe(webhook.secret)
  expect((await api.request(`/api/webhooks/${webhook.id}`)).body).toMatchObject({
    secret: (rotated.body as Webhook).secret,
  })
  expect((await api.send('POST', '/api/webhooks/999/rotate-secret')).status).toBe(404)
})

test('validates webhooks: an http(s) URL without credentials, at least one known notice, no unknown field', async () => {
  const cases = [
    [input({ url: 'ftp://files.example.org/x' }), 'url'],
    [input({ url: 'not a url' }), 'url'],
    [input({ url: '' }), 'url'],
    [input({ url: 'https://editor:hunter2@www.crmsv.org/hooks' }), 'url'],
    [input({ url: 'https://token@www.crmsv.org/hooks' }), 'url'],
    [input({ url: `https://www.crmsv.org/${'x'.repeat(2000)}` }), 'url'],
    [input({ notices: [] }), 'notices'],
    [{ ...input(), notices: ['published', 'deleted'] }, 'notices.1'],
    [{ ...input(), active: 'yes' }, 'active'],
    [{ ...input(), headers: { Authorization: 'x' } }, 'headers'],
  ] as const

  for (const [body, field] of cases) {
    const response = await api.send('POST', '/api/webhooks', body)
    expect(response, JSON.stringify(body).slice(0, 80)).toMatchObject({
      status: 400,
      body: { errors: { [field]: expect.any(String) } },
    })
  }
  const { data: webhook } = await api.dataProvider.create<Webhook>('webhooks', {
    data: input({ url: 'http://127.0.0.1:8080/hook', allowPrivateNetwork: true }),
  })
  expect(webhook.url).toBe('http://127.0.0.1:8080/hook')
  expect(
    await api.send('PUT', `/api/webhooks/${webhook.id}`, { ...webhook, url: 'javascript:alert(1)' }),
  ).toMatchObject({ status: 400, body: { errors: { url: expect.any(String) } } })
  expect(await api.send('PUT', '/api/webhooks/999', input())).toMatchObject({ status: 404 })
})

test('refuses webhooks and their deliveries to editors and reviewers with 403, and to the signed-out with 401', async () => {
  const { data: webhook } = await api.dataProvider.create<Webhook>('webhooks', { data: input() })
  const calls: Array<[string, string, unknown?]> = [
    ['GET', '/api/webhooks'],
    ['POST', '/api/webhooks', input()],
    ['GET', `/api/webhooks/${webhook.id}`],
    ['PUT', `/api/webhooks/${webhook.id}`, input()],
    ['DELETE', `/api/webhooks/${webhook.id}`],
    ['POST', `/api/webhooks/${webhook.id}/rotate-secret`],
    ['POST', `/api/webhooks/${webhook.id}/test`],
    ['GET', '/api/webhook-deliveries'],
    ['GET', '/api/webhook-deliveries/1'],
    ['POST', '/api/webhook-deliveries/1/redeliver'],
  ]
  for (const [method, path, body] of calls) {
    for (const role of ['editor', 'reviewer'] as const)
      expect((await api.as(role).send(method, path, body)).status, `${role} ${method} ${path}`).toBe(403)
    expect((await api.anonymous().send(method, path, body)).status, `anonymous ${method} ${path}`).toBe(401)
  }
  expect((await api.request(`/api/webhooks/${webhook.id}`)).body).toMatchObject({ secret: webhook.secret })
})

test('audits creating, changing, rotating and deleting a webhook, never with its secret', async () => {
  const { data: webhook } = await api.dataProvider.create<Webhook>('webhooks', { data: input() })
  await api.send('PUT', `/api/webhooks/${webhook.id}`, { ...webhook, description: 'Website (production)' })
  const rotated = await api.send('POST', `/api/webhooks/${webhook.id}/rotate-secret`)
  await api.send('DELETE', `/api/webhooks/${webhook.id}`)

  const entries = await auditOf(webhook.id)

  expect(entries.map((entry) => [entry.action, entry.userId])).toEqual([
    ['webhooks.create', api.user?.id],
    ['webhooks.update', api.user?.id],
    ['webhooks.rotate-secret', api.user?.id],
    ['webhooks.delete', api.user?.id],
  ])
  expect(entries[0]?.details).toEqual({
    url: webhook.url,
    description: 'RCM website',
    notices: ['published', 'unpublished'],
    active: true,
    allowPrivateNetwork: false,
  })
  expect(entries[1]?.details).toEqual({ description: { from: 'RCM website', to: 'Website (production)' } })
  const logText = JSON.stringify(entries)
  expect(logText).not.toContain(webhook.secret)
  expect(logText).not.toContain((rotated.body as Webhook).secret)
})

test('webhook deliveries are read-only: writes are a 405', async () => {
  expect((await api.send('POST', '/api/webhook-deliveries', {})).status).toBe(405)
  expect((await api.send('PUT', '/api/webhook-deliveries/1', {})).status).toBe(405)
  expect((await api.send('DELETE', '/api/webhook-deliveries/1')).status).toBe(405)
  expect((await api.request('/api/webhook-deliveries/1')).status).toBe(404)
  expect((await api.send('POST', '/api/webhook-deliveries/1/redeliver')).status).toBe(404)
})
