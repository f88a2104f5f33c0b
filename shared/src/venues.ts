import { z } from 'zod'
import { VALIDATION_MESSAGES } from './validation-messages'
import { LocalizedTextSchema, RequiredLocalizedTextSchema } from './primitives'

const nullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .default(null)
    .transform((value) => (value === '' ? null : value))

export const venueInputShape = {
  name: RequiredLocalizedTextSchema,
  city: z.string().trim().max(200).default(''),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { message: VALIDATION_MESSAGES.countryCode.en })
    .nullable()
    .default(null)
    .or(z.literal('').transform(() => null)),
  address: nullableText(500),
}

export const VenueInputSchema = z.object(venueInputShape)
export const VenueWriteSchema = z.strictObject(venueInputShape)
export type VenueInput = z.input<typeof VenueInputSchema>
export type VenueData = z.output<typeof VenueInputSchema>

/** A venue as the API returns it: written out rather than extended from the input, whose `''` → null transforms have no JSON Schema on their output side. */
export const VenueSchema = z.object({
  id: z.number().int().positive(),
  name: LocalizedTextSchema,
  city: z.string(),
  country: z.string().nullable(),
  address: z.string().nullable(),
}) satisfies z.ZodType<VenueData & { id: number }>
export type Venue = z.infer<typeof VenueSchema>

export const VENUE_SORT_FIELDS = ['id', 'name', 'name.en', 'name.es', 'city', 'country'] as const
