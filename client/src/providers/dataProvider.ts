import type {
  NotificationPreferences,
  NotificationsRead,
  BulkResponse,
  BulkResult,
  BulkStep,
  Completeness,
  Dashboard,
  Event,
  ImportJob,
  ImportReportBody,
  ImportRequest,
  PasswordChange,
  Presence,
  Schedule,
  ScheduleInput,
  Webhook,
  WebhookDelivery,
  WorkflowStep,
} from '@rcm/shared'
import simpleRestProvider from 'ra-data-simple-rest'
import { fetchUtils, HttpError, type DataProvider, type Identifier } from 'react-admin'
import { i18nProvider } from './i18nProvider'

type HttpClient = typeof fetchUtils.fetchJson

/**
 * fetchJson with the session cookie and the interface's language, read at
 * each request so a switch of language applies to the next one: the server
 * writes its error messages in it. A 4xx/5xx rejects with an HttpError
 * carrying the JSON body.
 */
export function createHttpClient(getLocale: () => string): HttpClient {
  return (url, options = {}) => {
    // fetchJson adds its default Accept only when it is given no headers at all.
    const headers = new Headers(options.headers ?? { Accept: 'application/json' })
    headers.set('Accept-Language', getLocale())
    return fetchUtils.fetchJson(url, { ...options, headers, credentials: 'include' })
  }
}

export const httpClient = createHttpClient(() => i18nProvider.getLocale())

/** A workflow step's body: the version of the event the user saw, which is the only one the step may act on. */
export interface StepParams {
  version: number
  comment?: string
}

/** The workflow step → the dataProvider method that takes it. */
export const STEP_METHODS = {
  submit: 'submitEvent',
  'request-changes': 'requestChanges',
  publish: 'publishEvent',
  unpublish: 'unpublishEvent',
  archive: 'archiveEvent',
} as const satisfies Record<WorkflowStep, string>

type StepMethod = (typeof STEP_METHODS)[WorkflowStep]

/** The API's calls beyond ra-data-simple-rest: workflow steps, publish check, restore, schedule, presence, password, webhooks, import. */
export type CalendarMethods = Record<StepMethod, (id: Identifier, params: StepParams) => Promise<{ data: Event }>> & {
  publishCheck: (id: Identifier) => Promise<{ data: Completeness }>
  restoreRevision: (id: Identifier, params: { revisionId: Identifier; version?: number }) => Promise<{ data: Event }>
  getSchedule: (id: Identifier) => Promise<{ data: Schedule | null }>
  scheduleEvent: (id: Identifier, params: ScheduleInput) => Promise<{ data: Schedule }>
  touchPresence: (id: Identifier) => Promise<{ data: Presence[] }>
  leavePresence: (id: Identifier) => Promise<{ data: null }>
  changePassword: (params: PasswordChange) => Promise<{ data: null }>
  /** One step on many events; the server checks each as if taken alone. */
  bulkStep: (params: BulkStep) => Promise<{ data: BulkResult[] }>
  rotateWebhookSecret: (id: Identifier) => Promise<{ data: Webhook }>
  sendTestNotice: (id: Identifier) => Promise<{ data: WebhookDelivery }>
  redeliverWebhookNotice: (id: Identifier) => Promise<{ data: WebhookDelivery }>
  /** Runs as a job on the server (`Prefer: respond-async`), polled until done; `onProgress` gets events done of total. */
  importEvents: (
    params: ImportRequest,
    onProgress?: (progress: { done: number; total: number | null }) => void,
  ) => Promise<{ data: ImportReportBody }>
  getDashboard: () => Promise<{ data: Dashboard }>
  markNotificationsRead: (params: NotificationsRead) => Promise<{ data: { unread: number } }>
  getNotificationPreferences: () => Promise<{ data: NotificationPreferences }>
  setNotificationPreferences: (params: NotificationPreferences) => Promise<{ data: NotificationPreferences }>
}

/** The `meta` that asks a list of events for what the calendar draws only (CalendarEvent). */
export const CALENDAR_VIEW = { view: 'calendar' } as const

const isCalendarView = (meta: unknown) =>
  typeof meta === 'object' && meta !== null && 'view' in meta && meta.view === CALENDAR_VIEW.view

/** How often the import screen asks how far an import has got. */
const IMPORT_POLL_MS = 400

export type CalendarDataProvider = DataProvider & CalendarMethods

/**
 * The API through ra-data-simple-rest, as docs/contract.md requires, plus its
 * custom calls. A 409 on update means the record changed since it was read:
 * its message becomes a translated "reload" notification, status and body kept.
 */
