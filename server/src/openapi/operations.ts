import {
  AUDIT_SORT_FIELDS,
  AuditFilterSchema,
  BaseFilterSchema,
  EVENT_SORT_FIELDS,
  EventFilterSchema,
  INSTITUTION_SORT_FIELDS,
  PublicFeedQuerySchema,
  REVISION_SORT_FIELDS,
  RevisionFilterSchema,
  TRANSITIONS,
  UNVERSIONED_STEPS_UNTIL,
  USER_SORT_FIELDS,
  UserFilterSchema,
  VENUE_SORT_FIELDS,
  WORKFLOW_STEPS,
  WEBHOOK_DELIVERY_SORT_FIELDS,
  WEBHOOK_SORT_FIELDS,
  WebhookDeliveryFilterSchema,
  WebhookFilterSchema,
  LanguageSchema,
} from '@rcm/shared'
import { z } from 'zod'
import { REQUEST_SCHEMAS as REQ, RESPONSE_SCHEMAS as RES } from './schemas'

/** A response header documented once in `components.headers`. */
export type HeaderName =
  | 'Content-Range'
  | 'ETag'
  | 'Last-Modified'
  | 'Cache-Control'
  | 'Retry-After'
  | 'Set-Cookie'
  | 'X-Undated-Events-Omitted'

/** What a successful answer carries. */
export interface SuccessDoc {
  status?: 200 | 201 | 204
  description: string
  /** A JSON body, or several bodies one of which is sent (`oneOf`). */
  json?: z.ZodType | z.ZodType[]
  /** The body is an array of `json`. */
  array?: boolean
  /** Non-JSON bodies: media type → JSON Schema of the text. */
  media?: Record<string, Record<string, unknown>>
  headers?: HeaderName[]
}

/** ra-data-simple-rest's `sort`, `range` and `filter` of one collection. */
export interface ListDoc {
  resource: string
  sortFields: readonly string[]
  filter: z.ZodType
}

/**
 * The documentation of one route. The document adds what the route table
 * and the entry imply: the `{id}` parameter and 404, the session and 401/403
 * from the rule's role, 400/413/415 for a body, 400 and `Content-Range` for
 * a list.
 */
export interface OperationDoc {
  tag: string
  summary: string
  description?: string
  list?: ListDoc
  /** Query parameters, one per property. */
  query?: z.ZodObject
  body?: z.ZodType
  /** The body may be left out (workflow steps without a comment). */
  bodyOptional?: boolean
  ok: SuccessDoc
  /** More error statuses, each with why. */
  errors?: Partial<Record<304 | 401 | 429, string>>
  /** When the state refuses the request; the body is `{message}` unless given. */
  conflict?: { why: string; body?: z.ZodType }
}

const ID_FILTER_NOTE =
  '`filter` always takes `q` (every word must match, the last as a prefix; case- and accent-insensitive) and `id` (one id or an array: getMany).'

interface CrudOptions {
  resource: string
  tag: string
  one: string
  record: z.ZodType
  create: z.ZodType
  update: z.ZodType
  filter: z.ZodType
  sortFields: readonly string[]
  /** why DELETE may be a 409 */
  deleteConflict?: OperationDoc['conflict']
  updateConflict?: OperationDoc['conflict']
}

