import { generateSync } from 'otplib'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { launchBrowser } from './support/browser'
import { startServer, type RunningServer } from './support/server'

let server: RunningServer
let browser: Browser
let page: Page

const ADMIN = { email: 'admin@example.org', password: 'Tegucigalpa-workshop-2026' }

beforeAll(async () => {
  // As `npm start` runs by default: administrators and reviewers must use a second factor.
  server = await startServer({
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    MFA_REQUIRED_ROLES: 'admin,reviewer',
  })
  browser = await launchBrowser()
  page = await browser.newPage({ locale: 'en-GB', viewport: { width: 390, height: 844 } })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const currentStep = () => Math.floor(Date.now() / 30_000)

/** The app's code, once the clock is past `usedStep` (a code already used is refused, rightly). */
async function codeAfter(secret: string, usedStep: number): Promise<string> {
  while (currentStep() <= usedStep) await new Promise((resolve) => setTimeout(resolve, 500))
  return generateSync({ secret })
}

async function enterPassword() {
  await page.goto(`${server.url}/#/login`)
  await page.locator('[name="username"]').fill(ADMIN.email)
  await page.locator('[name="password"]').fill(ADMIN.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

async function expectSignedIn() {
  await page.waitForURL((url) => !url.hash.includes('login'))
  await expect.poll(() => page.getByRole('button', { name: 'Profile' }).count(), { timeout: 10_000 }).toBe(1)
}

async function signOut() {
  await page.getByRole('button', { name: 'Profile' }).click()
  await page.getByRole('menuitem', { name: 'Logout' }).click()
  await page.waitForURL((url) => url.hash.includes('login'))
}

test('an admin enrols at first sign-in, saves the recovery codes, then signs in with a code and with a recovery code', async () => {
  await enterPassword()
  await expect
    .poll(() => page.getByRole('heading', { name: 'Set up two-factor sign-in' }).count(), { timeout: 10_000 })
    .toBe(1)
  await expect
    .poll(() => page.getByRole('img', { name: 'QR code for your authenticator app' }).count(), { timeout: 10_000 })
    .toBe(1)
  const secret = (await page.getByLabel('Key to type into the app').inputValue()).replaceAll(' ', '')
  expect(secret).toMatch(/^[A-Z2-7]{32}$/)

  const enrolStep = currentStep()
  await page.locator('[name="code"]').fill(generateSync({ secret }))
  await page.getByRole('button', { name: 'Turn on' }).click()

  const codesList = page.getByRole('list', { name: 'Save your recovery codes' })
  await expect.poll(() => codesList.getByRole('listitem').count(), { timeout: 10_000 }).toBe(10)
  const recoveryCodes = await codesList.getByRole('listitem').allTextContents()
  const saved = page.getByRole('button', { name: 'I have saved them' })
  expect(await saved.isDisabled()).toBe(true)
  await page.getByLabel('I have saved these codes somewhere safe').check()
  await saved.click()
  await expectSignedIn()
  await signOut()

  await enterPassword()
  await expect
    .poll(() => page.getByRole('heading', { name: 'Two-factor sign-in' }).count(), { timeout: 10_000 })
    .toBe(1)
  await page.locator('[name="code"]').fill(await codeAfter(secret, enrolStep))
  await page.getByRole('button', { name: 'Verify' }).click()
  await expectSignedIn()
  await signOut()

  await enterPassword()
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click()
  await page.locator('[name="recoveryCode"]').fill(recoveryCodes[0] ?? '')
  await page.getByRole('button', { name: 'Verify' }).click()
  await expectSignedIn()
})
