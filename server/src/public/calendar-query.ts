import { LanguageSchema, type Language } from '@rcm/shared'
import type { Request } from 'express'
import type { CalendarFilter } from './calendar-filters'

/** Events per page of the public calendar. */
export const CALENDAR_PAGE_SIZE = 20

/** Longer search text is cut: no one types more, and it bounds the full-text query. */
const MAX_Q_LENGTH = 200

/** What a public calendar URL asks for; every part has a default, so any link opens a page. */
export interface CalendarQuery {
  lang: Language
  /** The search box as typed (trimmed); '' for none. */
  q: string
  /** Filter name → parsed value, for the filters that are set. */
  filters: Record<string, string>
  /** 1-based. */
  page: number
}

const single = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined

/**
 * The page's language: `en` or `es` (any case); anything else, or none, is
 * English. A person following a mangled link is better served by the page
 * than by an error, and the language switch is right there.
 */
export function pageLanguage(req: Request): Language {
  const parsed = LanguageSchema.safeParse(single(req.query.lang)?.toLowerCase())
  return parsed.success ? parsed.data : 'en'
}

/**
 * A calendar URL's query, read leniently: a value the page cannot use (a
 * year that is not one, page "abc") is left out rather than refused, as
 * `lang` is, since these links are typed, shared and cut by people.
 */
export function parseCalendarQuery(req: Request, filters: readonly CalendarFilter[]): CalendarQuery {
  const q = (single(req.query.q) ?? '').trim().slice(0, MAX_Q_LENGTH)
  const pageText = single(req.query.page) ?? ''
  const page = /^\d{1,6}$/.test(pageText) && Number(pageText) > 0 ? Number(pageText) : 1
  const values: Record<string, string> = {}
  for (const filter of filters) {
    const raw = single(req.query[filter.name])
    const value = raw === undefined ? undefined : filter.parse(raw)
    if (value !== undefined) values[filter.name] = value
  }
  return { lang: pageLanguage(req), q, filters: values, page }
}

/** Whether the query narrows the calendar (a search or a filter). */
export const isFiltered = (query: CalendarQuery) => query.q !== '' || Object.keys(query.filters).length > 0

/**
 * The query string of a calendar page (`?q=…&year=…&page=…&lang=…`), with
 * `changes` applied: what the page's links, the language switch and the
 * form's GET all produce, so a page has one URL to share or bookmark.
 */
export function calendarSearch(query: CalendarQuery, changes: Partial<CalendarQuery> = {}): string {
  const next = { ...query, ...changes }
  const params = new URLSearchParams()
  if (next.q !== '') params.set('q', next.q)
  for (const [name, value] of Object.entries(next.filters)) params.set(name, value)
  if (next.page > 1) params.set('page', String(next.page))
  params.set('lang', next.lang)
  return `?${params.toString()}`
}

/**
 * The query string of the feeds (`q=…&type=…`, without `lang`) that give the
 * events the page lists, on every page: its links to the feeds subscribe to
 * the search as it stands.
 */
export function calendarFeedQuery(query: CalendarQuery, filters: readonly CalendarFilter[]): string {
  const params = new URLSearchParams()
  if (query.q !== '') params.set('q', query.q)
  for (const filter of filters) {
    const value = query.filters[filter.name]
    if (value === undefined) continue
    for (const [name, param] of Object.entries(filter.feedParams?.(value) ?? { [filter.name]: value }))
      params.set(name, param)
  }
  return params.toString()
}
