import { z } from 'zod'
import { VALIDATION_MESSAGES } from './validation-messages'
import { IdSchema, IsoDateSchema, LocalizedTextSchema, RequiredLocalizedTextSchema } from './primitives'

/*
 * Presidencies, event types, networks and countries (issue 18 §3,
 * docs/decisions/022-presidencies-types-networks.md): what an event is part
 * of, what it is, and whom it concerns.
 */

/** The eleven RCM member states, ISO 3166 alpha-2, as migrations/0017 seeds them. */
export const MEMBER_STATES = [
  { id: 'BZ', name: { en: 'Belize', es: 'Belice' } },
  { id: 'CA', name: { en: 'Canada', es: 'Canadá' } },
  { id: 'CR', name: { en: 'Costa Rica', es: 'Costa Rica' } },
  { id: 'DO', name: { en: 'Dominican Republic', es: 'República Dominicana' } },
  { id: 'SV', name: { en: 'El Salvador', es: 'El Salvador' } },
  { id: 'GT', name: { en: 'Guatemala', es: 'Guatemala' } },
  { id: 'HN', name: { en: 'Honduras', es: 'Honduras' } },
  { id: 'MX', name: { en: 'Mexico', es: 'México' } },
  { id: 'NI', name: { en: 'Nicaragua', es: 'Nicaragua' } },
  { id: 'PA', name: { en: 'Panama', es: 'Panamá' } },
  { id: 'US', name: { en: 'United States', es: 'Estados Unidos' } },
] as const

export const MEMBER_STATE_CODES = MEMBER_STATES.map((state) => state.id)
export type MemberStateCode = (typeof MEMBER_STATES)[number]['id']

/** A member state's code: two letters, upper-cased on input. */
export const MemberStateCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => (MEMBER_STATE_CODES as readonly string[]).includes(code), {
    message: VALIDATION_MESSAGES.memberState.en,
  })
  .meta({ examples: ['SV'] })

export const CountrySchema = z.object({ id: z.string(), name: LocalizedTextSchema })
export type Country = z.infer<typeof CountrySchema>
export const COUNTRY_SORT_FIELDS = ['id', 'name', 'name.en', 'name.es'] as const
/** The countries' filter: `id` is one code or several. */
export const CountryFilterSchema = z.strictObject({
  q: z.string().max(500).optional(),
  id: z.union([z.string(), z.array(z.string()).max(20)]).optional(),
})
export type CountryFilter = z.infer<typeof CountryFilterSchema>

/** A pro tempore presidency: the member state chairing the RCM from `startDate` to `endDate`, with its motto. */
export const presidencyInputShape = {
  countryCode: MemberStateCodeSchema,
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  theme: LocalizedTextSchema.default({ en: '', es: '' }),
}
const checkPeriod = (period: { startDate: string; endDate: string }, ctx: z.RefinementCtx) => {
  if (period.endDate < period.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: VALIDATION_MESSAGES.endBeforeStart.en })
}
export const PresidencyInputSchema = z.object(presidencyInputShape).superRefine(checkPeriod)
export const PresidencyWriteSchema = z.strictObject(presidencyInputShape).superRefine(checkPeriod)
export type PresidencyInput = z.input<typeof PresidencyInputSchema>
export type PresidencyData = z.output<typeof PresidencyInputSchema>
export const PresidencySchema = z.object({
  id: z.number().int().positive(),
  countryCode: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  theme: LocalizedTextSchema,
})
export type Presidency = z.infer<typeof PresidencySchema>
export const PRESIDENCY_SORT_FIELDS = [
  'id',
  'startDate',
  'endDate',
  'countryCode',
  // the member state's name in that language
  'countryName.en',
  'countryName.es',
  'theme',
  'theme.en',
  'theme.es',
] as const

/** A kind of event: "Workshop" / "Taller". */
export const eventTypeInputShape = { name: RequiredLocalizedTextSchema }
export const EventTypeInputSchema = z.object(eventTypeInputShape)
export const EventTypeWriteSchema = z.strictObject(eventTypeInputShape)
export const EventTypeSchema = EventTypeInputSchema.extend({ id: z.number().int().positive() })
export type EventType = z.infer<typeof EventTypeSchema>
export const EVENT_TYPE_SORT_FIELDS = ['id', 'name', 'name.en', 'name.es'] as const

