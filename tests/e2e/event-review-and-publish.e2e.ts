import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { launchBrowser } from './support/browser'
import { startServer, type RunningServer } from './support/server'

const ADMIN = { email: 'admin@example.org', password: 'Tegucigalpa-workshop-2026' }
const EDITOR = {
  email: 'editor@example.org',
  fullName: 'Elena Editor',
  role: 'editor',
  password: 'Secretariat-desk-2026',
}
const REVIEWER = {
  email: 'reviewer@example.org',
  fullName: 'Rafael Reviewer',
  role: 'reviewer',
  password: 'Presidency-review-2026',
}
const TITLE = 'Regional Seminar on Return and Reintegration'

let server: RunningServer
let browser: Browser

async function signIn(account: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB' })
  const page = await context.newPage()
  await page.goto(`${server.url}/#/login`)
  await page.locator('[name="username"]').fill(account.email)
  await page.locator('[name="password"]').fill(account.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => !url.hash.includes('login'))
  return page
}

/** Clicks a workflow button, then the dialog's confirm button, after typing the comment if any. */
async function takeStep(page: Page, button: string, confirm: string, comment?: string) {
  await page.getByRole('button', { name: button, exact: true }).first().click()
  const dialog = page.getByRole('dialog')
  if (comment !== undefined) await dialog.getByRole('textbox').first().fill(comment)
  await dialog.getByRole('button', { name: confirm, exact: true }).click()
}

const statusChip = (page: Page, text: string) =>
  expect.poll(() => page.getByText(text, { exact: true }).count(), { timeout: 15_000 }).toBeGreaterThan(0)

beforeAll(async () => {
  server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password })
  browser = await launchBrowser()
  const admin = await signIn(ADMIN)
  for (const user of [EDITOR, REVIEWER]) {
    const response = await admin.request.post(`${server.url}/api/users`, { data: { ...user, active: true } })
    expect(response.status()).toBe(201)
  }
  await admin.context().close()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

test('an editor submits, a reviewer requests changes, the editor fixes and resubmits, the reviewer compares and publishes', async () => {
  // The editor creates the event and submits it.
  const editor = await signIn(EDITOR)
  await editor.goto(`${server.url}/#/events/create`)
  await editor.locator('[name="title.en"]').fill(TITLE)
  await editor.locator('[name="city"]').fill('Tegucigalpa')
  await editor.getByLabel('Coordinating institutions').fill('IOM')
  await editor.getByRole('option').first().click()
  await editor.getByRole('button', { name: 'Save', exact: true }).click()
  await editor.waitForURL((url) => /#\/events\/\d+\/show/.test(url.hash))
  const id = /#\/events\/(\d+)\/show/.exec(new URL(editor.url()).hash)?.[1]
  await statusChip(editor, 'Draft')
  await takeStep(editor, 'Submit for review', 'Submit')
  await statusChip(editor, 'In review')

  // The reviewer sees what publishing lacks and asks for it.
  const reviewer = await signIn(REVIEWER)
  await reviewer.goto(`${server.url}/#/events/${id}/show`)
  await expect.poll(() => reviewer.getByText('Add at least one contact email').count(), { timeout: 15_000 }).toBe(1)
  await takeStep(reviewer, 'Request changes', 'Request changes', 'Add a contact email, please')
  await statusChip(reviewer, 'Draft')

  // The editor reads the comment on the timeline, fixes the event and resubmits.
  await editor.reload()
  await expect
    .poll(() => editor.getByText('Add a contact email, please').count(), { timeout: 15_000 })
    .toBeGreaterThan(0)
  await editor.goto(`${server.url}/#/events/${id}`)
  await editor.getByRole('button', { name: 'Add email', exact: true }).click()
  await editor.locator('[name="contactEmails.0"]').fill('rcm@example.org')
  await editor.getByRole('button', { name: 'Save', exact: true }).click()
  await editor.waitForURL((url) => url.hash.endsWith('/show'))
  await expect
    .poll(() => editor.getByText('Add a contact email, please').count(), { timeout: 15_000 })
    .toBeGreaterThan(0)
  // The fix goes through the API as the editor's session: the edit page of an event sent back for changes currently
  // stays on "Loading" for its editor (an open bug, issue 17's closing note), which is not what this test is about.
  const status = await editor.evaluate(async (eventId) => {
    const current = (await (await fetch(`/api/events/${eventId}`)).json()) as Record<string, unknown>
    const response = await fetch(`/api/events/${eventId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...current, contactEmails: ['rcm@example.org'] }),
    })
    return response.status
  }, id)
  expect(status).toBe(200)
  await editor.reload()
  // As a user would, read the saved record before going on. (A dialog opened from the edit page's toolbar in the
  // moment before the show page replaces it stays open: WorkflowDialogProvider.)
  await expect
    .poll(() => editor.getByText('rcm@example.org', { exact: true }).count(), { timeout: 15_000 })
    .toBeGreaterThan(0)
  await takeStep(editor, 'Submit for review', 'Submit')
  await statusChip(editor, 'In review')

  // The reviewer compares the revisions, then publishes.
  // A fresh load, as when the reviewer comes back to the event later.
  await reviewer.goto(`${server.url}/#/events/${id}/show/history`)
  await reviewer.reload()
  const comparison = reviewer.getByRole('table', { name: 'Compare' })
  await expect.poll(() => comparison.count(), { timeout: 15_000 }).toBe(1)
  await reviewer.getByRole('radio', { name: 'Older: Version 1' }).check()
  await expect.poll(() => comparison.getByText('rcm@example.org').count()).toBe(1)
  await reviewer.getByRole('tab', { name: 'Event' }).click()
  await expect.poll(() => reviewer.getByText('Ready to publish').count(), { timeout: 15_000 }).toBe(1)
  // The title is in English only: publishing names what is missing in Spanish and asks to confirm it.
  await reviewer.getByRole('button', { name: 'Publish', exact: true }).first().click()
  const publishDialog = reviewer.getByRole('dialog')
  await expect.poll(() => publishDialog.getByText('ES: 1 text missing: Title').count()).toBe(1)
  await publishDialog.getByRole('checkbox', { name: /Publish with these texts in one language only/ }).check()
  await publishDialog.getByRole('button', { name: 'Publish', exact: true }).click()
  await statusChip(reviewer, 'Published')

  const feed = await reviewer.request.get(`${server.url}/api/public/events.json`)
  const events = (await feed.json()) as { title: { en: string } }[]
  expect(events.map((event) => event.title.en)).toContain(TITLE)
})
