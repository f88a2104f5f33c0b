import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startSmtpReceiver, type SmtpReceiver } from '../support/smtp-receiver'
import { launchBrowser } from './support/browser'
import { startServer, type RunningServer } from './support/server'

const ADMIN = { email: 'admin@example.org', password: 'Tegucigalpa-workshop-2026' }
const REVIEWER = {
  email: 'revisora@example.org',
  fullName: 'Rosa Revisora',
  role: 'reviewer',
  password: 'Presidency-review-2026',
}
const TITLE = 'Regional workshop on labour migration'

let smtp: SmtpReceiver
let server: RunningServer
let browser: Browser

async function signIn(account: { email: string; password: string }, locale: string): Promise<Page> {
  const page = await (await browser.newContext({ locale })).newPage()
  await page.goto(`${server.url}/#/login`)
  await page.locator('[name="username"]').fill(account.email)
  await page.locator('[name="password"]').fill(account.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.hash.includes('login'))
  return page
}

beforeAll(async () => {
  smtp = await startSmtpReceiver()
  server = await startServer({
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SMTP_URL: smtp.url,
    MAIL_FROM: 'calendario@example.org',
  })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await smtp?.stop()
})

test('a reviewer who chose e-mail notices in Spanish receives one, in Spanish, when an editor submits an event', async () => {
  const admin = await signIn(ADMIN, 'en-GB')
  expect((await admin.request.post(`${server.url}/api/users`, { data: { ...REVIEWER, active: true } })).status()).toBe(
    201,
  )

  // The reviewer works in Spanish and asks for each notice by e-mail on their account page.
  const reviewer = await signIn(REVIEWER, 'es-ES')
  await reviewer.goto(`${server.url}/#/account`)
  await reviewer.getByRole('radio', { name: 'Cada aviso en cuanto ocurre' }).check()
  await reviewer.getByRole('button', { name: 'Guardar', exact: true }).click()
  await expect.poll(() => reviewer.getByText('Su preferencia de avisos se ha guardado.').count()).toBe(1)

  // The editor (here the admin) submits a new event from its page.
  const created = await admin.request.post(`${server.url}/api/events`, {
    data: { title: { en: TITLE, es: 'Taller regional sobre migración laboral' }, startDate: '2026-11-10' },
  })
  const { id } = (await created.json()) as { id: number }
  await admin.goto(`${server.url}/#/events/${id}/show`)
  await admin.getByRole('button', { name: 'Submit for review', exact: true }).first().click()
  await admin.getByRole('dialog').getByRole('button', { name: 'Submit', exact: true }).click()
  await expect.poll(() => admin.getByText('In review', { exact: true }).count(), { timeout: 15_000 }).toBeGreaterThan(0)

  await expect
    .poll(() => smtp.received.filter((mail) => mail.to.includes(REVIEWER.email)).length, { timeout: 30_000 })
    .toBe(1)
  const mail = smtp.received.find((received) => received.to.includes(REVIEWER.email))
  expect(mail?.from).toBe('calendario@example.org')
  expect(mail?.subject).toBe('[RCM] Enviado a revisión: Taller regional sobre migración laboral')
  expect(mail?.text).toContain(`/#/events/${id}/show`)
})
