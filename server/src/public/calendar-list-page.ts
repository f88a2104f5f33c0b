import { otherLanguage, type Language } from '@rcm/shared'
import { ANCHOR_SCRIPT } from './calendar-anchor-script'
import { CALENDAR_TEXTS } from './calendar-texts'
import type { CalendarFilter, CalendarFilterOption } from './calendar-filters'
import { eventArticle, eventIcsHref, eventPagePath, pageHead, PAGE_END } from './calendar-page'
import { calendarFeedQuery, calendarSearch, CALENDAR_PAGE_SIZE, isFiltered, type CalendarQuery } from './calendar-query'
import type { FeedRow } from './feed-rows.repository'
import { html, trustedHtml, type SafeHtml } from './html'

/** What the list page shows beside the query: the page's events, the count, and each filter's choices. */
export interface CalendarListData {
  query: CalendarQuery
  total: number
  rows: FeedRow[]
  filters: ReadonlyArray<{ filter: CalendarFilter; options: CalendarFilterOption[] }>
}

function select(data: CalendarListData, filter: CalendarFilter, options: CalendarFilterOption[]): SafeHtml {
  const { lang } = data.query
  const current = data.query.filters[filter.name]
  const id = `filter-${filter.name}`
  // A value from a shared link that is no longer a choice (no event that year any more), or several
  // comma-separated as the exports take them, stays selected, named by the choices it holds.
  const nameOf = (value: string) => options.find((option) => option.value === value)?.label ?? value
  const choices =
    current === undefined || options.some((option) => option.value === current)
      ? options
      : [...options, { value: current, label: current.split(',').map(nameOf).join(', ') }]
  return html`<div class="field"><label for="${id}">${filter.label(lang)}</label>
<select id="${id}" name="${filter.name}"><option value="">${filter.anyLabel(lang)}</option>${choices.map(
    (option) =>
      html`<option value="${option.value}"${option.value === current && trustedHtml(' selected')}>${option.label}</option>`,
  )}</select></div>`
}

/** The GET form: works without script, and its result's URL is the page to share or bookmark. */
function searchForm(data: CalendarListData): SafeHtml {
  const { query } = data
  const text = CALENDAR_TEXTS[query.lang]
  return html`<form class="search" role="search" method="get" action="/calendar" aria-label="${text.searchForm}">
<input type="hidden" name="lang" value="${query.lang}">
<div class="field wide"><label for="q">${text.searchLabel}</label>
<input id="q" name="q" type="search" value="${query.q}" maxlength="200" aria-describedby="q-hint">
<p id="q-hint" class="hint">${text.searchHint}</p></div>
${data.filters.map(({ filter, options }) => select(data, filter, options))}
<div class="actions"><button type="submit">${text.searchButton}</button>${
    isFiltered(query) &&
    html` <a href="${calendarSearch(query, { q: '', filters: {}, page: 1 })}">${text.clearFilters}</a>`
  }</div>
</form>`
}

function pageNav(data: CalendarListData, pages: number): SafeHtml | null {
  const { query } = data
  if (pages <= 1 && query.page === 1) return null
  const text = CALENDAR_TEXTS[query.lang]
  const previous = query.page > 1 && query.page <= pages
  const next = query.page < pages
  return html`<nav class="pages" aria-label="${text.pageNav}"><ul class="links">
${previous && html`<li><a rel="prev" href="${calendarSearch(query, { page: query.page - 1 })}">${text.previousPage}</a></li>`}
${query.page <= pages && html`<li aria-current="page">${text.pageOf(query.page, pages)}</li>`}
${next && html`<li><a rel="next" href="${calendarSearch(query, { page: query.page + 1 })}">${text.nextPage}</a></li>`}
${query.page > pages && html`<li><a href="${calendarSearch(query, { page: 1 })}">${text.firstPage}</a></li>`}
</ul></nav>`
}

/** The events of the page, a section per segment (upcoming, date to be confirmed, past) that has some. */
function results(data: CalendarListData): SafeHtml[] {
  const { lang } = data.query
  const text = CALENDAR_TEXTS[lang]
  const sections: SafeHtml[] = []
  let index = 0
  while (index < data.rows.length) {
    const segment = data.rows[index]!.segment
    const articles: SafeHtml[] = []
    for (; index < data.rows.length && data.rows[index]!.segment === segment; index++) {
      const { data: event } = data.rows[index]!
      articles.push(
        eventArticle(event, lang, { icsHref: eventIcsHref(event, lang), pageHref: eventPagePath(event.id, lang) }),
      )
    }
    sections.push(html`<section aria-labelledby="${segment}"><h2 id="${segment}">${text[segment]}</h2>
${articles}</section>
`)
  }
  return sections
}

function summary(data: CalendarListData, pages: number): SafeHtml {
  const { query, total } = data
  const text = CALENDAR_TEXTS[query.lang]
  if (total === 0) return html`<p class="count">${isFiltered(query) ? text.noResults : text.noEvents}</p>`
  const count = html`<p class="count" id="result-count">${text.resultCount(total)}${query.q !== '' && html` ${text.resultsFor(query.q)}`}</p>`
  return query.page > pages ? html`${count}<p>${text.noSuchPage}</p>` : count
}

/** `/calendar`: the search form, the count, one page of events and the links to the others, in `query.lang`. */
export function calendarListPage(data: CalendarListData): string {
  const { query } = data
  const pages = Math.max(1, Math.ceil(data.total / CALENDAR_PAGE_SIZE))
  const nav = pageNav(data, pages)
  const head = pageHead(query.lang, {
    title: query.q === '' ? undefined : CALENDAR_TEXTS[query.lang].resultsFor(query.q),
    languageHref: calendarSearch(query, { lang: otherLanguage(query.lang) satisfies Language }),
    feedQuery: calendarFeedQuery(
      query,
      data.filters.map(({ filter }) => filter),
    ),
  })
  return (
    html`${head}${searchForm(data)}
${summary(data, pages)}
${results(data)}${nav}
<script>${trustedHtml(ANCHOR_SCRIPT)}</script>
`.value + PAGE_END
  )
}