/** A network: "Regional Network for Civil Organizations on Migration" / RNCOM, RROCM. */
export const networkInputShape = {
  name: RequiredLocalizedTextSchema,
  acronym: LocalizedTextSchema.default({ en: '', es: '' }),
}
export const NetworkInputSchema = z.object(networkInputShape)
export const NetworkWriteSchema = z.strictObject(networkInputShape)
export const NetworkSchema = NetworkInputSchema.extend({ id: z.number().int().positive() })
export type Network = z.infer<typeof NetworkSchema>
export const NETWORK_SORT_FIELDS = ['id', 'name', 'name.en', 'name.es', 'acronym', 'acronym.en', 'acronym.es'] as const

/** The event's fields of this part, added to eventInputShape. */
export const eventTaxonomyShape = {
  /** null: the presidency whose period holds the start date (today's for an undated event), set on save. */
  presidencyId: IdSchema.nullable().default(null),
  typeId: IdSchema.nullable().default(null),
  countryCodes: z
    .array(MemberStateCodeSchema)
    .max(MEMBER_STATES.length)
    .default([])
    .refine((codes) => new Set(codes).size === codes.length, { message: VALIDATION_MESSAGES.countryTwice.en }),
  networkIds: z
    .array(IdSchema)
    .max(50)
    .default([])
    .refine((ids) => new Set(ids).size === ids.length, { message: VALIDATION_MESSAGES.networkTwice.en }),
}

const IdOrIds = z.union([IdSchema, z.array(IdSchema).max(100)])
const CodeOrCodes = z.union([MemberStateCodeSchema, z.array(MemberStateCodeSchema).max(MEMBER_STATES.length)])

/** The event list's filters of this part (one or an array each). */
export const eventTaxonomyFilterShape = {
  presidencyId: IdOrIds.optional(),
  typeId: IdOrIds.optional(),
  countryCode: CodeOrCodes.optional(),
  networkId: IdOrIds.optional(),
}
/** EVENT_SORT_FIELDS of this part. */
export const EVENT_TAXONOMY_SORT_FIELDS = ['presidencyId', 'typeId'] as const

/** A query parameter given once, repeated, or comma-separated, as a list of its non-empty parts. */
const listParameter = z.union([z.string().max(500), z.array(z.string().max(500)).max(50)]).transform((value) =>
  [value]
    .flat()
    .flatMap((part) => part.split(','))
    .map((part) => part.trim())
    .filter((part) => part !== ''),
)

/** One id of a list parameter. */
const IdPart = z
  .string()
  .regex(/^[1-9]\d{0,14}$/, { message: VALIDATION_MESSAGES.positiveId.en })
  .transform(Number)

/**
 * The public filters of every export and the public calendar: `presidency`,
 * `type`, `network` (ids) and `country` (a member state's code), each once,
 * repeated (`?country=SV&country=GT`) or comma-separated (`?country=SV,GT`):
 * an event matches when it has any of the values given, and every parameter given.
 */
export const publicTaxonomyQueryShape = {
  presidency: listParameter.pipe(z.array(IdPart)).optional().meta({ description: 'Presidency ids' }),
  type: listParameter.pipe(z.array(IdPart)).optional().meta({ description: 'Event type ids' }),
  country: listParameter
    .pipe(z.array(MemberStateCodeSchema))
    .optional()
    .meta({ description: 'Member state codes (SV)' }),
  network: listParameter.pipe(z.array(IdPart)).optional().meta({ description: 'Network ids' }),
}
export const PublicTaxonomyQuerySchema = z.object(publicTaxonomyQueryShape)

/** The public filters as the public copies' repository takes them; an empty filter keeps every event. */
export interface PublicTaxonomyFilter {
  presidencyIds?: number[]
  typeIds?: number[]
  countryCodes?: string[]
  networkIds?: number[]
}

/** The parsed query (PublicTaxonomyQuerySchema, or PublicFeedQuerySchema which holds it) as a PublicTaxonomyFilter. */
export function toPublicTaxonomyFilter(query: z.output<typeof PublicTaxonomyQuerySchema>): PublicTaxonomyFilter {
  const filter: PublicTaxonomyFilter = {}
  if (query.presidency?.length) filter.presidencyIds = query.presidency
  if (query.type?.length) filter.typeIds = query.type
  if (query.country?.length) filter.countryCodes = query.country
  if (query.network?.length) filter.networkIds = query.network
  return filter
}
