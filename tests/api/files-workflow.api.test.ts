import type { Event, PublicEvent } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { insertCompleteEvent } from '../support/workflow'
import { PDF, download, png, uploadedId } from './files-helpers'
import { feedText, parseCsv } from './public-helpers'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const title = (en: string, es = en) => ({ en, es })
const save = (event: Event, changes: Partial<Event>) =>
  api.send('PUT', `/api/events/${event.id}`, { ...event, ...changes }) as Promise<{ status: number; body: Event }>
const publish = (event: Event) => api.send('POST', `/api/events/${event.id}/publish`, { version: event.version })
const publicJson = async () => JSON.parse(await feedText(api, 'events.json')) as PublicEvent[]
const staffHeaders = () => ({ Cookie: `rcm_session=${api.token}` })

test('documents are saved in the order given with their titles, kinds and languages, and reordered by saving again', async () => {
  const agenda = await uploadedId(api, PDF, 'agenda.pdf')
  const note = await uploadedId(api, Buffer.concat([PDF, Buffer.from('note')]), 'note.pdf')
  const event = api.insertEvent()

  const saved = await save(event, {
    documents: [
      { fileId: agenda, title: title('Agenda', 'Agenda'), kind: 'agenda', language: 'both' },
      { fileId: note, title: title('Concept note', ''), kind: 'concept_note', language: 'en' },
    ],
  })
  expect(saved.status).toBe(200)
  // Each document carries its file's name, format and size: the show page needs no request per file.
  expect(saved.body.documents).toEqual([
    {
      id: expect.any(Number),
      fileId: agenda,
      title: title('Agenda'),
      kind: 'agenda',
      language: 'both',
      file: { name: 'agenda.pdf', mediaType: 'application/pdf', bytes: PDF.length },
    },
    {
      id: expect.any(Number),
      fileId: note,
      title: title('Concept note', ''),
      kind: 'concept_note',
      language: 'en',
      file: { name: 'note.pdf', mediaType: 'application/pdf', bytes: PDF.length + 4 },
    },
  ])

  const [first, second] = saved.body.documents
  const reordered = await save(saved.body, { documents: [second!, first!] })
  expect(reordered.body.documents.map((document) => [document.id, document.fileId])).toEqual([
    [second!.id, note],
    [first!.id, agenda],
  ])
  const read = await api.request(`/api/events/${event.id}`)
  expect((read.body as Event).documents).toEqual(reordered.body.documents)
})

test('a document is replaced by pointing it at another file; the revision history keeps each version', async () => {
  const first = await uploadedId(api, PDF, 'report-v1.pdf')
  const second = await uploadedId(api, Buffer.concat([PDF, Buffer.from('v2')]), 'report-v2.pdf')
  const event = api.insertEvent()
  const withFirst = (
    await save(event, { documents: [{ fileId: first, title: title('Report'), kind: 'report', language: 'both' }] })
  ).body

  const replaced = await save(withFirst, { documents: [{ ...withFirst.documents[0]!, fileId: second }] })

  // The document sent back still names the first file's facts: the server gives the new file's own.
  expect(replaced.body.documents).toEqual([
    {
      ...withFirst.documents[0],
      fileId: second,
      file: { name: 'report-v2.pdf', mediaType: 'application/pdf', bytes: PDF.length + 2 },
    },
  ])
  const revisions = await api.request(
    `/api/revisions?filter=${encodeURIComponent(JSON.stringify({ eventId: event.id }))}`,
  )
  const fileIds = (revisions.body as Array<{ data: Event }>).map(
    (revision) => revision.data.documents[0]?.fileId ?? null,
  )
  expect(fileIds).toEqual(expect.arrayContaining([first, second]))
})

test('refuses a file id that does not exist, and a cover that is not an image, at their fields', async () => {
  const pdf = await uploadedId(api, PDF, 'agenda.pdf')
  const event = api.insertEvent()

  const response = await save(event, {
    documents: [{ fileId: 9999, title: title('Gone'), kind: 'other', language: 'en' }],
    imageFileId: pdf,
  })

  expect(response).toMatchObject({
    status: 400,
    body: {
      errors: { 'documents.0.fileId': 'No such file', imageFileId: 'The cover must be a PNG, JPEG or WebP image' },
    },
  })
})

test("a draft's files are never public; publishing freezes the documents and image, later edits wait for the next publish", async () => {
  const agenda = await uploadedId(api, PDF, 'Agenda RCM.pdf')
  const cover = await uploadedId(api, await png(800, 400), 'cover.png')
  const later = await uploadedId(api, Buffer.concat([PDF, Buffer.from('later')]), 'later.pdf')
  const event = insertCompleteEvent(api)
  const draft = (
    await save(event, {
      documents: [{ fileId: agenda, title: title('Agenda', 'Agenda'), kind: 'agenda', language: 'both' }],
      imageFileId: cover,
    })
  ).body

  expect((await download(`${api.url}/api/public/files/${agenda}/x.pdf`)).status).toBe(404)
  expect((await download(`${api.url}/api/public/files/${cover}/cover.png`)).status).toBe(404)
  expect((await download(`${api.url}/api/files/${agenda}`)).status).toBe(401)

  expect((await publish(draft)).status).toBe(200)
  const [published] = await publicJson()
  expect(published).toMatchObject({
    documents: [
      {
        title: title('Agenda'),
        kind: 'agenda',
        language: 'both',
        url: `${api.url}/api/public/files/${agenda}/Agenda%20RCM.pdf`,
        bytes: PDF.length,
        mediaType: 'application/pdf',
      },
    ],
    image: { url: `${api.url}/api/public/files/${cover}/cover.png`, width: 800, height: 400 },
  })
  const served = await download(published!.documents[0]!.url)
  expect({ status: served.status, body: served.body.equals(PDF) }).toEqual({ status: 200, body: true })

  const current = (await api.request(`/api/events/${event.id}`)).body as Event
  await save(current, {
    documents: [{ fileId: later, title: title('Later'), kind: 'report', language: 'en' }],
    imageFileId: null,
  })

  const [stillPublished] = await publicJson()
  expect(stillPublished!.documents.map((document) => document.url)).toEqual([published!.documents[0]!.url])
  expect(stillPublished!.image).toEqual(published!.image)
  expect((await download(`${api.url}/api/public/files/${later}/later.pdf`)).status).toBe(404)
  expect((await download(`${api.url}/api/public/files/${agenda}/x.pdf`)).status).toBe(200)
})

