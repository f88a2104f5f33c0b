import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { createLogger } from '../../server/src/logging/logger'
import { startTestApi, type TestApi } from '../support/api'
import { PDF, jpegWithGps, png, upload, uploadedId, download } from './files-helpers'

let api: TestApi
let uploadsPath: string
beforeEach(async () => {
  uploadsPath = mkdtempSync(join(tmpdir(), 'files-test-'))
  api = await startTestApi({ files: { uploadsPath, maxUploadBytes: 256 * 1024 } })
})
afterEach(() => api.close())

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex')
const storedBlobs = () =>
  readdirSync(uploadsPath)
    .filter((folder) => /^[0-9a-f]{2}$/.test(folder))
    .flatMap((folder) => readdirSync(join(uploadsPath, folder)).filter((name) => /^[0-9a-f]{64}$/.test(name)))

test('an editor uploads a PDF: 201 with its id, name, type found in its content, size and SHA-256', async () => {
  const response = await upload(api.as('editor'), PDF, 'Agenda final.pdf', 'text/plain')

  expect(response.status).toBe(201)
  expect(response.body).toEqual({
    id: expect.any(Number),
    name: 'Agenda final.pdf',
    mediaType: 'application/pdf',
    bytes: PDF.length,
    sha256: sha256(PDF),
  })
  expect(response.headers.get('location')).toBe(`/api/files/${(response.body as { id: number }).id}`)
})

test('an image gets its size, and smaller WebP copies served with ?size=', async () => {
  const response = await upload(api.as('editor'), await png(1600, 900), 'cover.png')
  const { id, width, height, mediaType } = response.body as {
    id: number
    width: number
    height: number
    mediaType: string
  }

  expect({ status: response.status, width, height, mediaType }).toEqual({
    status: 201,
    width: 1600,
    height: 900,
    mediaType: 'image/png',
  })
  const small = await download(`${api.url}/api/files/${id}?size=320`, {
    headers: { Cookie: `rcm_session=${api.token}` },
  })
  expect(small.headers.get('content-type')).toBe('image/webp')
  expect((await sharp(small.body).metadata()).width).toBe(320)
})

test("refuses by content, whatever the name and Content-Type say: an HTML page named .pdf is a 415 in the caller's language", async () => {
  const html = '<!doctype html><html><body><script>alert(1)</script></body></html>'
  const english = await upload(api.as('editor'), html, 'agenda.pdf', 'application/pdf')
  const spanish = await api.as('editor').request('/api/files', {
    method: 'POST',
    headers: { 'Accept-Language': 'es' },
    body: (() => {
      const form = new FormData()
      form.append('file', new Blob([html], { type: 'application/pdf' }), 'agenda.pdf')
      return form
    })(),
  })

  expect(english).toMatchObject({
    status: 415,
    body: {
      message:
        'This kind of file cannot be attached: only PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG and WebP files are accepted',
    },
  })
  expect(spanish).toMatchObject({
    status: 415,
    body: {
      message:
        'Este tipo de archivo no se puede adjuntar: solo se aceptan PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG y WebP',
    },
  })
  expect(storedBlobs()).toEqual([])
})

test('a program renamed .pdf is refused in words a user reads, without its media type, which goes to the log', async () => {
  await api.close()
  const lines: string[] = []
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(line) } })
  api = await startTestApi({ files: { uploadsPath, maxUploadBytes: 256 * 1024 }, logger })
  // The start of a Windows program: "MZ", then the offset of its PE header, and the header.
  const program = Buffer.alloc(256)
  program.write('MZ', 0, 'latin1')
  program.writeUInt32LE(0x80, 0x3c)
  program.write('PE\0\0', 0x80, 'latin1')

  const refused = await api.as('editor').request('/api/files', {
    method: 'POST',
    headers: { 'Accept-Language': 'es' },
    body: (() => {
      const form = new FormData()
      form.append('file', new Blob([program], { type: 'application/pdf' }), 'informe.pdf')
      return form
    })(),
  })

  expect(refused.status).toBe(415)
  const { message } = refused.body as { message: string }
  expect(message).toContain('solo se aceptan PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG y WebP')
  expect(message).not.toMatch(/application\/|x-msdownload|contenido es/)
  const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
  expect(entries).toContainEqual(
    expect.objectContaining({ msg: 'upload refused by content', detected: 'application/x-msdownload' }),
  )
})

test('refuses an SVG image, which could run script if shown', async () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
  expect((await upload(api.as('editor'), svg, 'logo.png', 'image/png')).status).toBe(415)
})

test('a file over MAX_UPLOAD_MB is a 413 and nothing is kept', async () => {
  const big = Buffer.concat([PDF, Buffer.alloc(300 * 1024, 32)])

  const response = await upload(api.as('editor'), big, 'big.pdf')

  expect(response).toMatchObject({ status: 413, body: { message: expect.stringContaining('256 KB') } })
  expect(storedBlobs()).toEqual([])
  const tmp = join(uploadsPath, 'tmp')
  await expect.poll(() => (existsSync(tmp) ? readdirSync(tmp) : [])).toEqual([])
})

test('the same content uploaded twice is stored once, under two files with their own names', async () => {
  const editor = api.as('editor')
  const first = await uploadedId(editor, PDF, 'agenda.pdf')
  const second = await uploadedId(editor, PDF, 'agenda (copy).pdf')

  expect(second).not.toBe(first)
  expect(storedBlobs()).toEqual([sha256(PDF)])
})

test('a JPEG is kept without its EXIF: no GPS position or camera in what is stored or served', async () => {
  const original = await jpegWithGps()
  expect(original.includes(Buffer.from('SecretCamera'))).toBe(true)

  const response = await upload(api.as('editor'), original, 'photo.jpg')
  const { id } = response.body as { id: number }
  const served = await download(`${api.url}/api/files/${id}`, { headers: { Cookie: `rcm_session=${api.token}` } })

  expect(served.headers.get('content-type')).toBe('image/jpeg')
  expect(served.body.includes(Buffer.from('SecretCamera'))).toBe(false)
  expect((await sharp(served.body).metadata()).exif).toBeUndefined()
})

test('uploads need an editor session, and a multipart body', async () => {
  expect((await upload(api.anonymous(), PDF, 'a.pdf')).status).toBe(401)
  expect((await api.as('editor').send('POST', '/api/files', { file: 'x' })).status).toBe(415)
})