const article = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`

type CollectionOptions = Pick<CrudOptions, 'resource' | 'tag' | 'one' | 'record' | 'filter' | 'sortFields'>

const listDoc = (o: CollectionOptions, description: string): OperationDoc => ({
  tag: o.tag,
  summary: `List ${o.resource}`,
  description: `${description} ${ID_FILTER_NOTE}`,
  list: { resource: o.resource, sortFields: o.sortFields, filter: o.filter },
  ok: { description: `A page of ${o.resource}`, json: o.record, array: true, headers: ['Content-Range'] },
})

const getOneDoc = (o: CollectionOptions): OperationDoc => ({
  tag: o.tag,
  summary: `Get one ${o.one}`,
  ok: { description: `The ${o.one}`, json: o.record },
})

/** The seven ra-data-simple-rest calls of a resource, as five operations. */
function crudDocs(o: CrudOptions): Record<string, OperationDoc> {
  const base = `/api/${o.resource}`
  return {
    [`GET ${base}`]: listDoc(o, 'getList, getMany and getManyReference.'),
    [`POST ${base}`]: {
      tag: o.tag,
      summary: `Create ${article(o.one)}`,
      description:
        'Fields the client may not set (`id`, `createdAt`, …) are ignored; a field the record does not have is a 400.',
      body: o.create,
      ok: { status: 201, description: `The created ${o.one}, with its id`, json: o.record },
    },
    [`GET ${base}/:id`]: getOneDoc(o),
    [`PUT ${base}/:id`]: {
      tag: o.tag,
      summary: `Update ${article(o.one)}`,
      description: 'The whole record, as react-admin sends it back; fields the client may not set are ignored.',
      body: o.update,
      ok: { description: `The updated ${o.one}`, json: o.record },
      conflict: o.updateConflict,
    },
    [`DELETE ${base}/:id`]: {
      tag: o.tag,
      summary: `Delete ${article(o.one)}`,
      ok: { description: `The deleted ${o.one}`, json: o.record },
      conflict: o.deleteConflict,
    },
  }
}

/** A read-only collection: a write to it is a 405. */
function readOnlyDocs(o: CollectionOptions & { description: string }): Record<string, OperationDoc> {
  const base = `/api/${o.resource}`
  return {
    [`GET ${base}`]: listDoc(o, `${o.description} Read-only: POST, PUT and DELETE are 405.`),
    [`GET ${base}/:id`]: getOneDoc(o),
  }
}

const STEP_SUMMARIES: Record<(typeof WORKFLOW_STEPS)[number], string> = {
  submit: 'Submit an event for review',
  'request-changes': 'Send an event back to its editors',
  publish: 'Publish an event',
  unpublish: 'Withdraw an event from the public feeds',
  archive: 'Archive an event',
}

/** One operation per workflow step, from the shared TRANSITIONS table. */
function workflowDocs(): Record<string, OperationDoc> {
  return Object.fromEntries(
    WORKFLOW_STEPS.map((step): [string, OperationDoc] => {
      const transition = TRANSITIONS[step]
      return [
        `POST /api/events/:id/${step}`,
        {
          tag: 'Workflow',
          summary: STEP_SUMMARIES[step],
          description: `Moves the working copy to \`${transition.to}\`. ${transition.needsComment ? 'The comment is required (400 without).' : 'An optional comment goes into the revision.'} \`version\` is the version the caller saw; without it the step is taken until ${UNVERSIONED_STEPS_UNTIL}, with a \`Sunset\` header.`,
          body: REQ.WorkflowStep,
          bodyOptional: !transition.needsComment,
          ok: { description: 'The updated event', json: RES.Event },
          conflict:
            step === 'publish'
              ? {
                  why: 'The state forbids this step, the event is not complete enough (`missing` lists the fields), or `version` is not the current one (`current` is the event as it is now)',
                  body: z.union([RES.PublishConflict, RES.VersionConflict]),
                }
              : {
                  why: 'The state forbids this step, or `version` is not the current one (`current` is the event as it is now)',
                  body: z.union([RES.Error, RES.VersionConflict]),
                },
        },
      ]
    }),
  )
}

const STALE_VERSION = {
  why: 'The `version` sent is not the current one; `current` is the event as it is now',
  body: RES.VersionConflict,
}
const LAST_ADMIN = { why: 'It would leave no active administrator' }

const FEED_CACHING =
  'Answers carry `ETag` and `Last-Modified`; a conditional request that matches gets 304 until something is published.'
const feedErrors = { 304: 'Nothing was published since the ETag or date the request sent' }
const csvText = { type: 'string', description: 'RFC 4180, UTF-8 with a byte-order mark, CRLF line ends, a header row' }
const icsText = { type: 'string', description: 'RFC 5545 iCalendar, one VEVENT per dated event' }

