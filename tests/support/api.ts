import { randomBytes } from 'node:crypto'
import {
  EventInputSchema,
  InstitutionInputSchema,
  VenueInputSchema,
  type Event,
  type EventInput,
  type EventStatus,
  type Institution,
  type InstitutionInput,
  type Role,
  type User,
  type Venue,
  type VenueInput,
} from '@rcm/shared'
import { fetchUtils } from 'ra-core'
import simpleRestProvider from 'ra-data-simple-rest'
import { SYSTEM_ACTOR } from '../../server/src/actor'
import { createApp, type AppOptions } from '../../server/src/app'
import type { AuthSettings } from '../../server/src/auth/auth-settings'
import { hashPassword, type ScryptParams } from '../../server/src/auth/passwords'
import { sessionsRepository } from '../../server/src/auth/sessions.repository'
import type { Db } from '../../server/src/db/connection'
import { createEvent } from '../../server/src/events/events.service'
import { takeStep } from '../../server/src/events/workflow.service'
import { SESSION_COOKIE } from '../../server/src/http/session-cookie'
import { createInstitution } from '../../server/src/institutions/institutions.service'
import { usersRepository } from '../../server/src/users/users.repository'
import { createVenue } from '../../server/src/venues/venues.service'
import { buildEvent, buildInstitution, buildVenue } from './builders'
import { createTestDb } from './test-db'
import { closeServer, listenOnLoopback } from './loopback'

/** scrypt at a cost tests can afford; the stored parameters make verification follow them. */
export const TEST_SCRYPT: ScryptParams = { N: 1024, r: 8, p: 1 }
/** The password of every user the helpers create. */
export const TEST_PASSWORD = 'a long test password for everyone'
const TEST_HASH = await hashPassword(TEST_PASSWORD, TEST_SCRYPT)

export interface RawResponse {
  status: number
  headers: Headers
  /** The parsed JSON body, or the text when it is not JSON. */
  body: unknown
}

/** Someone calling the API: signed in with a session cookie, or anonymous. */
export interface TestClient {
  /** The signed-in user; null for anonymous. */
  user: User | null
  /** The session cookie's value; null for anonymous. */
  token: string | null
  /** The real ra-data-simple-rest provider, as the client uses it, with this session's cookie. */
  dataProvider: ReturnType<typeof simpleRestProvider>
  /** A plain fetch of `path` (e.g. "/api/events?range=[0,9]"), for what the provider cannot send. */
  request(path: string, init?: RequestInit): Promise<RawResponse>
  /** A JSON POST (or `method`) of `body`. */
  send(method: string, path: string, body?: unknown): Promise<RawResponse>
}

/** The app on a loopback port over a fresh database, driven as react-admin drives it; by default as an admin. */
export interface TestApi extends TestClient {
  url: string
  db: Db
  /** The app's clock: set `clock.now` to move time. */
  clock: { now: Date }
  /** A client signed in as a new user of `role` (one per role and TestApi, unless `fresh`). */
  as(role: Role, options?: { fresh?: boolean }): TestClient
  anonymous(): TestClient
  /** Creates a user (password TEST_PASSWORD unless given) without signing in. */
  createUser(role: Role, overrides?: Partial<{ email: string; fullName: string; active: boolean }>): User
  /** A client with the session cookie `response` set (e.g. after a second factor), as `user`. */
  withSessionOf(response: RawResponse, user: User | null): TestClient
  /** Signs in through POST /api/auth/login; the client is anonymous when it fails. */
  signIn(email: string, password?: string): Promise<{ response: RawResponse; client: TestClient }>
  /** Direct inserts through the services, for data a test needs but does not exercise. */
  insertEvent(overrides?: Partial<EventInput>, status?: EventStatus): Event
  insertVenue(overrides?: Partial<VenueInput>): Venue
  insertInstitution(overrides?: Partial<InstitutionInput>): Institution
  close(): Promise<void>
}

let userSequence = 0

