import { createServer, type IncomingHttpHeaders } from 'node:http'
import { closeServer, listenOnLoopback } from './loopback'

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
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      const status = answers.shift() ?? 200
      res.writeHead(status, { 'Content-Type': 'text/plain' })
      res.end(status < 300 ? 'ok' : `refused with ${status}`)
    })
  })
  const url = await listenOnLoopback(server)
  return { url: `${url}${path}`, received, answers, close: () => closeServer(server) }
}
