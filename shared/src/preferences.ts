import { z } from 'zod'
import { MAX_SAVED_QUERIES, PREFERENCE_KEY_PATTERN } from './preference-keys'
import { VALIDATION_MESSAGES } from './validation-messages'

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
