import {
  formatDateRange,
  institutionLabel,
  joinNames,
  localize,
  otherLanguage,
  type Language,
  type ObjectiveSection,
  type PublicEventData,
} from '@rcm/shared'
import { sanitizeDescription } from '../events/description-html'
import type { CspDirectives } from '../http/security-headers'
import { CALENDAR_CSS, CALENDAR_CSS_SOURCE } from './calendar-style'
import { CALENDAR_TEXTS, type CalendarTexts } from './calendar-texts'
import type { FeedFormat } from './feed-response'
import type { FeedSegment } from './feed-rows.repository'
import { html, trustedHtml, type SafeHtml } from './html'
import { eventTimeFields } from './event-times-html'

/**
 * No script, no plugin, no form, no base; the one inline style sheet by its
 * hash. `frame-ancestors` is the caller's: the public page is meant to be
 * embedded by the website, the admin preview only by the admin app.
 */
export function calendarPageCsp(frameAncestors: string): CspDirectives {
  return {
    'default-src': ["'none'"],
    'style-src': [CALENDAR_CSS_SOURCE],
    'img-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': [frameAncestors],
  }
}

/** Rich-text headings moved below the event's own (h3 title, h4 "About the event"), so the outline stays in order. */
const demoteHeadings = (markup: string) =>
  markup.replace(/<(\/?)h([234])>/g, (_tag, slash: string, level: string) => `<${slash}h${level === '2' ? 5 : 6}>`)

function description(event: PublicEventData, lang: Language): SafeHtml | null {
  const markup = localize(event.description, lang)
  // Sanitized on write already; again here because this is the one place it becomes a public page.
  return markup === '' ? null : trustedHtml(demoteHeadings(sanitizeDescription(markup)))
}

function objectives(sections: ObjectiveSection[], lang: Language): SafeHtml[] {
  return sections.map((section) => {
    const items = section.items.map((item) => {
      const subItems =
        item.items.length > 0
          ? html`<ul>${item.items.map((sub) => html`<li>${localize(sub.text, lang)}</li>`)}</ul>`
          : null
      return { text: localize(item.text, lang), subItems }
    })
    const listTag = trustedHtml(section.style === 'numbered' ? 'ol' : 'ul')
    const list =
      section.style === 'paragraph'
        ? items.map((item) => html`<p>${item.text}</p>${item.subItems}`)
        : html`<${listTag}>${items.map((item) => html`<li>${item.text}${item.subItems}</li>`)}</${listTag}>`
    const heading = localize(section.heading, lang)
    const intro = localize(section.intro, lang)
    return html`${heading && html`<h5>${heading}</h5>`}${intro && html`<p>${intro}</p>`}${list}`
  })
}

function field(label: string, value: SafeHtml | string | null): SafeHtml | null {
  return value === null || value === '' ? null : html`<dt>${label}</dt><dd>${value}</dd>`
}

function venue(event: PublicEventData, lang: Language, text: CalendarTexts): SafeHtml | string | null {
  if (event.venue) {
    const name = localize(event.venue.name, lang)
    return event.venue.address ? html`${name}<br>${event.venue.address}` : name
  }
  return event.modality === 'virtual' ? text.virtual : null
}

function date(event: PublicEventData, lang: Language, text: CalendarTexts): SafeHtml {
  const days = formatDateRange(event.startDate, event.endDate, lang)
  return days === null
    ? html`<span class="tbc">${text.toBeConfirmed}</span>`
    : html`<time datetime="${event.startDate}">${days}</time>`
}

/** `tel:` wants the number without its spaces and hyphens. */
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

/**
 * One event in the legacy page's structure: title, city, venue, date, about
 * the event with its objectives, coordinating institutions, email, phone.
 * The article's id is the anchor the feeds' `url` points to. `icsHref`: the
 * "add to calendar" link, when the event has one (published and dated).
 */
