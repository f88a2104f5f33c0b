// No zod here, as in access.ts: the admin client reads these on every page.

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

/** The fields of a list's params a user keeps: not the page, since a list opens on its first. */
export const KEPT_LIST_PARAMS = ['sort', 'order', 'filter', 'displayedFilters', 'perPage'] as const
