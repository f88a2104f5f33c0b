import { crc32 } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { launchBrowser } from './support/browser'
import { startServer, type RunningServer } from './support/server'

const ADMIN = { email: 'admin@example.org', password: 'Tegucigalpa-workshop-2026' }
const TITLE = { en: 'Workshop on Labour Migration Pathways', es: 'Taller sobre vías de migración laboral' }
const AGENDA_TITLE = 'Agenda of the workshop'

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

/** A small PDF with one page of text, as a word processor would save it (readable by file-type and by viewers). */
function pdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(body.length)
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** A zip of stored (uncompressed) entries, in order: enough for an OpenDocument file. */
function zip(entries: Array<{ name: string; content: string }>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name)
    const data = Buffer.from(entry.content)
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    centrals.push(central, name)
    offset += local.length + name.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** A one-paragraph OpenDocument text (.odt): the `mimetype` entry first and uncompressed, as the format requires. */
function odt(text: string): Buffer {
  const ns = 'urn:oasis:names:tc:opendocument:xmlns'
  return zip([
    { name: 'mimetype', content: 'application/vnd.oasis.opendocument.text' },
    {
      name: 'META-INF/manifest.xml',
      content:
        `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="${ns}:manifest:1.0" manifest:version="1.2">` +
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    },
    {
      name: 'content.xml',
      content:
        `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="${ns}:office:1.0" ` +
        `xmlns:text="${ns}:text:1.0" office:version="1.2"><office:body><office:text><text:p>${text}</text:p>` +
        '</office:text></office:body></office:document-content>',
    },
  ])
}

async function signIn(): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB' })
  const page = await context.newPage()
  await page.goto(`${server.url}/#/login`)
  await page.locator('[name="username"]').fill(ADMIN.email)
  await page.locator('[name="password"]').fill(ADMIN.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => !url.hash.includes('login'))
  return page
}

/** Clicks a labelled button that opens the file chooser, and chooses `files` in it, as a user picking from disk. */
async function choose(page: Page, button: string, files: Array<{ name: string; mimeType: string; buffer: Buffer }>) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: button, exact: true }).click()
  await (await chooser).setFiles(files)
}

interface PublicDocument {
  title: { en: string; es: string }
  url: string
  mediaType: string
}
interface PublicEvent {
  title: { en: string }
  documents: PublicDocument[]
  image: { url: string; width: number | null; height: number | null } | null
}

test('an admin attaches two documents and a cover image, publishes, and the public calendar and feed offer them', async () => {
  const admin = await signIn()
  const institutions = (await (await admin.request.get(`${server.url}/api/institutions`)).json()) as { id: number }[]
  const created = await admin.request.post(`${server.url}/api/events`, {
    data: {
      title: TITLE,
      description: { en: '<p>Pathways for regular labour migration.</p>', es: '<p>Vías de migración laboral.</p>' },
      objectives: [],
      startDate: '2026-09-14',
      endDate: '2026-09-15',
      modality: 'in_person',
      city: 'Guatemala City',
      venueId: null,
      institutionIds: [institutions[0]?.id],
      contactEmails: ['rcm@example.org'],
      contactPhones: [],
    },
  })
  expect(created.status()).toBe(201)
  const { id } = (await created.json()) as { id: number }

  // The edit form: two documents chosen at once, then a cover image.
  await admin.goto(`${server.url}/#/events/${id}`)
  await choose(admin, 'Choose files', [
    { name: 'agenda.pdf', mimeType: 'application/pdf', buffer: pdf('Agenda of the workshop') },
    { name: 'concept_note.odt', mimeType: 'application/vnd.oasis.opendocument.text', buffer: odt('Concept note') },
  ])
  await expect.poll(() => admin.getByRole('heading', { name: /^Document \d/ }).count(), { timeout: 15_000 }).toBe(2)
  const cover = await sharp({ create: { width: 640, height: 360, channels: 3, background: { r: 20, g: 90, b: 160 } } })
    .png()
    .toBuffer()
  await choose(admin, 'Choose a cover image', [{ name: 'cover.png', mimeType: 'image/png', buffer: cover }])
  await expect.poll(() => admin.getByRole('img', { name: 'The cover image' }).count(), { timeout: 15_000 }).toBe(1)

  // The uploads finish in either order: the PDF's row is the one whose title came from "agenda".
  const titles = admin.getByRole('textbox', { name: 'Title (English)', exact: true })
  const agendaRow = (await titles.nth(0).inputValue()) === 'agenda' ? 0 : 1
  await titles.nth(agendaRow).fill(AGENDA_TITLE)
  await admin.getByRole('textbox', { name: 'Title (Spanish)', exact: true }).nth(agendaRow).fill('Agenda del taller')
  await admin.getByRole('button', { name: 'Save', exact: true }).click()
  await admin.waitForURL((url) => url.hash.endsWith('/show'))

  // Publish: every text is in both languages, so the dialog only asks to confirm.
  await expect.poll(() => admin.getByText('Ready to publish').count(), { timeout: 15_000 }).toBe(1)
  await admin.getByRole('button', { name: 'Publish', exact: true }).first().click()
  await admin.getByRole('dialog').getByRole('button', { name: 'Publish', exact: true }).click()
  await expect.poll(() => admin.getByText('Published', { exact: true }).count(), { timeout: 15_000 }).toBeGreaterThan(0)

  // The event's public page lists both documents, with links that download them, and shows the cover.
  const visitor = await browser.newPage()
  const page = await visitor.goto(`${server.url}/calendar/events/${id}`)
  expect(page?.status()).toBe(200)
  const links = visitor.locator('ul.documents a')
  expect(await links.allTextContents()).toEqual(expect.arrayContaining([AGENDA_TITLE, 'concept note']))
  const downloads = new Map<string, string | undefined>()
  for (const href of await links.evaluateAll((anchors) =>
    anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
  )) {
    const response = await visitor.request.get(href)
    expect(response.status()).toBe(200)
    downloads.set(href, response.headers()['content-type'])
  }
  expect([...downloads.values()].sort()).toEqual(['application/pdf', 'application/vnd.oasis.opendocument.text'])
  const coverImage = visitor.locator('img.cover')
  expect(await coverImage.count()).toBe(1)
  expect(await coverImage.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0)

  // The JSON feed carries the documents, with absolute URLs, and the image.
  const feed = (await (await visitor.request.get(`${server.url}/api/public/events.json`)).json()) as PublicEvent[]
  const published = feed.find((event) => event.title.en === TITLE.en)
  expect(published?.documents).toHaveLength(2)
  // Absolute URLs on the configured site address; their paths are the links the page offered.
  const paths = (published?.documents ?? []).map((document) => {
    expect(document.url).toMatch(/^https?:\/\//)
    return new URL(document.url).pathname
  })
  expect(paths.sort()).toEqual([...downloads.keys()].map((href) => new URL(href).pathname).sort())
  expect(published?.documents.map((document) => document.title.en)).toContain(AGENDA_TITLE)
  expect(published?.image?.url).toMatch(/^https?:\/\/.*\/api\/public\/files\/\d+\/cover\.png$/)
  expect(published?.image).toMatchObject({ width: 640, height: 360 })
  const image = await visitor.request.get(`${server.url}${new URL(published?.image?.url ?? '').pathname}`)
  expect(image.status()).toBe(200)
  expect(image.headers()['content-type']).toBe('image/png')
})
