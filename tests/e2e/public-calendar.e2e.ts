import { createRequire } from 'node:module'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { launchBrowser } from './support/browser'
import { startServer, type RunningServer } from './support/server'

const require = createRequire(import.meta.url)
const AXE_PATH = require.resolve('axe-core/axe.min.js')
const ADMIN = { email: 'admin@example.org', password: 'Tegucigalpa-workshop-2026' }
/** An event of the demo calendar (server/demo), in English only, so it shows in both languages. */
const DEMO_TITLE = 'Technical Exchange on Migrant Smuggling'

let server: RunningServer
let browser: Browser

beforeAll(async () => {
  server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown }> }>
}

/**
 * axe-core's serious and critical violations on the page. The page's CSP
 * forbids every script, so the check runs in a context that bypasses it.
 */
async function seriousViolations(
  context: BrowserContext,
  url: string,
): Promise<Array<{ id: string; help: string; targets: unknown[] }>> {
  const page = await context.newPage()
  await page.goto(url)
  await page.addScriptTag({ path: AXE_PATH })
  const result = await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<AxeResult> } }).axe.run())
  await page.close()
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target),
    }))
}

const eventHeadings = (page: Page) => page.locator('article h3')

test('the public page shows the demo calendar in English and in Spanish, with its inline style allowed by its CSP', async () => {
  const page = await browser.newPage()
  const response = await page.goto(`${server.url}/calendar`)
  expect(response?.status()).toBe(200)
  expect(await page.locator('html').getAttribute('lang')).toBe('en')
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Events calendar')
  expect(await eventHeadings(page).count()).toBe(10)
  expect(await page.getByRole('heading', { level: 3, name: DEMO_TITLE }).count()).toBe(1)
  // The style sheet applied: its hash in the CSP matches, or the skip link would sit in view.
  expect(await page.locator('.skip').evaluate((link) => getComputedStyle(link).position)).toBe('absolute')

  await page.getByRole('link', { name: 'Versión en español' }).click()
  await page.waitForURL(/lang=es/)
  expect(await page.locator('html').getAttribute('lang')).toBe('es')
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Calendario de eventos')
  expect(await eventHeadings(page).count()).toBe(10)
  expect(await page.getByText('Institución coordinadora').count()).toBeGreaterThan(0)
  await page.close()
})

test('reads the same with JavaScript turned off', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`${server.url}/calendar?lang=es`)
  expect(await page.getByRole('heading', { level: 3, name: DEMO_TITLE }).count()).toBe(1)
  expect(await eventHeadings(page).count()).toBe(10)
  await context.close()
})

test("an older link to an event (the calendar's #event-{id} anchor) opens its page when the calendar does not list it", async () => {
  const feed = (await (await fetch(`${server.url}/api/public/events.json?lang=en`)).json()) as Array<{
    id: number
    title: string
  }>
  const listed = feed.find((event) => event.title === DEMO_TITLE)
  const other = feed.find((event) => event.title !== DEMO_TITLE)
  if (!listed || !other) throw new Error('the demo calendar has changed')
  const page = await browser.newPage()
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })

  // A search that lists only one event; the anchor names another: its own page opens, in the same language.
  await page.goto(`${server.url}/calendar?q=${encodeURIComponent(DEMO_TITLE)}&lang=en#event-${other.id}`)
  await page.waitForURL(`${server.url}/calendar/events/${other.id}?lang=en`)
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(other.title)

  // An anchor to an event the page lists stays on the calendar, at the event.
  await page.goto(`${server.url}/calendar#event-${listed.id}`)
  await page.getByRole('heading', { level: 3, name: DEMO_TITLE }).waitFor()
  expect(new URL(page.url()).pathname).toBe('/calendar')
  // The page's CSP allows its one script by its hash: a refused script would be reported here.
  expect(errors).toEqual([])
  await page.close()
})

test('axe-core finds no serious or critical accessibility violation in either language, nor in the admin preview', async () => {
  const context = await browser.newContext({ bypassCSP: true })
  expect(await seriousViolations(context, `${server.url}/calendar`)).toEqual([])
  expect(await seriousViolations(context, `${server.url}/calendar?lang=es`)).toEqual([])

  // The preview is for staff: sign in within this context, then open it as the Preview button does.
  const login = await context.request.post(`${server.url}/api/auth/login`, { data: ADMIN })
  expect(login.status()).toBe(200)
  const preview = await context.newPage()
  await preview.goto(`${server.url}/api/events/1/preview?lang=es`)
  expect(await preview.getByText('Vista previa – no publicado').count()).toBe(1)
  await preview.close()
  expect(await seriousViolations(context, `${server.url}/api/events/1/preview?lang=en`)).toEqual([])
  await context.close()
})
