import { SMTPServer } from 'smtp-server'
import { createMailQueue, type MailQueue, type MailQueueOptions } from '../../server/src/notifications/mail-queue'
import { smtpMailer } from '../../server/src/notifications/mailer'
import type { TestApi } from './api'
import { freePort } from './loopback'

/** A mail as the test SMTP server received it, decoded. */
export interface ReceivedMail {
  from: string
  to: string[]
  subject: string
  text: string
}

/** A real SMTP server on a loopback port, keeping what it receives; `refuse` makes it refuse every recipient. */
export interface SmtpReceiver {
  url: string
  received: ReceivedMail[]
  refuse: boolean
  /** Stops listening (the port is kept for `start`). */
  stop(): Promise<void>
  start(): Promise<void>
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`) to text. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_match, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    )
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => `%${hex}`)
    .replace(/%(?![0-9A-F]{2})/gi, '%25')
  return decodeURIComponent(bytes)
}

/** The subject and the text of a single-part mail as nodemailer writes it. */
function parseMail(raw: string): { subject: string; text: string } {
  const [head = '', ...bodyParts] = raw.split(/\r?\n\r?\n/)
  const body = bodyParts.join('\n\n')
  const headers = new Map<string, string>()
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim())
  }
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase()
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body
  return { subject: decodeWords(headers.get('subject') ?? ''), text: text.replace(/\r\n/g, '\n') }
}

export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const port = await freePort()
  let server: SMTPServer | undefined
  const receiver: SmtpReceiver = {
    url: `smtp://127.0.0.1:${port}`,
    received: [],
    refuse: false,
    async start() {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onRcptTo(address, _session, callback) {
          if (receiver.refuse) callback(new Error(`Mailbox ${address.address} unavailable`))
          else callback()
        },
        onData(stream, session, callback) {
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('end', () => {
            const mailFrom = session.envelope.mailFrom
            receiver.received.push({
              from: mailFrom === false ? '' : mailFrom.address,
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              ...parseMail(Buffer.concat(chunks).toString('utf8')),
            })
            callback()
          })
        },
      })
      const listening = server
      await new Promise<void>((resolve) => listening.listen(port, '127.0.0.1', resolve))
    },
    async stop() {
      const stopping = server
      server = undefined
      if (stopping) await new Promise<void>((resolve) => stopping.close(() => resolve()))
    },
  }
  await receiver.start()
  return receiver
}

/** The app's link to its pages in the test mails. */
export const TEST_APP_URL = 'https://calendar.example.org'

/** A mail queue sending to `receiver` on the app's clock, with the jitter fixed at its middle. */
export function testMailQueue(
  api: TestApi,
  receiver: SmtpReceiver,
  options: Partial<MailQueueOptions> = {},
): MailQueue {
  return createMailQueue({
    db: api.db,
    mailer: smtpMailer(receiver.url, 'calendar@example.org'),
    appUrl: TEST_APP_URL,
    now: () => api.clock.now,
    random: () => 0.5,
    ...options,
  })
}