export function eventArticle(event: PublicEventData, lang: Language, icsHref?: string): SafeHtml {
  const text = CALENDAR_TEXTS[lang]
  const title = localize(event.title, lang)
  const about = [description(event, lang), ...objectives(event.objectives, lang)].filter((part) => part !== null)
  const institutions = joinNames(
    event.institutions.map((institution) => institutionLabel(institution, lang)),
    lang,
  )
  const emails = event.contactEmails.map(
    (email, index) => html`${index > 0 && ', '}<a href="mailto:${email}">${email}</a>`,
  )
  const phones = event.contactPhones.map(
    (phone, index) => html`${index > 0 && ', '}<a href="${telHref(phone)}">${phone}</a>`,
  )
  const format =
    event.modality === 'hybrid' ? text.hybrid : event.modality === 'virtual' && event.venue ? text.virtual : null
  const contacts = [
    field(text.institutions, institutions),
    field(text.email, emails.length > 0 ? html`${emails}` : null),
    field(text.phone, phones.length > 0 ? html`${phones}` : null),
  ]
  const times = eventTimeFields(event, lang)
  return html`<article id="event-${event.id}" aria-labelledby="event-${event.id}-title">
<h3 id="event-${event.id}-title">${title}</h3>
<dl>${field(text.city, event.city)}${field(text.venue, venue(event, lang, text))}${field(text.format, format)}${field(text.date, date(event, lang, text))}
${times}</dl>
${about.length > 0 && html`<h4>${text.about}</h4>${about}`}
<dl>${contacts}</dl>
${icsHref && html`<p><a class="add" href="${icsHref}" type="text/calendar">${text.addToCalendar}<span class="visually-hidden">: ${title}</span></a></p>`}
</article>
`
}

const feedHref = (format: 'json' | 'csv' | 'ics', lang: Language) => `/api/public/events.${format}?lang=${lang}`

/** The document up to the start of `main`: title, language switch and, on the public page, the feed links. */
function pageHead(lang: Language, options: { preview?: boolean } = {}): SafeHtml {
  const text = CALENDAR_TEXTS[lang]
  const other = otherLanguage(lang)
  const languageLink = html`<a href="?lang=${other}" hreflang="${other}" lang="${other}">${text.otherLanguage}</a>`
  const feeds = html`<section aria-labelledby="feeds"><h2 id="feeds" class="visually-hidden">${text.feedsHeading}</h2>
<ul class="links" aria-label="${text.feedsHeading}">
<li><a href="${feedHref('ics', lang)}" type="text/calendar">${text.feedIcs}</a></li>
<li><a href="${feedHref('csv', lang)}" type="text/csv">${text.feedCsv}</a></li>
<li><a href="${feedHref('json', lang)}" type="application/json">${text.feedJson}</a></li>
</ul></section>`
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.preview ? `${text.preview} – ` : ''}${text.pageTitle}</title>
${
  !options.preview &&
  html`<link rel="alternate" hreflang="${other}" href="?lang=${other}">
<link rel="alternate" type="text/calendar" title="${text.feedIcs}" href="${feedHref('ics', lang)}">`
}
<style>${trustedHtml(CALENDAR_CSS)}</style>
</head>
<body>
<a class="skip" href="#main">${text.skipLink}</a>
<header>
<p class="organisation">${text.organisation}</p>
<h1>${text.heading}</h1>
<nav aria-label="${text.languageNav}"><ul class="links"><li>${languageLink}</li></ul></nav>
${options.preview ? html`<div class="preview" role="note"><strong>${text.preview}</strong>${text.previewNote}</div>` : feeds}
</header>
<main id="main">
`
}

const PAGE_END = '</main>\n</body>\n</html>\n'

/**
 * The public calendar page as a feed format, so it streams through the same
 * published-only query as the feeds: a section per segment of the feed
 * (upcoming, date to be confirmed, past), each opened when its first event
 * arrives.
 */
export function calendarPageFormat(lang: Language): FeedFormat {
  const text = CALENDAR_TEXTS[lang]
  let current: FeedSegment | null = null
  return {
    head: pageHead(lang).value,
    row: ({ data, segment }) => {
      const opening =
        segment === current
          ? null
          : html`${current !== null && trustedHtml('</section>\n')}<section aria-labelledby="${segment}"><h2 id="${segment}">${text[segment]}</h2>\n`
      current = segment
      const icsHref = data.startDate === null ? undefined : `/api/public/events/${data.id}.ics?lang=${lang}`
      return html`${opening}${eventArticle(data, lang, icsHref)}`.value
    },
    get tail() {
      return (current === null ? html`<p>${text.noEvents}</p>\n` : '</section>\n') + PAGE_END
    },
  }
}

/** One working copy on the public page's template, marked as a preview, without the public links. */
export function previewPage(event: PublicEventData, lang: Language): string {
  return pageHead(lang, { preview: true }).value + eventArticle(event, lang).value + PAGE_END
}
