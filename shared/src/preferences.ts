import { z } from 'zod'
import { VALIDATION_MESSAGES } from './validation-messages'

/** The most one preference's value may take, as JSON text (UTF-8 bytes). */
export const MAX_PREFERENCE_BYTES = 16 * 1024
/** The most preferences one user keeps: far above two per list of the app. */
export const MAX_PREFERENCES_PER_USER = 100
/** The most saved queries one list keeps. */
export const MAX_SAVED_QUERIES = 50

/**
 * What a user's preferences are kept for: react-admin's store keys of a
 * list's remembered sort, filter and page size (`events.listParams`) and of
 * its saved queries (`events.savedQueries`), the names ra-core gives them
 * (useListParams, useSavedQueries).
 */
export const PREFERENCE_KEY_PATTERN = /^[a-z][a-z0-9-]{0,49}\.(listParams|savedQueries)$/

export const PreferenceKeySchema = z.string().regex(PREFERENCE_KEY_PATTERN, VALIDATION_MESSAGES.preferenceKey.en)
export type PreferenceKey = z.infer<typeof PreferenceKeySchema>

const ScalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()])
const FlatValueSchema = z.union([ScalarSchema, z.array(ScalarSchema)])
/**
 * A list's filter values: a scalar or an array of them per input, or one
 * level of object for an input whose source has a dot (`title.en`). Not any
 * JSON, so that the OpenAPI document can say it without recursion.
 */
const FilterValuesSchema = z.record(
  z.string().max(100),
  z.union([FlatValueSchema, z.record(z.string().max(100), FlatValueSchema)]),
)
const SortOrderSchema = z.enum(['ASC', 'DESC'])
const PerPageSchema = z.int().min(1).max(1000)

/** A list's remembered parameters, without the page: a list opens on its first page. */
export const ListParamsPreferenceSchema = z.strictObject({
  sort: z.string().max(100).optional(),
  order: SortOrderSchema.optional(),
  filter: FilterValuesSchema.optional(),
  displayedFilters: FilterValuesSchema.optional(),
  perPage: PerPageSchema.optional(),
})
export type ListParamsPreference = z.infer<typeof ListParamsPreferenceSchema>

/** One "Save current query" of a list's filter menu, as react-admin's AddSavedQueryDialog writes it. */
export const SavedQuerySchema = z.strictObject({
  label: z.string().trim().min(1).max(200),
  value: z.strictObject({
    filter: FilterValuesSchema.optional(),
    displayedFilters: FilterValuesSchema.optional(),
    sort: z.strictObject({ field: z.string().max(100), order: SortOrderSchema }).optional(),
    perPage: PerPageSchema.optional(),
  }),
})
export const SavedQueriesPreferenceSchema = z.array(SavedQuerySchema).max(MAX_SAVED_QUERIES)

/** A preference's value: the shape its key's kind (`listParams`, `savedQueries`) says. */
export const PreferenceValueSchema = z.union([ListParamsPreferenceSchema, SavedQueriesPreferenceSchema])
export type PreferenceValue = z.infer<typeof PreferenceValueSchema>

/** The schema of `key`'s value. */
export const preferenceValueSchemaOf = (key: PreferenceKey) =>
  key.endsWith('.savedQueries') ? SavedQueriesPreferenceSchema : ListParamsPreferenceSchema

/** GET /api/preferences: every preference of the signed-in user, by key. */
export const PreferencesSchema = z.record(PreferenceKeySchema, PreferenceValueSchema)
export type Preferences = z.infer<typeof PreferencesSchema>
