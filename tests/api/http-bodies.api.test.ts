import { request as httpRequest, type IncomingMessage } from 'node:http'
import { connect } from 'node:net'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { SESSION_COOKIE } from '../../server/src/http/session-cookie'
import { startTestApi, type TestApi } from '../support/api'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const MB = 1024 * 1024
// Far more than the API reads (1 MB) and than loopback's socket buffers hold (a few MB).
const HUGE = 256 * MB

interface Upload {
  status: number
  body: unknown
  /** Bytes the client had written when the answer came. */
  sentBeforeAnswer: number
}

/**
 * POSTs a chunked body of up to `total` bytes, as fast as the server takes it,
 * stopping when the answer comes; resolves once the connection has closed.
 */
function uploadChunked(path: string, headers: Record<string, string>, total = HUGE): Promise<Upload> {
  const { hostname, port } = new URL(api.url)
  const chunk = Buffer.alloc(64 * 1024, ' ')
  return new Promise((resolve, reject) => {
    let sent = 0
    let answer: { response: IncomingMessage; sentBeforeAnswer: number; text: string } | undefined
    const req = httpRequest({
      hostname,
      port,
      path,
      method: 'POST',
      agent: false,
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', ...headers },
    })
    req.on('response', (response) => {
      answer = { response, sentBeforeAnswer: sent, text: '' }
      response.setEncoding('utf8')
      response.on('data', (text: string) => {
        if (answer) answer.text += text
      })
    })
    // Writing after the server closed fails (EPIPE, ECONNRESET): what matters is the answer before it.
    req.on('error', (error) => {
      if (!answer) reject(error)
    })
    req.on('close', () => {
      if (!answer) return
      resolve({
        status: answer.response.statusCode ?? 0,
        body: JSON.parse(answer.text || 'null'),
        sentBeforeAnswer: answer.sentBeforeAnswer,
      })
    })
    const send = () => {
      while (!answer && !req.destroyed && sent < total) {
        sent += chunk.length
        if (!req.write(chunk)) {
          req.once('drain', send)
          return
        }
      }
      if (!answer && !req.destroyed) req.end()
    }
    req.write('["')
    send()
  })
}

test('answers 413 to a chunked body past 1 MB while the client is still sending, and closes the connection', async () => {
  const editor = api.as('editor')

  const upload = await uploadChunked('/api/events', { Cookie: `${SESSION_COOKIE}=${editor.token}` })

  expect(upload).toMatchObject({ status: 413, body: { message: expect.any(String) } })
  expect(upload.sentBeforeAnswer).toBeLessThan(HUGE / 4)
})

test('answers 413 at once to a Content-Length past 1 MB, without waiting for the body', async () => {
  const editor = api.as('editor')
  const { hostname, port } = new URL(api.url)

  const answer = await new Promise<string>((resolve, reject) => {
    let text = ''
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        'POST /api/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
          `Cookie: ${SESSION_COOKIE}=${editor.token}\r\nContent-Length: ${10 * 1024 * MB}\r\n\r\n{"title":`,
      )
    })
    socket.setEncoding('utf8')
    socket.on('data', (data: string) => (text += data))
    socket.on('error', reject)
    // Only the server can close it: the client never sends the 10 GB it announced.
    socket.on('close', () => resolve(text))
  })

  expect(answer).toMatch(/^HTTP\/1\.1 413 /)
  expect(answer).toMatch(/\r\nConnection: close\r\n/i)
})

test('answers an anonymous upload to a route that needs a session with 401 before reading its body', async () => {
  const upload = await uploadChunked('/api/events', {})

  expect(upload).toMatchObject({ status: 401, body: { message: expect.any(String) } })
  expect(upload.sentBeforeAnswer).toBeLessThan(HUGE / 4)
})

test('still reads the body of the public sign-in, and answers 413 past 1 MB there too', async () => {
  const upload = await uploadChunked('/api/auth/login', {})

  expect(upload).toMatchObject({ status: 413, body: { message: expect.any(String) } })
  expect(upload.sentBeforeAnswer).toBeLessThan(HUGE / 4)
})

test('keeps the connection open after a JSON error answered once the body was read', async () => {
  const response = await fetch(`${api.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{"email": ',
  })

  expect(response.status).toBe(400)
  expect(response.headers.get('connection')).toBe('keep-alive')
})

test(
  'answers 408 and closes a connection whose headers have not all come within 10 s',
  { timeout: 20_000 },
  async () => {
    const { hostname, port } = new URL(api.url)

    const answer = await new Promise<string>((resolve, reject) => {
      let text = ''
      const socket = connect(Number(port), hostname, () =>
        socket.write('GET /api/auth/me HTTP/1.1\r\nHost: localhost\r\n'),
      )
      socket.setEncoding('utf8')
      socket.on('data', (data: string) => (text += data))
      socket.on('error', reject)
      socket.on('close', () => resolve(text))
    })

    // Node's own 60 s would outlast the test's 20 s.
    expect(answer).toMatch(/^HTTP\/1\.1 408 /)
  },
)
