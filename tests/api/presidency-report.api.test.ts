import type { Event } from '@rcm/shared'
import { JSDOM } from 'jsdom'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { startTestApi, type TestApi } from '../support/api'
import { insertCompleteEvent } from '../support/workflow'
import { PDF, download, png, uploadedId } from './files-helpers'

// Seeded by migrations/0017: El Salvador's presidency of 2026, which every event of 2026 belongs to.
const EL_SALVADOR_2026 = 1

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const title = (en: string, es = en) => ({ en, es })

async function report(lang: 'en' | 'es') {
  const response = await api.request(`/api/presidencies/${EL_SALVADOR_2026}/report?lang=${lang}`)
  expect(response.status).toBe(200)
  const text = String(response.body)
  const { document } = new JSDOM(text).window
  const fields = Object.fromEntries(
    [...document.querySelectorAll('article dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  )
  const documents = [...document.querySelectorAll('article li:has(> a)')].map((li) => ({
    text: li.textContent,
    href: li.querySelector('a')?.getAttribute('href'),
  }))
  return { text, document, fields, documents }
}

test("the report gives each published event's times in its zone, its documents with kind, format, size and language, and its cover", async () => {
  const agenda = await uploadedId(api, PDF, 'agenda.pdf')
  const note = await uploadedId(api, Buffer.concat([PDF, Buffer.from('note')]), 'concept-note.pdf')
  const cover = await uploadedId(api, await png(1600, 900), 'cover.png')
  const secret = await uploadedId(api, Buffer.concat([PDF, Buffer.from('secret')]), 'secret-minutes.pdf')
  const published = insertCompleteEvent(
    api,
    {
      title: title('Regional workshop', 'Taller regional'),
      startDate: '2026-05-12',
      endDate: '2026-05-13',
      startTime: '09:00',
      endTime: '17:30',
      timeZone: 'America/El_Salvador',
      documents: [
        { fileId: agenda, title: title('Agenda', 'Agenda'), kind: 'agenda', language: 'both' },
        { fileId: note, title: title('Concept note', 'Nota conceptual'), kind: 'concept_note', language: 'en' },
      ],
      imageFileId: cover,
    },
    'published',
  )
  // Neither a draft's documents nor those of an edit not yet published are public.
  insertCompleteEvent(api, {
    title: title('Draft meeting', 'Reunión en borrador'),
    startDate: '2026-06-01',
    endDate: null,
    documents: [{ fileId: secret, title: title('Secret minutes', 'Acta secreta'), kind: 'report', language: 'en' }],
  })
  const edited = await api.send('PUT', `/api/events/${published.id}`, {
    ...published,
    documents: [
      ...published.documents,
      { fileId: secret, title: title('Unpublished annex', 'Anexo sin publicar'), kind: 'other', language: 'es' },
    ],
  })
  expect((edited.body as Event).documents).toHaveLength(3)

  const english = await report('en')
  const spanish = await report('es')

  expect(english.fields).toMatchObject({ Time: '09:00–17:30 (America/El_Salvador, UTC-06:00)' })
  expect(spanish.fields).toMatchObject({ Hora: '09:00–17:30 (America/El_Salvador, UTC-06:00)' })
  expect(english.documents).toEqual([
    { text: 'Agenda (Agenda, PDF, 1 KB, English and Spanish)', href: `/api/public/files/${agenda}/agenda.pdf` },
    {
      text: 'Concept note (Concept note, PDF, 1 KB, English)',
      href: `/api/public/files/${note}/concept-note.pdf`,
    },
  ])
  // The documents in the report's language (or both) first, as the event's public page lists them.
  expect(spanish.documents).toEqual([
    { text: 'Agenda (Agenda, PDF, 1 KB, español e inglés)', href: `/api/public/files/${agenda}/agenda.pdf` },
    {
      text: 'Nota conceptual (Nota conceptual, PDF, 1 KB, inglés)',
      href: `/api/public/files/${note}/concept-note.pdf`,
    },
  ])
  expect(english.document.querySelector('article h3:has(+ ul.documents)')?.textContent).toBe('Documents')
  expect(spanish.document.querySelector('article h3:has(+ ul.documents)')?.textContent).toBe('Documentos')
  expect(english.document.querySelector('article img.cover')?.getAttribute('src')).toBe(
    `/api/public/files/${cover}/cover.png?size=1200`,
  )
  // The links are the public files, which anyone the report is given to can open.
  expect((await download(`${api.url}/api/public/files/${agenda}/agenda.pdf`)).status).toBe(200)
  for (const page of [english.text, spanish.text]) {
    expect(page).not.toMatch(/Secret minutes|Acta secreta|Unpublished annex|Anexo sin publicar|Draft meeting/)
    expect(page).not.toContain('secret-minutes.pdf')
  }
  // Print shows the links as plain text, the details in brackets saying what each document is.
  expect(english.text).toMatch(/@media print\{.*a\{color:inherit;text-decoration:none\}/s)
})

test('an event without times, documents or cover shows none of them, and no empty heading', async () => {
  insertCompleteEvent(api, { title: title('Forum'), startDate: '2026-03-02', endDate: null }, 'published')

  const { fields, documents, document } = await report('en')

  expect(Object.keys(fields)).not.toContain('Time')
  expect(documents).toEqual([])
  expect(document.querySelector('article img')).toBeNull()
  expect(document.querySelector('article h3')).toBeNull()
})
