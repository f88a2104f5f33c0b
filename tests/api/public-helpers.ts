import ICAL from 'ical.js'
import { expect } from 'vitest'
import type { TestApi } from '../support/api'

export interface FeedResponse {
  status: number
  headers: Headers
  /** The body's bytes as sent (fetch's text() would drop a byte-order mark). */
  bytes: Buffer
  text: string
}

/** GETs a public feed anonymously, keeping the raw bytes. */
export async function fetchFeed(
  api: TestApi,
  path: string,
  headers: Record<string, string> = {},
): Promise<FeedResponse> {
  const response = await fetch(`${api.url}/api/public/${path}`, { headers })
  const bytes = Buffer.from(await response.arrayBuffer())
  return { status: response.status, headers: response.headers, bytes, text: bytes.toString('utf8') }
}

/** GETs a feed that must answer 200, returning its text. */
export async function feedText(api: TestApi, path: string): Promise<string> {
  const response = await fetchFeed(api, path)
  expect(response.status, `${path}: ${response.text.slice(0, 300)}`).toBe(200)
  return response.text
}

/** RFC 4180 CSV (after the byte-order mark) as rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = text.startsWith('\uFEFF') ? 1 : 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') cell += text[++i]
      else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += char
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell])
  return rows
}

/** CSV rows as objects keyed by the header row. */
export function csvObjects(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text)
  return rows.map((row) => Object.fromEntries((header ?? []).map((name, index) => [name, row[index] ?? ''])))
}

/** The VEVENTs of an iCalendar text, parsed by ical.js. */
export function vevents(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')
}
