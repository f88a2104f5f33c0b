import { z } from 'zod'
import { VALIDATION_MESSAGES } from './validation-messages'
import { ModalitySchema, ObjectiveStyleSchema } from './events'
import { IsoDateSchema, LanguageSchema } from './primitives'
import {
  DOCUMENT_KINDS,
  DOCUMENT_LANGUAGES,
  PublicDocumentDataSchema,
  PublicImageDataSchema,
  PublicImageSchema,
} from './files'
import { publicTaxonomyQueryShape } from './taxonomy'

/** Text in both languages, as the public feeds show it without `lang`. */
const BothLanguagesSchema = z.object({ en: z.string(), es: z.string() })

/**
 * The public JSON event (docs/contract.md, "Public exports") with its texts as
 * `text`: `{en, es}` without `lang`, a plain string with it. Nothing else:
 * no status, version, user or working-copy field.
 */
function publicEventSchema<Text extends z.ZodType>(text: Text) {
  const subItem = z.object({ text })
  const section = z.object({
    heading: text,
    intro: text.nullable(),
    style: ObjectiveStyleSchema,
    items: z.array(z.object({ text, items: z.array(subItem) })),
  })
  return z.strictObject({
    id: z.number().int().positive(),
    title: text,
    /** Sanitized HTML. */
    description: text,
    objectives: z.array(section),
    startDate: z.iso.date().nullable(),
    endDate: z.iso.date().nullable(),
    modality: ModalitySchema,
    city: z.string(),
    venue: z
      .object({ name: text, city: z.string(), country: z.string().nullable(), address: z.string().nullable() })
      .nullable(),
    institutions: z.array(z.object({ name: text, acronym: text })),
    contactEmails: z.array(z.string()),
    contactPhones: z.array(z.string()),
    /** When this version was published (ISO 8601, UTC). */
    publishedAt: z.iso.datetime(),
    /** The event on the public page. */
    url: z.url(),
    // times and meeting link (issue 18 §2)
    /** "HH:MM" in `timeZone`; null: an all-day event. */
    startTime: z.string().nullable(),
    endTime: z.string().nullable(),
    /** The IANA zone of the times; null when the event has none. */
    timeZone: z.string().nullable(),
    /** Only when the editor marked the link public. */
    meetingUrl: z.string().nullable(),
    // presidency, type, countries and networks (issue 18 §3); a public copy published before them reads as none
    presidency: z
      .object({
        country: z.object({ code: z.string(), name: text }),
        startDate: z.string(),
        endDate: z.string(),
        theme: text,
      })
      .nullable()
      .default(null),
    type: text.nullable().default(null),
    countries: z.array(z.object({ code: z.string(), name: text })).default([]),
    networks: z.array(z.object({ name: text, acronym: text })).default([]),
    // documents and cover image (issue 18 §1)
    documents: z
      .array(
        z.object({
          title: text,
          kind: z.enum(DOCUMENT_KINDS),
          language: z.enum(DOCUMENT_LANGUAGES),
          url: z.url(),
          bytes: z.number().int().nonnegative(),
          mediaType: z.string(),
        }),
      )
      // Files exported before documents existed have none.
      .default([]),
    image: PublicImageSchema.nullable().default(null),
  })
}

/** A public event without `lang`: every text `{en, es}`. */
export const PublicEventSchema = publicEventSchema(BothLanguagesSchema)
export type PublicEvent = z.infer<typeof PublicEventSchema>

/**
 * A public copy as stored, frozen at publish time: the public event without
 * `url`, which each feed adds for its own site URL and language, and with the
 * files its documents and image name instead of their URLs.
 */
export const PublicEventDataSchema = PublicEventSchema.omit({ url: true, documents: true, image: true }).extend({
  // documents and cover image (issue 18 §1): the file each names, whose URL each feed makes
  documents: z.array(
    PublicDocumentDataSchema.extend({
      title: BothLanguagesSchema,
      kind: z.enum(DOCUMENT_KINDS),
      language: z.enum(DOCUMENT_LANGUAGES),
    }),
  ),
  image: PublicImageDataSchema.nullable(),
})
export type PublicEventData = z.infer<typeof PublicEventDataSchema>

/** A public event with `lang`: every text in that language, falling back to the other. */
export const LocalizedPublicEventSchema = publicEventSchema(z.string())
export type LocalizedPublicEvent = z.infer<typeof LocalizedPublicEventSchema>

/** The query of every public feed: `lang`, the inclusive day range `from`–`to`, the taxonomy filters and the search `q`. */
export const PublicFeedQuerySchema = z
  .object({
    lang: LanguageSchema.optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    // presidency, type, country and network (issue 18 §3)
    ...publicTaxonomyQueryShape,
    // the public calendar's search (issue 18 §4)
    q: z
      .string()
      .trim()
      .max(200)
      .optional()
      .meta({ description: 'Words to search for, as on /calendar: every word, the last as a prefix; accents ignored' }),
  })
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
    message: VALIDATION_MESSAGES.fromAfterTo.en,
    path: ['to'],
  })
export type PublicFeedQuery = z.infer<typeof PublicFeedQuerySchema>
