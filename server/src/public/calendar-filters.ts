import type { Language } from '@rcm/shared'
import type { Db } from '../db/connection'
import type { Condition } from '../db/paged-query'
import { publishedYears, yearCondition } from './calendar-search.repository'
import { CALENDAR_TEXTS } from './calendar-texts'

export interface CalendarFilterOption {
  value: string
  label: string
}

/**
 * One choice of the public calendar's search form, shown as a labelled
 * select and carried in the query string under `name`. The page reads every
 * filter from this list: a new one (presidency, type, country, network) is
 * one more entry, with no change to the page or its links.
 */
export interface CalendarFilter {
  /** The query-string key and the select's name, e.g. `year`. */
  name: string
  label: (lang: Language) => string
  /** The first option, which leaves the filter off. */
  anyLabel: (lang: Language) => string
  options: (db: Db, lang: Language) => CalendarFilterOption[]
  /** The query string's value as the filter keeps it, or undefined when it is not one it takes (then ignored). */
  parse: (raw: string) => string | undefined
  /** The condition on `event_public_copies` for a parsed value. */
  condition: (value: string) => Condition
}

const YEAR = /^\d{4}$/

export const yearFilter: CalendarFilter = {
  name: 'year',
  label: (lang) => CALENDAR_TEXTS[lang].year,
  anyLabel: (lang) => CALENDAR_TEXTS[lang].anyYear,
  options: (db) => publishedYears(db).map((year) => ({ value: String(year), label: String(year) })),
  parse: (raw) => (YEAR.test(raw.trim()) ? raw.trim() : undefined),
  condition: (value) => yearCondition(Number(value)),
}

/** The page's filters, in the form's order. */
export const CALENDAR_FILTERS: readonly CalendarFilter[] = [yearFilter]
