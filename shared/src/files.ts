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

/** What a reader calls a file of this media type ("PDF"), or the media type itself for one the table lacks. */
export const mediaTypeName = (mediaType: string): string =>
  (MEDIA_TYPE_NAMES as Readonly<Record<string, string>>)[mediaType] ?? mediaType

/** A file's size as people read it, the same on every page: "820 KB", "1.2 MB" (es: "1,2 MB"); never "0 KB". */
export function fileSizeText(bytes: number, language: string): string {
  const MB = 1024 * 1024
  return bytes >= MB
    ? `${(bytes / MB).toLocaleString(language, { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(language)} KB`
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

/** A document's stored file as the event's read gives it: the server's facts, never set by a client. */
export const DocumentFileSchema = z.object({
  name: z.string(),
  mediaType: z.string(),
  bytes: z.number().int().nonnegative(),
})
export type DocumentFile = z.infer<typeof DocumentFileSchema>

/**
 * One document of an event, in display order; `id` is the server's (absent on
 * a new one), and so is `file`: a client may send it back, the server reads
 * the file's facts from its own table.
 */
export const EventDocumentSchema = z.object({
  id: IdSchema.optional(),
  fileId: IdSchema,
  title: LocalizedTextSchema,
  kind: z.enum(DOCUMENT_KINDS).default('other'),
  language: z.enum(DOCUMENT_LANGUAGES).default('both'),
  file: DocumentFileSchema.optional(),
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
