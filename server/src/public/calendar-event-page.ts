import { localize, otherLanguage, type Language, type PublicEventData } from '@rcm/shared'
import { CALENDAR_TEXTS } from './calendar-texts'
import { eventArticle, eventIcsHref, pageHead, PAGE_END } from './calendar-page'
import { html } from './html'

const calendarHref = (lang: Language) => `/calendar?lang=${lang}`

/** `/calendar/events/{id}`: one public copy in full, its title the page's h1, with the way back to the calendar. */
export function eventPage(event: PublicEventData, lang: Language): string {
  const text = CALENDAR_TEXTS[lang]
  const head = pageHead(lang, {
    title: localize(event.title, lang),
    languageHref: `?lang=${otherLanguage(lang)}`,
    calendarHref: calendarHref(lang),
  })
  const article = eventArticle(event, lang, { icsHref: eventIcsHref(event, lang), titleLevel: 1 })
  return (
    html`${head}${article}<p><a href="${calendarHref(lang)}">${text.backToCalendar}</a></p>
`.value + PAGE_END
  )
}

/** The 404 of an event page: no such event, or not public (a draft is never told apart from nothing). */
export function eventNotFoundPage(lang: Language): string {
  const text = CALENDAR_TEXTS[lang]
  const head = pageHead(lang, {
    title: text.notFoundTitle,
    languageHref: `?lang=${otherLanguage(lang)}`,
    calendarHref: calendarHref(lang),
  })
  return (
    html`${head}<h1>${text.notFoundTitle}</h1>
<p>${text.notFoundText}</p>
<p><a href="${calendarHref(lang)}">${text.backToCalendar}</a></p>
`.value + PAGE_END
  )
}