/**
 * THE documentation of the API: one entry per row of ROUTE_RULES, keyed
 * "METHOD /path" as there. tests/api/openapi.api.test.ts fails for a rule
 * without an entry, or an entry without a rule. A new route's entry names its
 * shared zod schemas; the document converts them.
 */
export const OPERATIONS: Record<string, OperationDoc> = {
  'POST /api/auth/login': {
    tag: 'Sign-in',
    summary: 'Sign in',
    description:
      'Sets an HttpOnly, SameSite=Strict session cookie. The 401 is the same whether or not the email exists.',
    body: REQ.Login,
    ok: { description: 'The signed-in identity', json: RES.Identity, headers: ['Set-Cookie'] },
    errors: { 401: 'Bad credentials', 429: 'Too many failed attempts for this account or address' },
  },
  'POST /api/auth/logout': {
    tag: 'Sign-in',
    summary: 'Sign out',
    description: 'Ends this session on the server.',
    ok: { status: 204, description: 'Signed out' },
  },
  'GET /api/auth/me': {
    tag: 'Sign-in',
    summary: 'Who is signed in',
    ok: { description: 'The signed-in identity', json: RES.Identity },
  },
  'POST /api/auth/password': {
    tag: 'Sign-in',
    summary: 'Change your own password',
    description: 'Needs the current password; your other sessions end.',
    body: REQ.PasswordChange,
    ok: { status: 204, description: 'Changed' },
  },

  'GET /api/public/events.json': {
    tag: 'Public feeds',
    summary: 'Published events as JSON',
    description: `Upcoming first. Without \`lang\` every text is \`{en, es}\`; with it, a string in that language (falling back to the other). ${FEED_CACHING}`,
    query: PublicFeedQuerySchema,
    ok: {
      description: 'The public events',
      json: [z.array(RES.PublicEvent), z.array(RES.LocalizedPublicEvent)],
      headers: ['ETag', 'Last-Modified', 'Cache-Control'],
    },
    errors: feedErrors,
  },
  'GET /api/public/events.csv': {
    tag: 'Public feeds',
    summary: 'Published events as CSV',
    description: `Without \`lang\`, two columns per text (\`…_en\`, \`…_es\`). A cell a spreadsheet would read as a formula is prefixed with \`'\`. ${FEED_CACHING}`,
    query: PublicFeedQuerySchema,
    ok: {
      description: 'One row per event',
      media: { 'text/csv': csvText },
      headers: ['ETag', 'Last-Modified', 'Cache-Control'],
    },
    errors: feedErrors,
  },
  'GET /api/public/events.ics': {
    tag: 'Public feeds',
    summary: 'Published events as iCalendar',
    description: `Dated events only (\`lang\` defaults to \`en\`); UIDs never change, SEQUENCE grows with each republish. ${FEED_CACHING}`,
    query: PublicFeedQuerySchema,
    ok: {
      description: 'A calendar',
      media: { 'text/calendar': icsText },
      headers: ['ETag', 'Last-Modified', 'Cache-Control', 'X-Undated-Events-Omitted'],
    },
    errors: feedErrors,
  },
  'GET /api/public/events/:id.ics': {
    tag: 'Public feeds',
    summary: 'One published event as iCalendar',
    description:
      'The "Add to calendar" link of the public page: the VEVENT of the feed, with the same UID. 404 when the event is not published or has no date.',
    query: z.object({ lang: LanguageSchema.optional() }),
    ok: {
      description: 'A calendar with one event',
      media: { 'text/calendar': icsText },
      headers: ['ETag', 'Last-Modified', 'Cache-Control'],
    },
    errors: feedErrors,
  },
  'GET /api/public/events.schema.json': {
    tag: 'Public feeds',
    summary: 'JSON Schema of the JSON feed',
    description: 'Draft 2020-12; with `lang`, the schema of the feed in one language.',
    query: z.object({ lang: LanguageSchema.optional() }),
    ok: { description: 'A JSON Schema', media: { 'application/json': { type: 'object' } } },
  },

  ...crudDocs({
    resource: 'events',
    tag: 'Events',
    one: 'event',
    record: RES.Event,
    create: REQ.EventCreate,
    update: REQ.EventUpdate,
    filter: EventFilterSchema,
    sortFields: EVENT_SORT_FIELDS,
    updateConflict: STALE_VERSION,
  }),
  'POST /api/events/bulk': {
    tag: 'Workflow',
    summary: 'Take one workflow step on many events',
    description:
      'Each event is checked as if the step were taken alone; one refusal does not stop the others. `versions[i]` is the version of `ids[i]` the caller saw; a stale one is refused (409) with `current`.',
    body: REQ.BulkStep,
    ok: { description: 'One result per id, in order', json: RES.BulkResponse },
  },
  'GET /api/events/:id/publish-check': {
    tag: 'Workflow',
    summary: 'What publishing still needs',
    ok: { description: 'The checklist', json: RES.Completeness },
  },
  ...workflowDocs(),
  'POST /api/events/:id/restore': {
    tag: 'Events',
    summary: 'Restore an earlier revision',
    description: "The revision's content becomes the working copy (a new version); the public copy is unchanged.",
    body: REQ.RestoreInput,
    ok: { description: 'The updated event', json: RES.Event },
    conflict: STALE_VERSION,
  },
  'GET /api/events/:id/schedule': {
    tag: 'Workflow',
    summary: "An event's scheduled publish and unpublish",
    ok: { description: 'The schedule (times null when none)', json: RES.Schedule },
  },
  'POST /api/events/:id/schedule': {
    tag: 'Workflow',
    summary: 'Schedule publishing or unpublishing',
    description:
      'ISO 8601 times with an offset; null or left out clears that step. The schedule is tied to `version`, the version the reviewer saw: its publish releases that version only, and any later change to the event cancels it (`cancelled` says when, by whom and why).',
    body: REQ.ScheduleInput,
    ok: { description: 'The schedule', json: RES.Schedule },
    conflict: STALE_VERSION,
  },
  'GET /api/events/:id/preview': {
    tag: 'Events',
    summary: 'Preview the working copy on the public page',
    description:
      'The saved working copy on the template of `/calendar`, marked as not published; `lang` defaults to `en`.',
    query: z.object({ lang: LanguageSchema.optional() }),
    ok: { description: 'An HTML page', media: { 'text/html': { type: 'string' } } },
  },
  'GET /api/events/:id/presence': {
    tag: 'Events',
    summary: 'Who else has the event open',
    ok: { description: 'Open edit forms, longest first', json: RES.Presence, array: true },
  },
  'POST /api/events/:id/presence': {
    tag: 'Events',
    summary: 'Say you have the event open',
    description: 'A heartbeat from the edit form; a form not heard from for a minute is closed.',
    ok: { description: 'The others who have it open', json: RES.Presence, array: true },
  },
  'DELETE /api/events/:id/presence': {
    tag: 'Events',
    summary: 'Say you closed the event',
    ok: { status: 204, description: 'Closed' },
  },

  ...crudDocs({
    resource: 'venues',
    tag: 'Venues',
    one: 'venue',
    record: RES.Venue,
    create: REQ.VenueWrite,
    update: REQ.VenueWrite,
    filter: BaseFilterSchema,
    sortFields: VENUE_SORT_FIELDS,
    deleteConflict: { why: 'An event uses the venue' },
  }),
  ...crudDocs({
    resource: 'institutions',
    tag: 'Institutions',
    one: 'institution',
    record: RES.Institution,
    create: REQ.InstitutionWrite,
    update: REQ.InstitutionWrite,
    filter: BaseFilterSchema,
    sortFields: INSTITUTION_SORT_FIELDS,
    deleteConflict: { why: 'An event names the institution' },
  }),
  ...crudDocs({
    resource: 'users',
    tag: 'Users',
    one: 'user',
    record: RES.User,
    create: REQ.UserCreate,
    update: REQ.UserUpdate,
    filter: UserFilterSchema,
    sortFields: USER_SORT_FIELDS,
    updateConflict: LAST_ADMIN,
    deleteConflict: LAST_ADMIN,
  }),

  ...readOnlyDocs({
    resource: 'revisions',
    tag: 'History',
    one: 'revision',
    record: RES.Revision,
    filter: RevisionFilterSchema,
    sortFields: REVISION_SORT_FIELDS,
    description:
      'Every save and workflow step of an event (getManyReference by `eventId`); `data` is the event as it was.',
  }),
  ...readOnlyDocs({
    resource: 'schedules',
    tag: 'Workflow',
    one: 'schedule',
    record: RES.Schedule,
    filter: BaseFilterSchema,
    sortFields: ['publishAt'],
    description: "What will be published or unpublished and when; a schedule's id is its event's.",
  }),
  ...readOnlyDocs({
    resource: 'audit-log',
    tag: 'History',
    one: 'audit-log entry',
    record: RES.AuditEntry,
    filter: AuditFilterSchema,
    sortFields: AUDIT_SORT_FIELDS,
    description:
      'Sign-ins, account changes, workflow steps, deletions, restores and imports, hash-chained (`npm run audit:verify`).',
  }),

  ...crudDocs({
    resource: 'webhooks',
    tag: 'Webhooks',
    one: 'webhook',
    record: RES.Webhook,
    create: REQ.WebhookInput,
    update: REQ.WebhookInput,
    filter: WebhookFilterSchema,
    sortFields: WEBHOOK_SORT_FIELDS,
  }),
  'POST /api/webhooks/:id/rotate-secret': {
    tag: 'Webhooks',
    summary: "Replace a webhook's secret",
    description: 'Signatures use the new secret at once, also for notices still queued.',
    ok: { description: 'The webhook with its new secret', json: RES.Webhook },
  },
  'POST /api/webhooks/:id/test': {
    tag: 'Webhooks',
    summary: 'Queue a test notice',
    description: 'A notice of type `test` with `event: null`, delivered like any other.',
    ok: { status: 201, description: 'The queued delivery', json: RES.WebhookDelivery },
  },
  ...readOnlyDocs({
    resource: 'webhook-deliveries',
    tag: 'Webhooks',
    one: 'webhook delivery',
    record: RES.WebhookDelivery,
    filter: WebhookDeliveryFilterSchema,
    sortFields: WEBHOOK_DELIVERY_SORT_FIELDS,
    description: 'The notices queued for each webhook (getManyReference by `webhookId`), with every attempt.',
  }),
  'POST /api/webhook-deliveries/:id/redeliver': {
    tag: 'Webhooks',
    summary: 'Send a notice again',
    description: 'The same body and id, with a fresh retry budget.',
    ok: { description: 'The delivery, queued again', json: RES.WebhookDelivery },
    conflict: { why: 'The notice is being sent right now' },
  },

  'POST /api/import': {
    tag: 'Import',
    summary: 'Import a JSON or CSV export',
    description:
      'The text of a file made by `/api/public/events.json` or `.csv` without `lang`. Events are matched to earlier imports by a stable key, so importing again creates no duplicates. A dry run (the default) says what would change and writes nothing; creating published events needs a reviewer. A body over 1 MB is a 413: use `npm run import`.',
    body: REQ.ImportRequest,
    ok: { description: 'What happened (or would) to each event of the file', json: RES.ImportReport },
  },

  'GET /api/openapi.json': {
    tag: 'Documentation',
    summary: 'This description of the API',
    description: 'OpenAPI 3.1, generated at start from the shared zod schemas and the route table.',
    ok: {
      description: 'The OpenAPI document',
      media: { 'application/json': { type: 'object' } },
      headers: ['Cache-Control'],
    },
  },
  'GET /api/docs': {
    tag: 'Documentation',
    summary: 'This description as a readable page',
    description: 'Server-rendered HTML, no script; `lang=es` for Spanish headings.',
    query: z.object({ lang: LanguageSchema.optional() }),
    ok: { description: 'An HTML page', media: { 'text/html': { type: 'string' } }, headers: ['Cache-Control'] },
  },
}
