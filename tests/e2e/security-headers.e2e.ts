import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { launchBrowser } from './support/browser'
import { startServer, type RunningServer } from './support/server'

let server: RunningServer
let browser: Browser
let page: Page

const ADMIN = { email: 'admin@example.org', password: 'Tegucigalpa-workshop-2026' }

/** What the page's Content-Security-Policy refused, as the browser reports it to the page. */
const violations: string[] = []
/** The Content-Encoding of each script the app loaded, by URL. */
const scriptEncodings = new Map<string, string | undefined>()

beforeAll(async () => {
  server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password })
  browser = await launchBrowser()
  page = await browser.newPage({ locale: 'en-GB' })
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation
      report(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sample})`)
    })
  })
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text())
  })
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return
    const encoding = (await response.allHeaders())['content-encoding']
    // A script of a few bytes (a chunk re-exporting a module) compresses to nothing smaller and is sent as it is.
    if (encoding === undefined && (await response.body()).length < 1024) return
    scriptEncodings.set(new URL(response.url()).pathname, encoding)
  })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

test('signing in and opening an event form trips no Content-Security-Policy, and the scripts come compressed', async () => {
  await page.goto(`${server.url}/#/login`)
  await page.locator('[name="username"]').fill(ADMIN.email)
  await page.locator('[name="password"]').fill(ADMIN.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => !url.hash.includes('login'))

  await page.goto(`${server.url}/#/events/create`)
  await page.locator('[name="title.en"]').fill('Regional Workshop on Labour Migration')
  // The description's rich-text editor is the heaviest part of the form: it has loaded when its toolbar is there.
  await expect.poll(() => page.getByRole('button', { name: 'Bold' }).count(), { timeout: 15_000 }).toBeGreaterThan(0)
  await page.getByRole('combobox').first().click()
  await page.keyboard.press('Escape')

  expect(violations).toEqual([])
  const main = [...scriptEncodings].find(([path]) => /^\/assets\/index-[\w-]+\.js$/.test(path))
  expect(main?.[1]).toBe('br')
  expect(scriptEncodings.size).toBeGreaterThan(1)
  expect(new Set(scriptEncodings.values())).toEqual(new Set(['br']))
})
