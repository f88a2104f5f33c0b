import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { launchBrowser } from './support/browser'
import { startServer, type RunningServer } from './support/server'

const ADMIN = { email: 'admin@example.org', password: 'Tegucigalpa-workshop-2026' }

let demo: RunningServer
let empty: RunningServer
let browser: Browser

beforeAll(async () => {
  ;[demo, empty] = await Promise.all([
    startServer(),
    startServer({ SEED_DEMO: '0', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }),
  ])
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await Promise.all([demo?.stop(), empty?.stop()])
})

test("an administrator imports the demo calendar's CSV export into an empty calendar: check, confirm, find the events", async () => {
  const exported = await (await fetch(`${demo.url}/api/public/events.csv`)).text()
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage()
  await page.goto(`${empty.url}/#/login`)
  await page.locator('[name="username"]').fill(ADMIN.email)
  await page.locator('[name="password"]').fill(ADMIN.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => !url.hash.includes('login'))

  await page.goto(`${empty.url}/#/events`)
  await page.getByRole('link', { name: 'Import', exact: true }).click()
  await page
    .getByLabel('File', { exact: true })
    .setInputFiles({ name: 'rcm-events.csv', mimeType: 'text/csv', buffer: Buffer.from(exported) })
  await page.getByRole('radio', { name: 'Published' }).check()
  await page.getByRole('button', { name: 'Check the file', exact: true }).click()
  await expect
    .poll(() => page.getByText('10 to create, 0 to update, 0 unchanged, 0 with errors', { exact: false }).count(), {
      timeout: 15_000,
    })
    .toBe(1)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect
    .poll(() => page.getByText('10 created, 0 updated, 0 unchanged, 0 with errors', { exact: false }).count(), {
      timeout: 15_000,
    })
    .toBe(1)

  expect(await (await fetch(`${empty.url}/api/public/events.csv`)).text()).toBe(
    exported.replaceAll(demo.url, empty.url),
  )
  await page.goto(`${empty.url}/#/events`)
  await expect
    .poll(() => page.getByText('II Forum of Champion Countries of the Americas').count(), { timeout: 15_000 })
    .toBe(1)
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  expect(await page.getByRole('menuitem', { name: 'Public feed: iCalendar' }).getAttribute('href')).toBe(
    '/api/public/events.ics?lang=en',
  )
})
