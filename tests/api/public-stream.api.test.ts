import { Writable } from 'node:stream'
import type { Response } from 'express'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { streamFeed } from '../../server/src/public/feed-response'
import { jsonFormat } from '../../server/src/public/json'
import { startTestApi, type TestApi } from '../support/api'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

/** A slow client: takes a chunk every tick, with a small buffer, recording how full the buffer got. */
function slowClient(options: { closeAfter?: number } = {}) {
  const chunks: string[] = []
  let peak = 0
  const sink = new Writable({
    highWaterMark: 4096,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString())
      if (options.closeAfter !== undefined && chunks.length >= options.closeAfter) {
        sink.destroy()
        return
      }
      setTimeout(callback, 1)
    },
  })
  const write = sink.write.bind(sink)
  sink.write = ((chunk: string) => {
    const ok = write(chunk)
    peak = Math.max(peak, sink.writableLength)
    return ok
  }) as typeof sink.write
  return { sink, chunks, peak: () => peak }
}

function publishMany(count: number) {
  const institution = api.insertInstitution()
  for (let index = 0; index < count; index++)
    api.insertEvent(
      { city: 'San José', institutionIds: [institution.id], startDate: '2026-05-12', endDate: null },
      'published',
    )
}

test('waits for the client between pages: the buffer never holds much more than one page', async () => {
  publishMany(650)
  const client = slowClient()

  await streamFeed(
    api.db,
    client.sink as unknown as Response,
    { today: '2026-01-01' },
    jsonFormat('https://calendar.example.org'),
  )
  await new Promise((resolve) => client.sink.on('finish', resolve))

  const events = JSON.parse(client.chunks.join('')) as unknown[]
  expect(events).toHaveLength(650)
  // Pages of at most 50 rows; without waiting for 'drain' all of them would pile up.
  const pageBytes = Buffer.byteLength(client.chunks.join('')) / Math.ceil(650 / 50)
  expect(client.peak()).toBeLessThanOrEqual(pageBytes + 4096)
  // The database is free while the response waits: other requests can use it.
  expect((await api.anonymous().request('/api/public/events.json?lang=en')).status).toBe(200)
})

test('stops reading when the client goes away', async () => {
  publishMany(650)
  const client = slowClient({ closeAfter: 2 })

  await streamFeed(
    api.db,
    client.sink as unknown as Response,
    { today: '2026-01-01' },
    jsonFormat('https://calendar.example.org'),
  )

  expect(client.chunks.length).toBeLessThanOrEqual(3)
})

test('pages through many events on one day in every group, each once and in order', async () => {
  const insert = (count: number, startDate: string | null) =>
    Array.from({ length: count }, () => api.insertEvent({ city: 'San José', startDate, endDate: null }, 'published').id)
  const past = insert(230, '2026-03-02')
  const upcoming = insert(210, '2026-07-01')
  const undated = insert(5, null)
  const client = slowClient()

  await streamFeed(
    api.db,
    client.sink as unknown as Response,
    { today: '2026-06-01' },
    jsonFormat('https://calendar.example.org'),
  )
  await new Promise((resolve) => client.sink.on('finish', resolve))

  // Upcoming earliest first, then undated, then past latest first; one day's events by id.
  const served = (JSON.parse(client.chunks.join('')) as Array<{ id: number }>).map((event) => event.id)
  expect(served).toEqual([...upcoming, ...undated, ...past])
}, 30_000)
