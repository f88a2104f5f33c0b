import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { launchBrowser } from './support/browser'
import { startServer, type RunningServer } from './support/server'

let server: RunningServer
let browser: Browser

const ADMIN = { email: 'admin@example.org', password: 'Tegucigalpa-workshop-2026' }

beforeAll(async () => {
  server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const LOADED = { timeout: 15_000 }

/** A browser of its own (its own localStorage), signed in on the events list. */
async function signedInOnEvents(): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage()
  await page.goto(`${server.url}/#/login`)
  await page.locator('[name="username"]').fill(ADMIN.email)
  await page.locator('[name="password"]').fill(ADMIN.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => !url.hash.includes('login'))
  await page.goto(`${server.url}/#/events`)
  // The list's page loads when first opened, after the user's preferences: more than expect.poll's default second.
  await expect.poll(() => page.getByText('Technical Exchange on Migrant Smuggling').count(), LOADED).toBe(1)
  return page
}

test('a saved query and the sort of the events list come back after signing out, in another browser too', async () => {
  const first = await signedInOnEvents()
  await first.getByRole('button', { name: 'Sort by title ascending' }).click()
  await first.waitForURL((url) => url.hash.includes('sort=title'))
  await first.getByPlaceholder('Search').fill('Smuggling')
  await first.waitForURL((url) => url.hash.includes('Smuggling'))
  await first.getByRole('button', { name: 'Add filter' }).click()
  await first.getByRole('menuitem', { name: 'Save current query...' }).click()
  await first.getByRole('textbox', { name: 'Query name' }).fill('Smuggling by title')
  await first.getByRole('dialog').getByRole('button', { name: 'Save' }).click()
  await first.getByRole('dialog').waitFor({ state: 'detached' })
  // Signing out at once: what waits to be sent goes before the session ends.
  await first.getByRole('button', { name: 'Administrator' }).click()
  await first.getByRole('menuitem', { name: 'Logout' }).click()
  await first.waitForURL((url) => url.hash.includes('login'))
  expect(await first.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('events.')))).toEqual([])

  const second = await signedInOnEvents()
  // The list opens with the user's sort and last filter, and offers the saved query.
  await expect.poll(() => second.getByRole('button', { name: 'Sort by title descending' }).count(), LOADED).toBe(1)
  expect(second.url()).toContain('Smuggling')
  await second.getByRole('button', { name: 'Add filter' }).click()
  await expect.poll(() => second.getByRole('menuitem', { name: 'Smuggling by title' }).count()).toBe(1)

  await first.context().close()
  await second.context().close()
})
