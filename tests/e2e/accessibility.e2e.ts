import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { launchBrowser } from './support/browser'
import { startServer, type RunningServer } from './support/server'

let server: RunningServer
let browser: Browser
let page: Page

const ADMIN = { email: 'admin@example.org', password: 'Tegucigalpa-workshop-2026' }

beforeAll(async () => {
  server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password })
  browser = await launchBrowser()
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } })
  page = await context.newPage()
  await page.goto(`${server.url}/#/login`)
  await page.locator('[name="username"]').fill(ADMIN.email)
  await page.locator('[name="password"]').fill(ADMIN.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => !url.hash.includes('login'))
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** The app's pages, each waited for by a text it shows once loaded. */
const PAGES: Array<[path: string, ready: RegExp]> = [
  ['/', /Hello|Hola/],
  ['/calendar', /December|diciembre|January|enero|\d{4}/],
  ['/events', /Technical Exchange on Migrant Smuggling|Intercambio técnico/],
  ['/events/1/show', /Objectives|Objetivos/],
  ['/events/1', /Save|Guardar/],
  ['/events/create', /Save|Guardar/],
  ['/venues', /./],
  ['/institutions', /./],
  ['/schedules', /./],
  ['/users', /admin@example.org/],
  ['/audit-log', /./],
  ['/webhooks', /./],
  ['/presidencies', /El Salvador/],
  ['/event-types', /Workshop|Taller/],
  ['/networks', /RNCOM|RROCM/],
  ['/countries', /Belize|Belice/],
]

async function seriousViolations(path: string, ready: RegExp) {
  await page.goto(`${server.url}/#${path}`)
  await page.getByText(ready).first().waitFor()
  await page.waitForLoadState('networkidle')
  // The pointer, left where the last page was used, may rest on a button of this one: its tooltip, still fading
  // in, is not what a reader sees. Move it to the empty foot of the menu and let any tooltip go.
  await page.mouse.move(5, (page.viewportSize()?.height ?? 600) - 5)
  await page.locator('.MuiTooltip-popper').waitFor({ state: 'detached' })
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${path}: ${violation.id} (${violation.impact}) ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    )
}

// Each language is its own test: axe over every page of the admin takes a while on a busy machine.
test('no serious or critical accessibility violation on any page, in English', async () => {
  const found: string[] = []
  for (const [path, ready] of PAGES) found.push(...(await seriousViolations(path, ready)))
  expect(found).toEqual([])
}, 180_000)

test('no serious or critical accessibility violation on any page, in Spanish', async () => {
  // The language switch is remembered from here on.
  await page.getByRole('button', { name: 'English' }).click()
  await page.getByRole('menuitem', { name: 'Español' }).click()
  const found: string[] = []
  for (const [path, ready] of PAGES) found.push(...(await seriousViolations(path, ready)))
  expect(found).toEqual([])
}, 180_000)
