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
  // Leaving a form with unsaved changes asks first ("beforeunload"): the user says yes.
  page.on('dialog', (dialog) => void dialog.accept())
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** A new draft through the API, as another tab would have saved it. */
async function createDraft(title: string): Promise<number> {
  const response = await page.request.post(`${server.url}/api/events`, {
    data: {
      title: { en: title, es: '' },
      description: { en: '', es: '' },
      objectives: [],
      startDate: '2026-09-14',
      endDate: null,
      modality: 'virtual',
      city: 'San José',
      venueId: null,
      institutionIds: [],
      contactEmails: [],
      contactPhones: [],
    },
  })
  expect(response.status()).toBe(201)
  return ((await response.json()) as { id: number }).id
}

const readEvent = async (id: number) =>
  (await (await page.request.get(`${server.url}/api/events/${id}`)).json()) as {
    title: { en: string }
    status: string
  }

const titleInput = () => page.locator('[name="title.en"]')

/** The copies of unsaved forms the app keeps in this browser. */
const keptCopies = () =>
  page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith('rcm.draft.')))

test('what was typed in an edit form survives a reload: restored, then saved', async () => {
  const id = await createDraft('Workshop on consular protection')
  await page.goto(`${server.url}/#/events/${id}`)
  await expect.poll(() => titleInput().inputValue()).toBe('Workshop on consular protection')

  await titleInput().fill('Workshop on consular protection, second edition')
  await expect.poll(keptCopies).toHaveLength(1)
  await page.reload()

  const notice = page.getByRole('region', { name: 'Unsaved changes kept in this browser' })
  await expect.poll(() => notice.textContent(), { timeout: 15_000 }).toContain('They are still here: Title.')
  await notice.getByRole('button', { name: 'Restore my changes' }).click()
  expect(await titleInput().inputValue()).toBe('Workshop on consular protection, second edition')
  await page.getByRole('button', { name: 'Save', exact: true }).click()

  await expect
    .poll(async () => (await readEvent(id)).title.en, { timeout: 15_000 })
    .toBe('Workshop on consular protection, second edition')
  await expect.poll(keptCopies).toHaveLength(0)
})

test('"Submit for review" from a form with unsaved changes submits them', async () => {
  const id = await createDraft('Seminar on labour migration')
  await page.goto(`${server.url}/#/events/${id}`)
  await expect.poll(() => titleInput().inputValue()).toBe('Seminar on labour migration')

  await titleInput().fill('Seminar on labour migration and return')
  await page.getByRole('button', { name: 'Submit for review', exact: true }).first().click()
  const dialog = page.getByRole('dialog')
  await expect.poll(() => dialog.textContent()).toContain('they are saved first')
  await dialog.getByRole('button', { name: 'Submit', exact: true }).click()

  await expect
    .poll(() => page.getByText('Your changes were saved. Submitted for review').count(), { timeout: 15_000 })
    .toBe(1)
  expect(await readEvent(id)).toMatchObject({
    status: 'in_review',
    title: { en: 'Seminar on labour migration and return' },
  })
  await expect.poll(keptCopies).toHaveLength(0)
})
