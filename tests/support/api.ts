import type { Server } from 'node:http'
import { EventInputSchema, InstitutionInputSchema, VenueInputSchema, type Event, type EventInput, type EventStatus, type Institution, type InstitutionInput, type Venue, type VenueInput } from '@rcm/shared'
import simpleRestProvider from 'ra-data-simple-rest'
import { SYSTEM_ACTOR } from '../../server/src/actor'
import { createApp } from '../../server/src/app'
import type { Db } from '../../server/src/db/connection'
import { createEvent } from '../../server/src/events/events.service'
import { createInstitution } from '../../server/src/institutions/institutions.service'
import { createVenue } from '../../server/src/venues/venues.service'
import { buildEvent, buildInstitution, buildVenue } from './builders'
import { createTestDb } from './test-db'

export interface RawResponse {
  status: number
  headers: Headers
  /** The parsed JSON body, or the text when it is not JSON. */
  body: unknown
}

/** The app on a loopback port over a fresh database, driven as react-admin drives it. */
export interface TestApi {
  url: string
  db: Db
  /** The real ra-data-simple-rest provider, as the client uses it. */
  dataProvider: ReturnType<typeof simpleRestProvider>
  /** A plain fetch of `path` (e.g. "/api/events?range=[0,9]"), for what the provider cannot send. */
  request(path: string, init?: RequestInit): Promise<RawResponse>
  /** Direct inserts through the services, for data a test needs but does not exercise. */
  insertEvent(overrides?: Partial<EventInput>, status?: EventStatus): Event
  insertVenue(overrides?: Partial<VenueInput>): Venue
  insertInstitution(overrides?: Partial<InstitutionInput>): Institution
  close(): Promise<void>
}

export async function startTestApi(options: { clientDist?: string } = {}): Promise<TestApi> {
  const db = createTestDb()
  const app = createApp({ db, clientDist: options.clientDist })
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('The test server has no TCP address')
  const { port } = address
  const url = `http://127.0.0.1:${port}`

  return {
    url,
    db,
    dataProvider: simpleRestProvider(`${url}/api`),
    async request(path, init) {
      const response = await fetch(`${url}${path}`, init)
      const text = await response.text()
      let body: unknown = text
      try {
        body = JSON.parse(text)
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, headers: response.headers, body }
    },
    insertEvent: (overrides, status) => createEvent(db, SYSTEM_ACTOR, EventInputSchema.parse(buildEvent(overrides)), { status }),
    insertVenue: (overrides) => createVenue(db, SYSTEM_ACTOR, VenueInputSchema.parse(buildVenue(overrides))),
    insertInstitution: (overrides) => createInstitution(db, SYSTEM_ACTOR, InstitutionInputSchema.parse(buildInstitution(overrides))),
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
      db.close()
    },
  }
}

/** A JSON request body with its Content-Type, for `request`. */
export function jsonBody(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) }
}
