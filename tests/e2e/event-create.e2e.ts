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
  page = await browser.newPage({ locale: 'en-GB' })
  // Every page needs a session: sign in on the login page first.
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

const field = (name: string) => page.locator(`[name="${name}"]`)

/** Clicks the n-th (0-based) button with this visible text, e.g. the second "Add item". */
const clickButton = (text: string, index = 0) =>
  page.getByRole('button', { name: text, exact: true }).nth(index).click()

test('the demo calendar is there on first start', async () => {
  await page.goto(`${server.url}/#/events`)
  await expect.poll(() => page.getByText('Technical Exchange on Migrant Smuggling').count()).toBe(1)
  await expect(page.getByText('1-10 of 10').count()).resolves.toBe(1)
})

test('an editor creates an event with two objective sections and sees it in the list and on its page', async () => {
  await page.goto(`${server.url}/#/events/create`)
  await field('title.en').fill('Regional Workshop on Labour Migration')
  await field('city').fill('Tegucigalpa')

  // Section 1: "General objective", one paragraph.
  await clickButton('Add section')
  await field('objectives.0.heading.en').fill('General objective')
  await page.getByRole('combobox', { name: 'Show items as' }).first().click()
  await page.getByRole('option', { name: 'Paragraphs' }).click()
  await clickButton('Add item')
  await field('objectives.0.items.0.text.en').fill('Strengthen regional cooperation on labour migration.')

  // Section 2: "Specific objectives", numbered, three items, the second with a sub-item.
  await clickButton('Add section')
  await field('objectives.1.heading.en').fill('Specific objectives')
  await page.getByRole('combobox', { name: 'Show items as' }).nth(1).click()
  await page.getByRole('option', { name: 'Numbered list' }).click()
  for (let index = 0; index < 3; index++) {
    await clickButton('Add item', 1)
    await field(`objectives.1.items.${index}.text.en`).fill(`Specific objective number ${index + 1}`)
  }
  // "Add sub-item" buttons: one under section 1's item, then one per item of section 2.
  await clickButton('Add sub-item', 2)
  await field('objectives.1.items.1.items.0.text.en').fill('Including seasonal workers')

  await clickButton('Save')

  // The show page reads like the public page.
  await expect
    .poll(() => page.getByRole('heading', { name: 'Specific objectives' }).count(), { timeout: 15_000 })
    .toBe(1)
  const numbered = page.locator('ol').filter({ hasText: 'Specific objective number 1' })
  await expect(numbered.locator(':scope > li').count()).resolves.toBe(3)
  await expect(numbered.getByText('Including seasonal workers').count()).resolves.toBe(1)
  await expect(page.getByText('Strengthen regional cooperation on labour migration.').count()).resolves.toBe(1)

  // And it is in the list, next to the demo events.
  await page.goto(`${server.url}/#/events`)
  await expect.poll(() => page.getByText('Regional Workshop on Labour Migration').count()).toBe(1)
  await expect(page.getByText('1-11 of 11').count()).resolves.toBe(1)

  // The API holds exactly what was entered (asked with the browser's session cookie).
  const response = await page.request.get(
    `${server.url}/api/events?filter=${encodeURIComponent('{"q":"labour workshop"}')}`,
  )
  const [event] = (await response.json()) as { objectives: { style: string; items: { items: unknown[] }[] }[] }[]
  expect(event?.objectives.map((section) => [section.style, section.items.length])).toEqual([
    ['paragraph', 1],
    ['numbered', 3],
  ])
  expect(event?.objectives[1]?.items[1]?.items).toEqual([{ text: { en: 'Including seasonal workers', es: '' } }])
})

test('the interface switches to Spanish from the app bar, and stays Spanish after a reload', async () => {
  await page.goto(`${server.url}/#/events`)
  await page.getByRole('button', { name: 'English', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Español' }).click()
  await expect.poll(() => page.getByText('por confirmar').count()).toBeGreaterThan(0)
  await expect(page.getByRole('menuitem', { name: 'Eventos' }).count()).resolves.toBe(1)

  await page.reload()
  await expect.poll(() => page.getByRole('menuitem', { name: 'Eventos' }).count()).toBe(1)
  await expect.poll(() => page.getByText('por confirmar').count()).toBeGreaterThan(0)
})
