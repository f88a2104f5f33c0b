import { createServer } from 'node:http'
import type { AuditEntry, Webhook } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { SYSTEM_ACTOR } from '../../server/src/actor'
import type { HostResolver } from '../../server/src/webhooks/webhook-targets'
import { webhooksRepository } from '../../server/src/webhooks/webhooks.repository'
import { sendTestNotice } from '../../server/src/webhooks/webhooks.service'
import { jsonBody, startTestApi, type TestApi } from '../support/api'
import { closeServer, listenOnLoopback } from '../support/loopback'
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver'
import { deliveriesOf, testWorker } from '../support/webhooks'

/** A DNS the test controls: each name answers what `answers` holds for it now; other names do not resolve. */
function fakeDns(answers: Record<string, string[]>): HostResolver {
  return async (hostname) => {
    const addresses = answers[hostname]
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))
  }
}

const PUBLIC_ADDRESS = '93.184.215.14'
const dns: Record<string, string[]> = {}

let api: TestApi
let receiver: WebhookReceiver
beforeEach(async () => {
  for (const name of Object.keys(dns)) delete dns[name]
  api = await startTestApi({ resolveHost: fakeDns(dns) })
  receiver = await startWebhookReceiver()
})
afterEach(async () => {
  await receiver.close()
  await api.close()
})

const input = (url: string, allowPrivateNetwork?: boolean) => ({
  url,
  description: 'Receiver',
  notices: ['published'],
  ...(allowPrivateNetwork === undefined ? {} : { allowPrivateNetwork }),
})

/** What each refused target is, as the 400 on `url` says it; the URL parser turns the odd IPv4 forms into dotted ones. */
const REFUSED: Array<[url: string, says: string]> = [
  ['http://127.0.0.1/hook', 'is a loopback address'],
  ['http://127.8.9.10:8080/hook', 'is a loopback address'],
  ['http://2130706433/hook', 'is a loopback address'],
  ['http://0x7f.1/hook', 'is a loopback address'],
  ['http://0177.0.0.1/hook', 'is a loopback address'],
  ['http://0x7f000001/hook', 'is a loopback address'],
  ['http://127.1/hook', 'is a loopback address'],
  ['http://[::1]/hook', 'is a loopback address'],
  ['http://[::ffff:127.0.0.1]/hook', 'is a loopback address'],
  ['http://[0:0:0:0:0:ffff:7f00:1]/hook', 'is a loopback address'],
  ['https://10.0.0.1/hook', 'is a private network address'],
  ['https://172.16.0.1/hook', 'is a private network address'],
  ['https://172.31.255.254/hook', 'is a private network address'],
  ['https://192.168.1.20/hook', 'is a private network address'],
  ['https://[::ffff:192.168.1.20]/hook', 'is a private network address'],
  ['https://[fd12:3456:789a::1]/hook', 'is a private network address'],
  ['https://[fc00::1]/hook', 'is a private network address'],
  ['http://169.254.10.20/hook', 'is a link-local address'],
  ['http://[fe80::1]/hook', 'is a link-local address'],
  ['http://100.64.0.1/hook', 'is a carrier-grade NAT address'],
  ['http://100.127.255.254/hook', 'is a carrier-grade NAT address'],
  ['http://224.0.0.251/hook', 'is a multicast or broadcast address'],
  ['http://255.255.255.255/hook', 'is a multicast or broadcast address'],
  ['http://[ff02::1]/hook', 'is a multicast or broadcast address'],
  ['http://0.0.0.0/hook', 'is the unspecified address'],
  ['http://0/hook', 'is the unspecified address'],
  ['http://[::]/hook', 'is the unspecified address'],
  ['http://240.0.0.1/hook', 'is a reserved or special-purpose address'],
  ['http://[64:ff9b::a00:1]/hook', 'is a reserved or special-purpose address'],
  ['http://169.254.169.254/latest/meta-data/', 'is a cloud metadata service'],
  ['http://[fd00:ec2::254]/latest/meta-data/', 'is a cloud metadata service'],
  ['http://[::ffff:169.254.169.254]/latest/meta-data/', 'is a cloud metadata service'],
]

test('refuses a target at a loopback, private, link-local, CGNAT, multicast, unspecified, reserved or metadata address, in every spelling', async () => {
  for (const [url, says] of REFUSED) {
    const response = await api.send('POST', '/api/webhooks', input(url))
    expect(response, url).toMatchObject({
      status: 400,
      body: { errors: { url: expect.stringContaining(says) } },
    })
  }
  expect((await api.request('/api/webhooks')).body).toEqual([])
})

