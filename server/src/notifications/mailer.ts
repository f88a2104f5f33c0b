import nodemailer from 'nodemailer'

/** One mail, as the queue hands it to the transport. */
export interface Mail {
  to: string
  subject: string
  text: string
}

/** What sends a mail: nodemailer's SMTP transport in the app, anything with `send` in a test. */
export interface Mailer {
  send(mail: Mail): Promise<void>
  close(): void
}

/**
 * An SMTP mailer for SMTP_URL (`smtp://user:pass@host:587`, `smtps://…`),
 * sending from MAIL_FROM. Timeouts are short: a mail not sent is tried again
 * later by the queue, so waiting long for a server buys nothing.
 */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const url = new URL(smtpUrl)
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: url.port === '' ? undefined : Number(url.port),
    secure: url.protocol === 'smtps:',
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    // A local relay without a certificate for its name is common; `?tls=strict` asks for a checked one.
    tls: { rejectUnauthorized: url.searchParams.get('tls') === 'strict' },
  })
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail })
    },
    close() {
      transport.close()
    },
  }
}