/** `databasePath`: a migrated file instead of a fresh in-memory database, for tests that restart the app over the same data. */
export async function startTestApi(
  options: {
    clientDist?: string
    auth?: Partial<AuthSettings>
    databasePath?: string
    publicSiteUrl?: string
    trustProxy?: AppOptions['trustProxy']
    logger?: AppOptions['logger']
    allowedHosts?: AppOptions['allowedHosts']
    resolveHost?: AppOptions['resolveHost']
    embedOrigins?: AppOptions['embedOrigins']
    files?: AppOptions['files']
  } = {},
): Promise<TestApi> {
  const db = options.databasePath === undefined ? createTestDb() : createTestDb(options.databasePath)
  const clock = { now: new Date() }
  const { server } = createApp({
    db,
    clientDist: options.clientDist,
    publicSiteUrl: options.publicSiteUrl,
    trustProxy: options.trustProxy,
    resolveHost: options.resolveHost,
    logger: options.logger,
    allowedHosts: options.allowedHosts,
    embedOrigins: options.embedOrigins,
    files: options.files,
    // No role needs a second factor unless a test asks (auth-mfa tests): the others sign in with a password alone.
    // Sessions last as long as tests that move the clock by hours (retries, schedules) need; the auth tests set theirs.
    auth: {
      scrypt: TEST_SCRYPT,
      now: () => clock.now,
      mfaRequiredRoles: [],
      idleMs: 8 * 60 * 60_000,
      absoluteMs: 7 * 24 * 60 * 60_000,
      ...options.auth,
    },
  })
  const url = await listenOnLoopback(server)

  function client(user: User | null, token: string | null): TestClient {
    const withCookie = (headers?: HeadersInit) => {
      const merged = new Headers(headers)
      if (token !== null) merged.set('Cookie', `${SESSION_COOKIE}=${token}`)
      return merged
    }
    const request = async (path: string, init: RequestInit = {}): Promise<RawResponse> => {
      const response = await fetch(`${url}${path}`, { ...init, headers: withCookie(init.headers) })
      const text = await response.text()
      let body: unknown = text
      try {
        body = JSON.parse(text)
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, headers: response.headers, body }
    }
    const httpClient = (target: string, init: fetchUtils.Options = {}) =>
      fetchUtils.fetchJson(target, {
        ...init,
        headers: withCookie((init.headers as HeadersInit | undefined) ?? { Accept: 'application/json' }),
      })
    return {
      user,
      token,
      dataProvider: simpleRestProvider(`${url}/api`, httpClient),
      request,
      send: (method, path, body) => request(path, body === undefined ? { method } : jsonBody(method, body)),
    }
  }

  function createUser(role: Role, overrides: Partial<{ email: string; fullName: string; active: boolean }> = {}): User {
    const n = ++userSequence
    const data = {
      email: `${role}${n}@example.org`,
      fullName: `Test ${role} ${n}`,
      role,
      active: true,
      ...overrides,
      passwordHash: TEST_HASH,
    }
    const id = usersRepository.insert(db, data, clock.now.toISOString())
    const user = usersRepository.findById(db, id)
    if (!user) throw new Error('The user was not created')
    return user
  }

  const signedIn = new Map<Role, TestClient>()
  function as(role: Role, asOptions: { fresh?: boolean } = {}): TestClient {
    const known = signedIn.get(role)
    if (known && !asOptions.fresh) return known
    const user = createUser(role)
    const token = randomBytes(32).toString('base64url')
    // A full session: signed in with every factor the user would need.
    sessionsRepository.insert(db, token, user.id, clock.now.toISOString(), 'full')
    const signedInClient = client(user, token)
    if (!asOptions.fresh) signedIn.set(role, signedInClient)
    return signedInClient
  }

  const admin = as('admin')
  const anonymous = client(null, null)

  return {
    ...admin,
    url,
    db,
    clock,
    as,
    anonymous: () => anonymous,
    createUser,
    withSessionOf: (response, user) => client(user, sessionCookieOf(response)),
    async signIn(email, password = TEST_PASSWORD) {
      const response = await anonymous.send('POST', '/api/auth/login', { email, password })
      const user = response.status === 200 ? (usersRepository.findWithHashByEmail(db, email)?.user ?? null) : null
      return { response, client: client(user, sessionCookieOf(response)) }
    },
    insertEvent: (overrides, status) => {
      const event = createEvent(db, SYSTEM_ACTOR, EventInputSchema.parse(buildEvent(overrides)), {
        status: status === 'published' ? 'published' : 'draft',
      })
      if (status === 'in_review') return takeStep(db, SYSTEM_ACTOR, event.id, 'submit', {})
      if (status === 'archived') return takeStep(db, SYSTEM_ACTOR, event.id, 'archive', {})
      return event
    },
    insertVenue: (overrides) => createVenue(db, SYSTEM_ACTOR, VenueInputSchema.parse(buildVenue(overrides))),
    insertInstitution: (overrides) =>
      createInstitution(db, SYSTEM_ACTOR, InstitutionInputSchema.parse(buildInstitution(overrides))),
    async close() {
      await closeServer(server)
      db.close()
    },
  }
}

/** The session token a response's Set-Cookie holds, if any. */
function sessionCookieOf(response: RawResponse): string | null {
  const cookie = response.headers.get('set-cookie') ?? ''
  return new RegExp(`${SESSION_COOKIE}=([^;]*)`).exec(cookie)?.[1] ?? null
}

/** A JSON request body with its Content-Type, for `request`. */
export function jsonBody(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) }
}
