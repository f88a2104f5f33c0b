import type {
  AuditEntry,
  Dashboard,
  Event,
  Institution,
  Revision,
  Schedule,
  User,
  Venue,
  Webhook,
  WebhookDelivery,
  Presidency,
  EventType,
  Country,
  Network,
} from '@rcm/shared'
import {
  HttpError,
  type CreateParams,
  type DataProvider,
  type DeleteParams,
  type GetListParams,
  type GetManyParams,
  type GetManyReferenceParams,
  type GetOneParams,
  type RaRecord,
  type UpdateParams,
} from 'react-admin'
import { vi } from 'vitest'

export interface FakeRecords {
  // presidencies, types, countries and networks (issue 18 §3)
  presidencies?: Presidency[]
  'event-types'?: EventType[]
  countries?: Country[]
  networks?: Network[]
  events?: Event[]
  venues?: Venue[]
  institutions?: Institution[]
  revisions?: Revision[]
  schedules?: Schedule[]
  users?: User[]
  webhooks?: Webhook[]
  'webhook-deliveries'?: WebhookDelivery[]
  'audit-log'?: AuditEntry[]
}

const text = (en: string, es = en) => ({ en, es })

/** A whole event as the API returns it. */
export function eventRecord(overrides: Partial<Event> = {}): Event {
  return {
    id: 1,
    version: 1,
    title: text('Technical workshop', 'Taller técnico'),
    description: text(''),
    objectives: [],
    startDate: '2026-05-12',
    endDate: null,
    modality: 'in_person',
    city: 'San Salvador',
    venueId: null,
    institutionIds: [],
    contactEmails: [],
    contactPhones: [],
    startTime: null,
    endTime: null,
    timeZone: null,
    meetingUrl: null,
    meetingUrlPublic: false,
    status: 'draft',
    hasUnpublishedChanges: false,
    publishedAt: null,
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
    createdBy: null,
    updatedBy: null,
    staleTexts: [],
    documents: [],
    imageFileId: null,
    presidencyId: null,
    typeId: null,
    countryCodes: [],
    networkIds: [],
    ...overrides,
  }
}

export function venueRecord(overrides: Partial<Venue> = {}): Venue {
  return {
    id: 1,
    name: text('Ministry of Foreign Affairs', 'Ministerio de Relaciones Exteriores'),
    city: 'San Salvador',
    country: 'SV',
    address: null,
    ...overrides,
  }
}

export function institutionRecord(overrides: Partial<Institution> = {}): Institution {
  return {
    id: 1,
    name: text('International Organization for Migration', 'Organización Internacional para las Migraciones'),
    acronym: text('IOM', 'OIM'),
    ...overrides,
  }
}

// The events filter names a reference by its singular (`institutionId`); the record holds the list.
const REFERENCE_FIELDS: Record<string, string> = { institutionId: 'institutionIds' }

/**
 * An in-memory dataProvider over `records`, every method a vi.fn spy so that
 * tests can assert what the UI asked for. Lists ignore filters and sorts:
 * assert the params instead. `overrides` replaces methods (e.g. an update
 * that rejects with a 400).
 */
/** A dashboard with every panel empty, for `overrides` to fill. */
export function emptyDashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  const none = { total: 0, items: [] }
  return {
    today: '2026-05-01',
    awaitingReview: null,
    changesRequested: none,
    myDrafts: none,
    upcoming: none,
    missing: { date: 0, contact: 0, venue: 0, en: 0, es: 0 },
    scheduled: none,
    recentActivity: [],
    ...overrides,
  }
}

export function fakeDataProvider(records: FakeRecords = {}, overrides: Partial<DataProvider> = {}) {
  const table = (resource: string): RaRecord[] => (records as Record<string, RaRecord[] | undefined>)[resource] ?? []
  const page = (data: RaRecord[], pagination?: { page: number; perPage: number }) =>
    pagination ? data.slice((pagination.page - 1) * pagination.perPage, pagination.page * pagination.perPage) : data
  const spies = {
    getList: vi.fn(async (resource: string, params: GetListParams) => {
      const data = table(resource)
      return { data: page(data, params.pagination), total: data.length }
    }),
    getMany: vi.fn(async (resource: string, params: GetManyParams) => ({
      data: table(resource).filter((record) => params.ids.map(String).includes(String(record.id))),
    })),
    getManyReference: vi.fn(async (resource: string, params: GetManyReferenceParams) => {
      const field = REFERENCE_FIELDS[params.target] ?? params.target
      const data = table(resource).filter((record) => {
        const value: unknown = record[field]
        return Array.isArray(value)
          ? value.map(String).includes(String(params.id))
          : String(value) === String(params.id)
      })
      return { data: page(data, params.pagination), total: data.length }
    }),
    getOne: vi.fn(async (resource: string, params: GetOneParams) => {
      const record = table(resource).find((candidate) => String(candidate.id) === String(params.id))
      if (!record) throw new HttpError('Not found', 404, { message: 'Not found' })
      return { data: record }
    }),
    update: vi.fn(async (_resource: string, params: UpdateParams) => ({
      data: { ...params.previousData, ...params.data, id: params.id },
    })),
    updateMany: vi.fn(async (_resource: string, params: { ids: RaRecord['id'][] }) => ({ data: params.ids })),
    create: vi.fn(async (_resource: string, params: CreateParams) => ({ data: { ...params.data, id: 1000 } })),
    delete: vi.fn(async (_resource: string, params: DeleteParams) => ({
      data: params.previousData ?? { id: params.id },
    })),
    deleteMany: vi.fn(async (_resource: string, params: { ids: RaRecord['id'][] }) => ({ data: params.ids })),
    // The edit form's heartbeat: nobody else has the event open.
    touchPresence: vi.fn(async (_id: RaRecord['id']) => ({ data: [] as unknown[] })),
    leavePresence: vi.fn(async (_id: RaRecord['id']) => ({ data: null })),
    // Nothing scheduled.
    getSchedule: vi.fn(async (_id: RaRecord['id']) => ({ data: null })),
    // The home page with nothing to do.
    getDashboard: vi.fn(async () => ({ data: emptyDashboard() })),
  }
  // Typed as the spies, so that tests can read `.mock`; an override should be a vi.fn too.
  return { ...spies, ...overrides } as typeof spies & DataProvider
}
