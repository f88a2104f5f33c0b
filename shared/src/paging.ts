/** The most records one list request returns (docs/contract.md, "Lists"). */
export const MAX_PAGE_SIZE = 1000
/** A list request without a range gets this many; the admin's lists ask for as many. */
export const DEFAULT_PAGE_SIZE = 25
