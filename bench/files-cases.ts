import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BenchCase, CaseContext } from './cases'

/** The folder the baseline serves with express.static at /static (its STATIC_DIR). */
export const staticDir = (runDir: string) => join(runDir, 'static')

const MB = 1024 * 1024
const DOWNLOAD_NAME = 'bench-agenda.pdf'

/** A PDF of `bytes` bytes: file-type knows it by its header; the rest is a comment. */
function pdfOf(bytes: number): Buffer {
  const head = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%')
  const tail = Buffer.from('\ntrailer << /Root 1 0 R >>\n%%EOF\n')
  return Buffer.concat([head, Buffer.alloc(bytes - head.length - tail.length, 'x'), tail])
}

/** fetch, tried once more when the connection fails: a pooled connection the app closed after the previous case's load. */
async function request(url: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(url, init)
  } catch {
    return fetch(url, init).catch((error: unknown) => {
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : ''
      throw new Error(`${init.method ?? 'GET'} ${url} failed${cause}`)
    })
  }
}

async function upload(context: CaseContext, content: Buffer, name: string): Promise<number> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(content)], { type: 'application/pdf' }), name)
  const response = await request(`${context.origin}/api/files`, {
    method: 'POST',
    headers: context.headers,
    body: form,
  })
  const body = (await response.json()) as { id?: number; message?: string }
  if (response.status !== 201 || body.id === undefined)
    throw new Error(`Upload answered ${response.status}: ${body.message}`)
  return body.id
}

/**
 * The file's public path once a published event lists it: attached to the
 * first published event that publishes again, as an editor would do.
 */
async function publishedFilePath(context: CaseContext, content: Buffer): Promise<string> {
  const fileId = await upload(context, content, DOWNLOAD_NAME)
  const json = { ...context.headers, 'Content-Type': 'application/json' }
  const query = `filter=${encodeURIComponent('{"status":"published"}')}&range=${encodeURIComponent('[0,19]')}`
  const list = (await (
    await request(`${context.origin}/api/events?${query}`, { headers: context.headers })
  ).json()) as {
    id: number
  }[]
  for (const { id } of list) {
    const event = (await (
      await request(`${context.origin}/api/events/${id}`, { headers: context.headers })
    ).json()) as {
      version: number
    }
    const document = { fileId, title: { en: 'Agenda', es: 'Agenda' }, kind: 'agenda', language: 'both' }
    const saved = await request(`${context.origin}/api/events/${id}`, {
      method: 'PUT',
      headers: json,
      body: JSON.stringify({ ...event, documents: [document] }),
    })
    if (!saved.ok) continue
    const { version } = (await saved.json()) as { version: number }
    const published = await request(`${context.origin}/api/events/${id}/publish`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ version }),
    })
    await published.arrayBuffer()
    if (published.ok) return `/api/public/files/${fileId}/${DOWNLOAD_NAME}`
  }
  throw new Error('No published event could take the document')
}

/**
 * Uploads of 25 MB (just under the default MAX_UPLOAD_MB), one after
 * another, until `seconds` have passed: the load of the case around it runs
 * meanwhile.
 */
function uploadInBackground(context: CaseContext, seconds: number) {
  const content = pdfOf(25 * MB - 64 * 1024)
  const until = Date.now() + seconds * 1000
  let uploads = 0
  const loop = async () => {
    while (Date.now() < until) {
      await upload(context, content, 'bench-large.pdf')
      uploads++
    }
  }
  loop().then(
    () => console.error(`  ${uploads} uploads of 25 MB done`),
    (error: unknown) => console.error(`  the background upload failed: ${String(error)}`),
  )
}

/**
 * The files cases: a public download against express.static serving the
 * same bytes (the baseline's /static), and getOne while 25 MB uploads run.
 * `runDir` holds the baseline's static folder; `caseSeconds` is how long one
 * case's loads last in all (warm-ups and halves), for the background uploads.
 */
export function filesCases(runDir: string, caseSeconds: number): BenchCase[] {
  const content = pdfOf(MB)
  let appPath: string | undefined
  return [
    {
      id: 'file-download',
      label: 'public file download (1 MB PDF) vs express.static',
      spec: async (kind, context) => {
        if (kind === 'jsonServer') return null
        if (kind === 'app') {
          appPath ??= await publishedFilePath(context, content)
          return { headers: context.headers, next: () => ({ path: appPath! }) }
        }
        mkdirSync(staticDir(runDir), { recursive: true })
        writeFileSync(join(staticDir(runDir), DOWNLOAD_NAME), content)
        return { next: () => ({ path: `/static/${DOWNLOAD_NAME}` }) }
      },
    },
    {
      id: 'get-one-during-upload',
      label: 'getOne (random id) while 25 MB uploads run',
      spec: (kind, context) => {
        if (kind !== 'app') return null
        uploadInBackground(context, caseSeconds)
        let id = 0
        return {
          headers: context.headers,
          next: () => ({ path: `/api/events/${1 + (id++ % context.events)}` }),
        }
      },
    },
  ]
}
