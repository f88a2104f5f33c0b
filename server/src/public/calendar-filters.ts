import { localize, PublicTaxonomyQuerySchema, type Language, type PublicTaxonomyFilter } from '@rcm/shared'
import type { Db } from '../db/connection'
import type { Condition } from '../db/paged-query'
import { publishedYears, yearCondition } from './calendar-search.repository'
import { CALENDAR_TEXTS } from './calendar-texts'
import { publicTaxonomyRepository, taxonomyConditions } from './public-taxonomy.repository'

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
  /** The feeds' parameters that give the same events (default: the same name and value). */
  feedParams?: (value: string) => Record<string, string>
  /** The condition on `event_public_copies` for a parsed value; `inOrder`: for a query reading the rows in date order (taxonomyConditions). */
  condition: (value: string, inOrder: boolean) => Condition
}

const YEAR = /^\d{4}$/

export const yearFilter: CalendarFilter = {
  name: 'year',
  label: (lang) => CALENDAR_TEXTS[lang].year,
  anyLabel: (lang) => CALENDAR_TEXTS[lang].anyYear,
  options: (db) => publishedYears(db).map((year) => ({ value: String(year), label: String(year) })),
  parse: (raw) => (YEAR.test(raw.trim()) ? raw.trim() : undefined),
  // The feeds' day range keeps the events whose days overlap it, as the year does.
  feedParams: (value) => ({ from: `${value}-01-01`, to: `${value}-12-31` }),
  condition: (value) => yearCondition(Number(value)),
}

/** Options sorted by their label as the page's language sorts ("Panamá" before "Perú", "Ñ" after "N" in Spanish). */
const byLabel = (lang: Language, options: CalendarFilterOption[]) => {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true })
  return options.sort((a, b) => collator.compare(a.label, b.label))
}

/** A presidency's years: "2026", or "2025–2026" for a period across a new year. */
const periodLabel = (startDate: string, endDate: string) =>
  startDate.slice(0, 4) === endDate.slice(0, 4)
    ? startDate.slice(0, 4)
    : `${startDate.slice(0, 4)}–${endDate.slice(0, 4)}`

type TaxonomyParameter = keyof typeof PublicTaxonomyQuerySchema.shape

/**
 * A filter of issue 18 §3, reading its parameter as the exports do (one id
 * or code, or several comma-separated), kept as the comma-separated list;
 * a value the exports would refuse is ignored here.
 */
function taxonomyFilter(
  name: TaxonomyParameter,
  texts: Pick<CalendarFilter, 'label' | 'anyLabel'>,
  options: CalendarFilter['options'],
  toFilter: (values: string[]) => PublicTaxonomyFilter,
): CalendarFilter {
  return {
    name,
    ...texts,
    options,
    parse: (raw) => {
      const parsed = PublicTaxonomyQuerySchema.shape[name].safeParse(raw)
      return parsed.success && parsed.data !== undefined && parsed.data.length > 0
        ? [...new Set(parsed.data.map(String))].join(',')
        : undefined
    },
    condition: (value, inOrder) => taxonomyConditions(toFilter(value.split(',')), { inOrder })[0]!,
  }
}

const ids = (values: string[]) => values.map(Number)

export const presidencyFilter = taxonomyFilter(
  'presidency',
  { label: (lang) => CALENDAR_TEXTS[lang].presidency, anyLabel: (lang) => CALENDAR_TEXTS[lang].anyPresidency },
  // Latest first, as the years: the presidencies follow one another.
  (db, lang) =>
    publicTaxonomyRepository.presidencies(db).map((presidency) => ({
      value: String(presidency.id),
      label: `${localize(presidency.countryName, lang)} ${periodLabel(presidency.startDate, presidency.endDate)}`,
    })),
  (values) => ({ presidencyIds: ids(values) }),
)

export const typeFilter = taxonomyFilter(
  'type',
  { label: (lang) => CALENDAR_TEXTS[lang].eventType, anyLabel: (lang) => CALENDAR_TEXTS[lang].anyEventType },
  (db, lang) =>
    byLabel(
      lang,
      publicTaxonomyRepository.types(db).map((type) => ({ value: String(type.id), label: localize(type.name, lang) })),
    ),
  (values) => ({ typeIds: ids(values) }),
)

export const countryFilter = taxonomyFilter(
  'country',
  { label: (lang) => CALENDAR_TEXTS[lang].country, anyLabel: (lang) => CALENDAR_TEXTS[lang].anyCountry },
  (db, lang) =>
    byLabel(
      lang,
      publicTaxonomyRepository
        .countries(db)
        .map((country) => ({ value: country.code, label: localize(country.name, lang) })),
    ),
  (values) => ({ countryCodes: values }),
)

export const networkFilter = taxonomyFilter(
  'network',
  { label: (lang) => CALENDAR_TEXTS[lang].network, anyLabel: (lang) => CALENDAR_TEXTS[lang].anyNetwork },
  (db, lang) =>
    byLabel(
      lang,
      publicTaxonomyRepository.networks(db).map((network) => {
        const acronym = localize(network.acronym, lang)
        const name = localize(network.name, lang)
        return { value: String(network.id), label: acronym === '' ? name : `${name} (${acronym})` }
      }),
    ),
  (values) => ({ networkIds: ids(values) }),
)

/** The page's filters, in the form's order. */
export const CALENDAR_FILTERS: readonly CalendarFilter[] = [
  yearFilter,
  presidencyFilter,
  typeFilter,
  countryFilter,
  networkFilter,
]
