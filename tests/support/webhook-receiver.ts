import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'

export interface ReceivedNotice {
  headers: IncomingHttpHeaders
  /** The raw body, as the signature covers it. */
  body: string
}

/** A real HTTP endpoint on a loopback port that records what it receives, standing in for the public website. */
export interface WebhookReceiver {
  url: string
  received: ReceivedNotice[]
  /** The statuses of the next answers, in order; once used up, 200. */
  answers: number[]
  close(): Promise<void>
}

export async function startWebhookReceiver(path = '/hooks/rcm'): Promise<WebhookReceiver> {
  const received: ReceivedNotice[] = []
  const answers: number[] = []
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      const status = answers.shift() ?? 200
      res.writeHead(status, { 'Content-Type': 'text/plain' })
      res.end(status < 300 ? 'ok' : `refused with ${status}`)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('The receiver has no TCP address')
  return {
    url: `http://127.0.0.1:${address.port}${path}`,
    received,
    answers,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
    },
  }
}