test('unpublishing stops serving its files to the public', async () => {
  const agenda = await uploadedId(api, PDF, 'agenda.pdf')
  const event = insertCompleteEvent(
    api,
    { documents: [{ fileId: agenda, title: title('Agenda'), kind: 'agenda', language: 'both' }] },
    'published',
  )
  expect((await download(`${api.url}/api/public/files/${agenda}/agenda.pdf`)).status).toBe(200)

  expect((await api.send('POST', `/api/events/${event.id}/unpublish`, { version: event.version })).status).toBe(200)

  expect((await download(`${api.url}/api/public/files/${agenda}/agenda.pdf`)).status).toBe(404)
})

test('CSV lists the documents\' URLs joined by "; ", ICS an ATTACH line per document, the public page links them', async () => {
  const agenda = await uploadedId(api, PDF, 'agenda.pdf')
  const report = await uploadedId(api, Buffer.concat([PDF, Buffer.from('report')]), 'informe.pdf')
  insertCompleteEvent(
    api,
    {
      title: title('Forum', 'Foro'),
      startDate: '2026-09-01',
      endDate: '2026-09-02',
      documents: [
        { fileId: agenda, title: title('Agenda', 'Agenda'), kind: 'agenda', language: 'en' },
        { fileId: report, title: title('', 'Informe final'), kind: 'report', language: 'es' },
      ],
    },
    'published',
  )
  const urls = [`${api.url}/api/public/files/${agenda}/agenda.pdf`, `${api.url}/api/public/files/${report}/informe.pdf`]

  const [header, row] = parseCsv(await feedText(api, 'events.csv'))
  expect(row![header!.indexOf('documents')]).toBe(urls.join('; '))
  const ics = (await feedText(api, 'events.ics')).replace(/\r\n /g, '')
  expect(ics).toContain(`ATTACH;FMTTYPE=application/pdf:${urls[0]}\r\n`)
  expect(ics).toContain(`ATTACH;FMTTYPE=application/pdf:${urls[1]}\r\n`)
  const spanishPage = await (await fetch(`${api.url}/calendar?lang=es`)).text()
  expect(spanishPage.indexOf('Informe final')).toBeGreaterThan(-1)
  expect(spanishPage.indexOf('Informe final')).toBeLessThan(spanishPage.indexOf('>Agenda<'))
  expect(spanishPage).toContain(`href="/api/public/files/${report}/informe.pdf" hreflang="es"`)
})

test('downloads answer Range requests with 206 and an unsatisfiable one with 416, and revalidate by ETag', async () => {
  const content = Buffer.concat([PDF, Buffer.alloc(10_000, 65)])
  const id = await uploadedId(api, content, 'big.pdf')
  const url = `${api.url}/api/files/${id}`

  const whole = await download(url, { headers: staffHeaders() })
  expect(whole.headers.get('content-length')).toBe(String(content.length))
  expect(whole.headers.get('accept-ranges')).toBe('bytes')
  const part = await download(url, { headers: { ...staffHeaders(), Range: 'bytes=5-14' } })
  expect({ status: part.status, range: part.headers.get('content-range'), body: part.body.toString() }).toEqual({
    status: 206,
    range: `bytes 5-14/${content.length}`,
    body: content.subarray(5, 15).toString(),
  })
  const beyond = await download(url, { headers: { ...staffHeaders(), Range: `bytes=${content.length + 10}-` } })
  expect(beyond.status).toBe(416)
  const etag = whole.headers.get('etag')
  expect(etag).toMatch(/^"[0-9a-f]{64}"$/)
  // fetch() adds `Cache-Control: no-cache` to a conditional request unless it has one; a browser revalidating sends none.
  const revalidation = { ...staffHeaders(), 'If-None-Match': etag!, 'Cache-Control': 'max-age=0' }
  expect((await download(url, { headers: revalidation })).status).toBe(304)
})

test('only images and PDF are inline; everything has nosniff and a safe, encoded filename', async () => {
  const pdf = await uploadedId(api, PDF, 'Informe "final"\r\nSet-Cookie: x=1.pdf')
  const image = await uploadedId(api, await png(), 'foto año.png')

  const pdfAnswer = await download(`${api.url}/api/files/${pdf}`, { headers: staffHeaders() })
  const imageAnswer = await download(`${api.url}/api/files/${image}`, { headers: staffHeaders() })
  expect(pdfAnswer.headers.get('content-disposition')).toBe(`inline; filename="Informe \\"final\\"Set-Cookie: x=1.pdf"`)
  expect(pdfAnswer.headers.get('set-cookie')).toBeNull()
  expect(imageAnswer.headers.get('content-disposition')).toBe(
    `inline; filename="foto a?o.png"; filename*=UTF-8''foto%20a%C3%B1o.png`,
  )
  for (const answer of [pdfAnswer, imageAnswer]) expect(answer.headers.get('x-content-type-options')).toBe('nosniff')
  expect(imageAnswer.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
})
