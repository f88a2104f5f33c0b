import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { launchBrowser } from './support/browser'
import { startServer, type RunningServer } from './support/server'

let server: RunningServer
let browser: Browser
let page: Page

const ADMIN = { email: 'admin@example.org', password: 'Tegucigalpa-workshop-2026' }
const TITLE = 'Keyboard workshop on consular protection'

beforeAll(async () => {
  server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password })
  browser = await launchBrowser()
  page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 900 } })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** What has the focus, as a screen reader would name it. */
const focused = () =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      name: element?.getAttribute('name') ?? '',
      text: (element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim(),
      // Whether a sighted keyboard user sees where focus is: nothing else covers or clips its middle.
      seen: (() => {
        if (!element || element === document.body) return false
        const box = element.getBoundingClientRect()
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)
        return hit !== null && (element.contains(hit) || hit.contains(element))
      })(),
    }
  })

/** Presses Tab until the focused element matches, as a keyboard user moves through the page; fails after `max`. */
async function tabTo(match: (element: Awaited<ReturnType<typeof focused>>) => boolean, max = 120) {
  const stops: Array<Awaited<ReturnType<typeof focused>>> = []
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press('Tab')
    const element = await focused()
    stops.push(element)
    if (match(element)) return stops
  }
  throw new Error(`nothing matching was reached in ${max} presses of Tab; last: ${JSON.stringify(await focused())}`)
}

test('keyboard only: sign in, open an event from the list, edit it and save', async () => {
  await page.goto(`${server.url}/#/login`)
  await tabTo((element) => element.name === 'username')
  await page.keyboard.type(ADMIN.email)
  await tabTo((element) => element.name === 'password')
  await page.keyboard.type(ADMIN.password)
  await page.keyboard.press('Enter')
  await page.waitForURL((url) => !url.hash.includes('login'))

  const created = await page.request.post(`${server.url}/api/events`, {
    data: { title: { en: TITLE, es: '' }, startDate: '2026-10-05', city: 'Guatemala City' },
  })
  expect(created.status()).toBe(201)
  const { id } = (await created.json()) as { id: number }

  await page.goto(`${server.url}/#/events?filter=${encodeURIComponent(JSON.stringify({ q: 'Keyboard workshop' }))}`)
  await expect.poll(() => page.getByRole('link', { name: TITLE }).count(), { timeout: 15_000 }).toBe(1)
  const stops = await tabTo((element) => element.tag === 'a' && element.text === TITLE)
  // Every stop on the way is on screen: no folded toolbar's buttons, no control hidden under another. (The skip
  // link slides in as it takes focus, so it may be caught on its way.)
  expect(stops.filter((stop) => !stop.seen && stop.text !== 'Skip to content')).toEqual([])
  await page.keyboard.press('Enter')
  await page.waitForURL((url) => url.hash === `#/events/${id}/show`)
  // As a user does, read the page once it is there.
  await expect.poll(() => page.getByRole('heading', { name: TITLE }).count(), { timeout: 15_000 }).toBeGreaterThan(0)

  await tabTo((element) => element.text === 'Edit')
  await page.keyboard.press('Enter')
  await page.waitForURL((url) => url.hash === `#/events/${id}`)
  await expect.poll(() => page.locator('[name="city"]').inputValue(), { timeout: 15_000 }).toBe('Guatemala City')

  await tabTo((element) => element.name === 'city')
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('Antigua Guatemala')
  await tabTo((element) => element.tag === 'button' && element.text === 'Save', 300)
  await page.keyboard.press('Enter')

  await page.waitForURL((url) => url.hash === `#/events/${id}/show`)
  const saved = (await (await page.request.get(`${server.url}/api/events/${id}`)).json()) as { city: string }
  expect(saved.city).toBe('Antigua Guatemala')
  // After the page changes, focus is at the start of the new page's content, not lost on the document.
  await expect.poll(async () => (await focused()).tag).not.toBe('body')
})
