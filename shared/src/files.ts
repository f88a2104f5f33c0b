import { z } from 'zod'
import { IdSchema, LocalizedTextSchema } from './primitives'

// Documents and images attached to events (issue 18 §1, docs/decisions/020-files.md).

/** What a document is, as the public page and the exports name it. */
export const DOCUMENT_KINDS = [
  'agenda',
  'concept_note',
  'presentation',
  'report',
  'declaration',
  'photo',
  'other',
] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

/** The language a document is written in; `both` for one bilingual file. */
export const DOCUMENT_LANGUAGES = ['en', 'es', 'both'] as const
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number]

/** The image types the calendar keeps and shows inline (and renders smaller copies of). */
export const IMAGE_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const

/** Every media type an upload may have, decided from its content (server/src/files/file-types.ts). */
export const ALLOWED_MEDIA_TYPES = [
  'application/pdf',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  ...IMAGE_MEDIA_TYPES,
] as const

/** What a reader calls a file of each allowed type ("PDF", "Word"), the same in both languages. */
export const MEDIA_TYPE_NAMES: Readonly<Record<(typeof ALLOWED_MEDIA_TYPES)[number], string>> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.ms-powerpoint': 'PowerPoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'OpenDocument',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
}

export const isImageMediaType = (mediaType: string): boolean =>
  (IMAGE_MEDIA_TYPES as readonly string[]).includes(mediaType)

/** The widths of the smaller WebP copies of an image (`?size=` of the file routes). */
export const RENDITION_WIDTHS = [320, 1200] as const

/** The most documents one event lists. */
export const MAX_EVENT_DOCUMENTS = 50

/** A stored file, as `POST /api/files` answers. */
export const FileSchema = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  mediaType: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
})
export type StoredFile = z.infer<typeof FileSchema>

/** One document of an event, in display order; `id` is the server's (absent on a new one). */
export const EventDocumentSchema = z.object({
  id: IdSchema.optional(),
  fileId: IdSchema,
  title: LocalizedTextSchema,
  kind: z.enum(DOCUMENT_KINDS).default('other'),
  language: z.enum(DOCUMENT_LANGUAGES).default('both'),
})
export type EventDocument = z.infer<typeof EventDocumentSchema>

/** The fields the files part adds to an event's input (shared/src/events.ts). */
export const eventFilesShape = {
  documents: z.array(EventDocumentSchema).max(MAX_EVENT_DOCUMENTS).default([]),
  imageFileId: IdSchema.nullable().default(null),
}

/** A document as a public copy freezes it: what the feeds need to link to it, without the site's URL. */
export const PublicDocumentDataSchema = z.object({
  fileId: z.number().int().positive(),
  name: z.string(),
  bytes: z.number().int().nonnegative(),
  mediaType: z.string(),
})

/** The cover image as a public copy freezes it. */
export const PublicImageDataSchema = z.object({
  fileId: z.number().int().positive(),
  name: z.string(),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
})
export type PublicImageData = z.infer<typeof PublicImageDataSchema>

/** The public image of the feeds. */
export const PublicImageSchema = z.object({
  url: z.url(),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
})