export function createDataProvider(apiUrl = '/api', client: HttpClient = httpClient): CalendarDataProvider {
  const base = simpleRestProvider(apiUrl, client)
  const post = async (path: string, body?: unknown) => {
    const { json } = await client(`${apiUrl}${path}`, {
      method: 'POST',
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return json as unknown
  }
  const eventPath = (id: Identifier, rest: string) => `/events/${encodeURIComponent(String(id))}/${rest}`
  const step =
    (name: WorkflowStep) =>
    async (id: Identifier, { version, comment }: StepParams) => ({
      data: (await post(eventPath(id, name), comment ? { version, comment } : { version })) as Event,
    })
  return {
    ...base,
    // The calendar asks for its events with `meta: { view: 'calendar' }`: the light projection of docs/contract.md.
    getList: (resource, params) =>
      base.getList(resource === 'events' && isCalendarView(params.meta) ? 'calendar-events' : resource, params),
    update: (resource, params) =>
      base.update(resource, params).catch((error: unknown) => {
        if (error instanceof HttpError && error.status === 409) {
          throw new HttpError('rcm.notification.conflict', error.status, error.body)
        }
        throw error
      }),
    submitEvent: step('submit'),
    requestChanges: step('request-changes'),
    publishEvent: step('publish'),
    unpublishEvent: step('unpublish'),
    archiveEvent: step('archive'),
    publishCheck: async (id) => ({
      data: (await client(`${apiUrl}${eventPath(id, 'publish-check')}`)).json as Completeness,
    }),
    restoreRevision: async (id, params) => ({ data: (await post(eventPath(id, 'restore'), params)) as Event }),
    getSchedule: async (id) => {
      try {
        return { data: (await client(`${apiUrl}${eventPath(id, 'schedule')}`)).json as Schedule }
      } catch (error) {
        if (error instanceof HttpError && error.status === 404) return { data: null }
        throw error
      }
    },
    scheduleEvent: async (id, params) => ({ data: (await post(eventPath(id, 'schedule'), params)) as Schedule }),
    touchPresence: async (id) => ({ data: (await post(eventPath(id, 'presence'))) as Presence[] }),
    leavePresence: async (id) => {
      await client(`${apiUrl}${eventPath(id, 'presence')}`, { method: 'DELETE' })
      return { data: null }
    },
    changePassword: async (params) => {
      await post('/auth/password', params)
      return { data: null }
    },
    bulkStep: async (params) => ({ data: ((await post('/events/bulk', params)) as BulkResponse).results }),
    rotateWebhookSecret: async (id) => ({
      data: (await post(`/webhooks/${encodeURIComponent(String(id))}/rotate-secret`)) as Webhook,
    }),
    sendTestNotice: async (id) => ({
      data: (await post(`/webhooks/${encodeURIComponent(String(id))}/test`)) as WebhookDelivery,
    }),
    redeliverWebhookNotice: async (id) => ({
      data: (await post(`/webhook-deliveries/${encodeURIComponent(String(id))}/redeliver`)) as WebhookDelivery,
    }),
    importEvents: async (params, onProgress) => {
      const started = await client(`${apiUrl}/import`, {
        method: 'POST',
        body: JSON.stringify(params),
        headers: new Headers({ Accept: 'application/json', Prefer: 'respond-async' }),
      })
      // A server that answers at once sends the report itself.
      if (started.status !== 202) return { data: started.json as ImportReportBody }
      let job = started.json as ImportJob
      const location = `${apiUrl}/import/jobs/${encodeURIComponent(job.id)}`
      while (job.state === 'running') {
        onProgress?.({ done: job.done, total: job.total })
        await new Promise((resolve) => setTimeout(resolve, IMPORT_POLL_MS))
        job = (await client(location)).json as ImportJob
      }
      if (job.state === 'failed' || job.report === null) {
        const error = job.error ?? { status: 500, message: 'The import failed' }
        throw new HttpError(error.message, error.status, error)
      }
      return { data: job.report }
    },
    getDashboard: async () => ({ data: (await client(`${apiUrl}/dashboard`)).json as Dashboard }),
    markNotificationsRead: async (params) => ({
      data: (await post('/notifications/read', params)) as { unread: number },
    }),
    getNotificationPreferences: async () => ({
      data: (await client(`${apiUrl}/notifications/preferences`)).json as NotificationPreferences,
    }),
    setNotificationPreferences: async (params) => ({
      data: (await client(`${apiUrl}/notifications/preferences`, { method: 'PUT', body: JSON.stringify(params) }))
        .json as NotificationPreferences,
    }),
  }
}

export const dataProvider = createDataProvider()