test('says why in Spanish too, and a name that resolves to a private address is refused like the address', async () => {
  dns['intranet.example.org'] = [PUBLIC_ADDRESS, '10.20.30.40']
  const spanish = await api.request('/api/webhooks', {
    ...jsonBody('POST', input('https://intranet.example.org/hook')),
    headers: { 'Content-Type': 'application/json', 'Accept-Language': 'es' },
  })
  const english = await api.send('POST', '/api/webhooks', input('https://intranet.example.org/hook'))

  expect(spanish).toMatchObject({ status: 400 })
  expect((spanish.body as { errors: { url: string } }).errors.url).toBe(
    'intranet.example.org se resuelve como 10.20.30.40, que es una dirección de red privada (RFC 1918 o IPv6 local única), ' +
      'no una dirección pública: los avisos solo van a direcciones públicas, salvo que un administrador permita redes ' +
      'privadas para este webhook (allowPrivateNetwork)',
  )
  expect((english.body as { errors: { url: string } }).errors.url).toBe(
    'intranet.example.org resolves to 10.20.30.40, which is a private network address (RFC 1918 or IPv6 unique local), ' +
      'not a public address: notices go only to public addresses, unless an administrator allows private networks ' +
      'for this webhook (allowPrivateNetwork)',
  )
})

test("refuses localhost through the system's own resolver", async () => {
  const real = await startTestApi()
  try {
    const response = await real.send('POST', '/api/webhooks', input('http://localhost:8080/hook'))
    expect(response).toMatchObject({
      status: 400,
      body: {
        errors: { url: expect.stringMatching(/^localhost resolves to (127\.0\.0\.1|::1), which is a loopback/) },
      },
    })
  } finally {
    await real.close()
  }
})

test('accepts a public target, and a name that does not resolve yet (each delivery checks it again)', async () => {
  dns['www.crmsv.org'] = [PUBLIC_ADDRESS, '2606:2800:21f:cb07:6820:80da:af6b:8b2c']

  for (const url of [
    'https://www.crmsv.org/hooks',
    `https://${PUBLIC_ADDRESS}/hooks`,
    'https://not-yet.example.org/h',
  ]) {
    expect((await api.send('POST', '/api/webhooks', input(url))).status, url).toBe(201)
  }
})

test('a PUT to a private address is refused the same way, and changes nothing', async () => {
  dns['www.crmsv.org'] = [PUBLIC_ADDRESS]
  const created = (await api.send('POST', '/api/webhooks', input('https://www.crmsv.org/hooks'))).body as Webhook

  const response = await api.send('PUT', `/api/webhooks/${created.id}`, { ...created, url: 'http://192.168.0.10/' })

  expect(response).toMatchObject({ status: 400, body: { errors: { url: expect.stringContaining('private network') } } })
  expect((await api.request(`/api/webhooks/${created.id}`)).body).toEqual(created)
})

test('an administrator allows private networks per webhook, audited; metadata addresses stay refused', async () => {
  dns['hooks.intranet'] = ['10.1.1.1']
  const created = await api.send('POST', '/api/webhooks', input('http://hooks.intranet/h', true))
  const metadata = await api.send('POST', '/api/webhooks', input('http://169.254.169.254/latest/', true))
  const plain = (await api.send('POST', '/api/webhooks', input('http://10.1.1.2/h', true))).body as Webhook
  await api.send('PUT', `/api/webhooks/${plain.id}`, {
    ...plain,
    allowPrivateNetwork: false,
    url: 'https://a.example/',
  })

  expect(created).toMatchObject({ status: 201, body: { url: 'http://hooks.intranet/h', allowPrivateNetwork: true } })
  expect(metadata).toMatchObject({ status: 400, body: { errors: { url: expect.stringContaining('metadata') } } })
  const audit = (
    await api.request(
      `/api/audit-log?filter=${encodeURIComponent(JSON.stringify({ targetType: 'webhooks', targetId: plain.id }))}&sort=["id","ASC"]`,
    )
  ).body as AuditEntry[]
  expect(audit.map((entry) => [entry.action, entry.details])).toEqual([
    ['webhooks.create', expect.objectContaining({ url: 'http://10.1.1.2/h', allowPrivateNetwork: true })],
    [
      'webhooks.update',
      { url: { from: 'http://10.1.1.2/h', to: 'https://a.example/' }, allowPrivateNetwork: { from: true, to: false } },
    ],
  ])
})

