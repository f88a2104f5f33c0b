import { z } from 'zod'
import { VALIDATION_MESSAGES } from './validation-messages'
import {
  EmailSchema,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  PhoneSchema,
  RequiredLocalizedTextSchema,
} from './primitives'
import { EVENT_STATUSES, MODALITIES, OBJECTIVE_STYLES } from './event-values'
import { checkEventTimes, eventTimesShape } from './event-times'
import { eventFilesShape } from './files'
import { LANGUAGES } from './languages'
import { EVENT_TAXONOMY_SORT_FIELDS, eventTaxonomyShape } from './taxonomy'

export const ModalitySchema = z.enum(MODALITIES)
export const EventStatusSchema = z.enum(EVENT_STATUSES)
export const ObjectiveStyleSchema = z.enum(OBJECTIVE_STYLES)

export const MAX_OBJECTIVE_SECTIONS = 20
export const MAX_OBJECTIVE_ITEMS = 50

export const ObjectiveSubItemSchema = z.object({ text: RequiredLocalizedTextSchema })
export type ObjectiveSubItem = z.infer<typeof ObjectiveSubItemSchema>

export const ObjectiveItemSchema = z.object({
  text: RequiredLocalizedTextSchema,
  items: z.array(ObjectiveSubItemSchema).max(MAX_OBJECTIVE_ITEMS).default([]),
})
export type ObjectiveItem = z.infer<typeof ObjectiveItemSchema>

/**
 * One block of objectives as the legacy page shows them: a heading ("General
 * objective"), an optional lead paragraph, and items shown as paragraphs,
 * bullets or a numbered list, each with optional sub-items.
 */
export const ObjectiveSectionSchema = z.object({
  heading: LocalizedTextSchema,
  intro: LocalizedTextSchema.nullable().default(null),
  style: ObjectiveStyleSchema.default('bullets'),
  items: z.array(ObjectiveItemSchema).max(MAX_OBJECTIVE_ITEMS).default([]),
})
export type ObjectiveSection = z.infer<typeof ObjectiveSectionSchema>

export const ObjectivesSchema = z.array(ObjectiveSectionSchema).max(MAX_OBJECTIVE_SECTIONS)

/** A text marked "may be out of date" in `language` (shared/src/translation.ts, `staleTextsAfter`). */
export const StaleTextSchema = z.object({
  path: z.string().max(100),
  language: z.enum(LANGUAGES),
})

/** The fields of an event that a client writes; everything else is the server's. */
export const eventInputShape = {
  title: RequiredLocalizedTextSchema,
  description: LocalizedTextSchema.default({ en: '', es: '' }),
  objectives: ObjectivesSchema.default([]),
  startDate: IsoDateSchema.nullable().default(null),
  endDate: IsoDateSchema.nullable().default(null),
  modality: ModalitySchema.default('in_person'),
  city: z.string().trim().max(200).default(''),
  venueId: IdSchema.nullable().default(null),
  institutionIds: z
    .array(IdSchema)
    .max(50)
    .default([])
    .refine((ids) => new Set(ids).size === ids.length, { message: VALIDATION_MESSAGES.institutionTwice.en }),
  contactEmails: z.array(EmailSchema).max(20).default([]),
  contactPhones: z.array(PhoneSchema).max(20).default([]),
  // translation staleness (issue 17 §5): the marks the client keeps; leaving one out confirms that text
  staleTexts: z.array(StaleTextSchema).max(1000).optional(),
  // documents and cover image (issue 18 §1)
  ...eventFilesShape,
  // times and meeting link (issue 18 §2)
  ...eventTimesShape,
  // presidency, type, countries and networks (issue 18 §3)
  ...eventTaxonomyShape,
}

type DateRange = { startDate: string | null; endDate: string | null }
const checkDateRange = (event: DateRange, ctx: z.RefinementCtx) => {
  if (event.endDate !== null && event.startDate === null) {
    ctx.addIssue({ code: 'custom', path: ['startDate'], message: VALIDATION_MESSAGES.endWithoutStart.en })
  } else if (event.endDate !== null && event.startDate !== null && event.endDate < event.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: VALIDATION_MESSAGES.endBeforeStart.en })
  }
}

/** The form's schema: unknown keys (id, status, …) are dropped, as react-admin sends the whole record. */
export const EventInputSchema = z.object(eventInputShape).superRefine(checkDateRange).superRefine(checkEventTimes)
export type EventInput = z.input<typeof EventInputSchema>
export type EventData = z.output<typeof EventInputSchema>

/** The server's schema for POST: a key the record does not have is an error. */
export const EventCreateSchema = z
  .strictObject(eventInputShape)
  .superRefine(checkDateRange)
  .superRefine(checkEventTimes)
/** The server's schema for PUT: the version the client read is required. */
export const EventUpdateSchema = z
  .strictObject({ ...eventInputShape, version: z.number().int().positive() })
  .superRefine(checkDateRange)
  .superRefine(checkEventTimes)

/**
 * Fields of a record that a client may send back but never sets (docs/contract.md,
 * "Writes"). `version` is listed because POST ignores it; PUT reads it first.
 */
export const SERVER_OWNED_EVENT_FIELDS = [
  'id',
  'version',
  'status',
  'hasUnpublishedChanges',
  'publishedAt',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
] as const

export const EventSchema = z.object({
  ...eventInputShape,
  id: z.number().int().positive(),
  version: z.number().int().positive(),
  status: EventStatusSchema,
  hasUnpublishedChanges: z.boolean(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.number().int().nullable(),
  updatedBy: z.number().int().nullable(),
  staleTexts: z.array(StaleTextSchema),
})
export type Event = z.infer<typeof EventSchema>

/** Sort fields of `GET /api/events` (docs/contract.md, "Lists"). */
export const EVENT_SORT_FIELDS = [
  'id',
  'title',
  'title.en',
  'title.es',
  'startDate',
  'endDate',
  'city',
  'status',
  'modality',
  'createdAt',
  'updatedAt',
  // presidency and type (issue 18 §3)
  ...EVENT_TAXONOMY_SORT_FIELDS,
] as const
