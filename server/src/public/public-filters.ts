import { PublicTaxonomyQuerySchema, toPublicTaxonomyFilter, type PublicTaxonomyFilter } from '@rcm/shared'

/**
 * The public filters `presidency`, `type`, `country` and `network` of a
 * request's query (issue 18 §3), as every export reads them and the public
 * calendar page can: ids, or member-state codes for `country`, once,
 * repeated or comma-separated. Other parameters are left alone; a value that
 * is not an id or a member state throws a ZodError (a 400 naming the
 * parameter). Hand the result to the feed's `FeedFilter.taxonomy`.
 */
export function parsePublicFilters(query: Record<string, unknown>): PublicTaxonomyFilter {
  return toPublicTaxonomyFilter(PublicTaxonomyQuerySchema.parse(query))
}
