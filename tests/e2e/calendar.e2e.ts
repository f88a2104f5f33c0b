import { formatDateRange } from '@rcm/shared'
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
  page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 900 } })
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

/** A day of this month, as YYYY-MM-DD: the calendar opens on the current month. */
const thisMonth = (day: number) => {
  const now = new Date()
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), day)).toISOString().slice(0, 10)
}

const api = (path: string, init?: { method: string; body: unknown }) =>
  page.evaluate(
    async ({ path, init }) => {
      const response = await fetch(path, {
        method: init?.method ?? 'GET',
        headers: { 'Content-Type': 'application/json' },
        body: init ? JSON.stringify(init.body) : undefined,
      })
      return (await response.json()) as { id: number; startDate: string; endDate: string | null; status: string }
    },
    { path, init },
  )

/** Drags the event whose link is named `name` onto the day `day` of the month shown. */
async function drag(name: RegExp, day: string) {
  const event = page.getByRole('link', { name }).first()
  await event.waitFor()
  const target = page.locator(`[data-date="${day}"]`).first()
  const from = await event.boundingBox()
  const to = await target.boundingBox()
  if (!from || !to) throw new Error('the event or the day is not on screen')
  await page.mouse.move(from.x + 10, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + 30, from.y + from.height / 2, { steps: 5 })
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 })
  await page.mouse.up()
}

test('dragging an event to another day moves its dates, keeps its length, and Undo puts them back', async () => {
  const created = await api('/api/events', {
    method: 'POST',
    body: {
      title: { en: 'Calendar drag workshop', es: 'Taller de arrastre' },
      startDate: thisMonth(8),
      endDate: thisMonth(9),
    },
  })
  await page.goto(`${server.url}/#/calendar`)
  await drag(/Calendar drag workshop/, thisMonth(15))
  await page.getByRole('status').filter({ hasText: 'now runs' }).waitFor()
  expect(await api(`/api/events/${created.id}`)).toMatchObject({ startDate: thisMonth(15), endDate: thisMonth(16) })

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(async () => (await api(`/api/events/${created.id}`)).startDate).toBe(thisMonth(8))
  expect((await api(`/api/events/${created.id}`)).endDate).toBe(thisMonth(9))
})

test('an event in review asks before a move (saving sends it back to draft): No leaves it, Yes moves it and the list shows its new date', async () => {
  const created = await api('/api/events', {
    method: 'POST',
    body: { title: { en: 'Workshop in review', es: '' }, startDate: thisMonth(10), endDate: null },
  })
  expect(await api(`/api/events/${created.id}/submit`, { method: 'POST', body: {} })).toMatchObject({
    status: 'in_review',
  })
  // A new load: the calendar is already open from the test before, with what it held then.
  await page.goto(`${server.url}/#/calendar`)
  await page.reload()

  await drag(/Workshop in review/, thisMonth(17))
  const dialog = page.getByRole('dialog', { name: 'Move an event in review?' })
  await dialog.getByText(/Saving your changes sends it back to draft/).waitFor()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  expect(await api(`/api/events/${created.id}`)).toMatchObject({ startDate: thisMonth(10), status: 'in_review' })

  await drag(/Workshop in review/, thisMonth(17))
  await page.getByRole('dialog', { name: 'Move an event in review?' }).getByRole('button', { name: 'Move it' }).click()
  await page.getByRole('status').filter({ hasText: 'is now a draft' }).waitFor()
  expect(await api(`/api/events/${created.id}`)).toMatchObject({ startDate: thisMonth(17), status: 'draft' })
  // The events list shows the new date, as the list writes it.
  await page.getByRole('menuitem', { name: 'Events' }).click()
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Workshop in review' }) })
  await row.getByText(formatDateRange(thisMonth(17), null, 'en', 'medium')!).waitFor()
})

test('dragging an event a colleague changed since the calendar loaded is a conflict: their change stays, the calendar shows it', async () => {
  const created = await api('/api/events', {
    method: 'POST',
    body: { title: { en: 'Workshop changed meanwhile', es: '' }, startDate: thisMonth(11), endDate: null },
  })
  await page.goto(`${server.url}/#/calendar`)
  await page.reload()
  await page.getByRole('link', { name: /Workshop changed meanwhile/ }).waitFor()
  // A colleague renames it: the calendar still holds the version it loaded.
  const current = await api(`/api/events/${created.id}`)
  await api(`/api/events/${created.id}`, {
    method: 'PUT',
    body: { ...current, title: { en: 'Workshop renamed by a colleague', es: '' } },
  })

  await drag(/Workshop changed meanwhile/, thisMonth(18))

  await page.getByText(/Someone else changed "Workshop changed meanwhile" after the calendar loaded it/).waitFor()
  await page.getByRole('link', { name: /Workshop renamed by a colleague/ }).waitFor()
  expect(await api(`/api/events/${created.id}`)).toMatchObject({
    startDate: thisMonth(11),
    title: { en: 'Workshop renamed by a colleague' },
  })
})

test('moving a published event says the public calendar keeps its old dates; Undo leaves nothing unpublished', async () => {
  const created = await api('/api/events', {
    method: 'POST',
    body: {
      title: { en: 'Published regional forum', es: 'Foro regional publicado' },
      startDate: thisMonth(5),
      endDate: null,
      city: 'San Salvador',
      institutionIds: [1],
      contactEmails: ['crmst@iom.int'],
    },
  })
  const published = await api(`/api/events/${created.id}/publish`, {
    method: 'POST',
    body: { version: (created as unknown as { version: number }).version },
  })
  expect(published).toMatchObject({ status: 'published' })
  await page.goto(`${server.url}/#/calendar`)
  await page.reload()

  await drag(/Published regional forum/, thisMonth(12))

  await page
    .getByRole('status')
    .filter({ hasText: 'The public calendar shows its old dates until a reviewer publishes it again' })
    .waitFor()
  expect(await api(`/api/events/${created.id}`)).toMatchObject({
    startDate: thisMonth(12),
    status: 'published',
    hasUnpublishedChanges: true,
  })

  // Undo brings it back to what is published: nothing is left to publish again.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect
    .poll(async () => (await api(`/api/events/${created.id}`)) as unknown)
    .toMatchObject({ startDate: thisMonth(5), hasUnpublishedChanges: false })
})

test('an undated event is listed beside the calendar as "date to be confirmed", and opens from there', async () => {
  await api('/api/events', { method: 'POST', body: { title: { en: 'Undated regional forum', es: '' } } })
  // Through the menu, as a user comes: the calendar loads what is there now.
  await page.goto(`${server.url}/#/events`)
  // The list is there (its page loads when first opened) before the user goes on to the calendar.
  await page.getByRole('link', { name: 'Undated regional forum' }).waitFor()
  await page.getByRole('menuitem', { name: 'Calendar' }).click()
  const undated = page.getByRole('region', { name: /Date to be confirmed/ })
  await undated.getByRole('link', { name: 'Undated regional forum' }).click()
  await page.waitForURL((url) => /#\/events\/\d+\/show/.test(url.hash))
})