/** A webhook to `url` as stored by an earlier version, or changed in the database: the delivery must check it anyway. */
function storedWebhook(url: string, allowPrivateNetwork = false): Webhook {
  const id = webhooksRepository.insert(
    api.db,
    { url, description: '', notices: ['published'], active: true, allowPrivateNetwork },
    'whsec_test',
    api.clock.now.toISOString(),
  )
  return webhooksRepository.findById(api.db, id) as Webhook
}

test('a delivery to a loopback address saved before the check is refused at delivery, and nothing reaches it', async () => {
  const webhook = storedWebhook(receiver.url)
  sendTestNotice(api.db, SYSTEM_ACTOR, webhook.id, api.clock.now)

  const [outcome] = await testWorker(api).runOnce()

  expect(outcome?.attempt).toMatchObject({
    statusCode: null,
    error: expect.stringMatching(/^127\.0\.0\.1 is a loopback address \(this machine\), not a public address/),
  })
  expect(receiver.received).toEqual([])
})

test('DNS rebinding: a name that was public when saved and answers loopback at delivery is refused at connection', async () => {
  const port = new URL(receiver.url).port
  dns['rebind.example.org'] = [PUBLIC_ADDRESS]
  const saved = await api.send('POST', '/api/webhooks', input(`http://rebind.example.org:${port}/hooks/rcm`))
  expect(saved.status).toBe(201)
  const webhook = saved.body as Webhook
  // From now on the name points at this machine, where the receiver stands for an internal service.
  dns['rebind.example.org'] = ['127.0.0.1']
  await api.send('POST', `/api/webhooks/${webhook.id}/test`)

  const outcomes = await testWorker(api, { resolve: fakeDns(dns) }).runOnce()

  expect(outcomes.map((outcome) => outcome.attempt.error)).toEqual([
    expect.stringMatching(/^rebind\.example\.org resolves to 127\.0\.0\.1, which is a loopback address/),
  ])
  expect(receiver.received).toEqual([])
  expect(await deliveriesOf(api, webhook.id)).toMatchObject([{ status: 'pending', lastError: expect.any(String) }])
})

test('a name answering one public and one private address is refused: the connection could go to either', async () => {
  const port = new URL(receiver.url).port
  dns['mixed.example.org'] = [PUBLIC_ADDRESS]
  const webhook = (await api.send('POST', '/api/webhooks', input(`http://mixed.example.org:${port}/hooks/rcm`)))
    .body as Webhook
  dns['mixed.example.org'] = [PUBLIC_ADDRESS, '::1', '127.0.0.1']
  await api.send('POST', `/api/webhooks/${webhook.id}/test`)

  const [outcome] = await testWorker(api, { resolve: fakeDns(dns) }).runOnce()

  expect(outcome?.attempt.error).toMatch(/^mixed\.example\.org resolves to ::1, which is a loopback address/)
  expect(receiver.received).toEqual([])
})

test('with private networks allowed, the notice goes to the address the name resolved to', async () => {
  const port = new URL(receiver.url).port
  dns['hooks.intranet'] = ['127.0.0.1']
  const webhook = (await api.send('POST', '/api/webhooks', input(`http://hooks.intranet:${port}/hooks/rcm`, true)))
    .body as Webhook
  await api.send('POST', `/api/webhooks/${webhook.id}/test`)

  const [outcome] = await testWorker(api, { resolve: fakeDns(dns) }).runOnce()

  expect(outcome).toMatchObject({ status: 'succeeded', attempt: { statusCode: 200, error: null } })
  expect(receiver.received).toHaveLength(1)
  expect(receiver.received[0]?.headers.host).toBe(`hooks.intranet:${port}`)
})

test('a redirect is recorded as the answer and not followed, even to an allowed address', async () => {
  const redirecting = createServer((_req, res) => {
    res.writeHead(307, { Location: receiver.url }).end()
  })
  const url = `${await listenOnLoopback(redirecting)}/hook`
  try {
    const webhook = (await api.send('POST', '/api/webhooks', input(url, true))).body as Webhook
    await api.send('POST', `/api/webhooks/${webhook.id}/test`)

    const [outcome] = await testWorker(api).runOnce()

    expect(outcome).toMatchObject({ status: 'pending', attempt: { statusCode: 307 } })
    expect(receiver.received).toEqual([])
  } finally {
    await closeServer(redirecting)
  }
})
