import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { launchBrowser } from './support/browser'
import { startServer, type RunningServer } from './support/server'

let server: RunningServer
let browser: Browser
let page: Page
/** What the browser reported as blocked or broken while showing the page. */
const problems: string[] = []

beforeAll(async () => {
  server = await startServer()
  browser = await launchBrowser()
  page = await browser.newPage({ locale: 'en-GB' })
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

test('the API documentation reads without signing in, styled under its CSP, and links from an operation to its schema', async () => {
  await page.goto(`${server.url}/api/docs`)
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('RCM events calendar API')
  expect(await page.getByRole('heading', { name: 'GET /api/events/{id} Get one event' }).count()).toBe(1)
  // The stylesheet ran: the CSP's hash matches it (a blocked one leaves the body full width).
  expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe('960px')

  await page.locator('#getEventsById').getByRole('link', { name: 'Event', exact: true }).first().click()
  await expect.poll(() => page.url()).toMatch(/#schema-Event$/)
  expect(await page.locator('#schema-Event').getByText('hasUnpublishedChanges').count()).toBe(1)

  await page.getByRole('link', { name: 'Español' }).click()
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es')
  expect(await page.getByRole('heading', { name: 'Esquemas' }).count()).toBe(1)
  expect(problems).toEqual([])
})
