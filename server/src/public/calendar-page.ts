import {
  formatDateRange,
  institutionLabel,
  joinNames,
  localize,
  fileSizeText,
  mediaTypeName,
  otherLanguage,
  type Language,
  type LocalizedText,
  type ObjectiveSection,
  type PublicEventData,
} from '@rcm/shared'
import { sanitizeDescription } from '../events/description-html'
import type { CspDirectives } from '../http/security-headers'
import { CALENDAR_CSS, CALENDAR_CSS_SOURCE } from './calendar-style'
import { CALENDAR_TEXTS, type CalendarTexts } from './calendar-texts'
import { html, trustedHtml, type SafeHtml } from './html'
import { eventTimeFields } from './event-times-html'

/**
 * No plugin, no base; the one inline style sheet by its hash, and no script
 * but those of `scripts` (hash sources: the list page's anchor script).
 * `frame-ancestors` is the caller's: the public page is meant to be embedded
 * by the website, the embed view by the origins in EMBED_ORIGINS, the admin
 * preview only by the admin app. `formAction`: where the page's one form (the
 * calendar's GET search) may go; no form elsewhere.
 */
export function calendarPageCsp(
  frameAncestors: readonly string[],
  formAction = "'none'",
  scripts: readonly string[] = [],
): CspDirectives {
  return {
    'default-src': ["'none'"],
    ...(scripts.length > 0 && { 'script-src': [...scripts] }),
    'style-src': [CALENDAR_CSS_SOURCE],
    // The events' cover images, served by this site (/api/public/files/…).
    'img-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': [formAction],
    'frame-ancestors': [...frameAncestors],
  }
}

/**
 * The heading levels of an event: its title at `title` (h3 in the calendar's
 * sections, h1 on its own page), "About the event" one below, objectives'
 * headings and the rich text's headings below that, so the outline stays in order.
 */
const headingLevels = (title: 1 | 3) => ({ title, about: title + 1, section: title + 2 })

/** Rich-text headings moved below the event's own: h2 to the sections' level, h3 and h4 one further. */
const demoteHeadings = (markup: string, section: number) =>
  markup.replace(
    /<(\/?)h([234])>/g,
    (_tag, slash: string, level: string) => `<${slash}h${level === '2' ? section : section + 1}>`,
  )

/**
 * A text in the page's language, or, when only the other language has it,
 * that one marked with its `lang`: a screen reader then reads it in the
 * right voice, and a browser offers to translate that part alone.
 */
function localized(text: LocalizedText | null, lang: Language): SafeHtml | string {
  const value = localize(text, lang)
  return value === '' || text?.[lang] !== '' ? value : html`<span lang="${otherLanguage(lang)}">${value}</span>`
}

function description(event: PublicEventData, lang: Language, section: number): SafeHtml | null {
  const markup = localize(event.description, lang)
  if (markup === '') return null
  // Sanitized on write already; again here because this is the one place it becomes a public page.
  const safe = trustedHtml(demoteHeadings(sanitizeDescription(markup), section))
  return event.description[lang] !== '' ? safe : html`<div lang="${otherLanguage(lang)}">${safe}</div>`
}

function objectives(sections: ObjectiveSection[], lang: Language, level: number): SafeHtml[] {
  const headingTag = trustedHtml(`h${level}`)
  return sections.map((section) => {
    const items = section.items.map((item) => {
      const subItems =
        item.items.length > 0
          ? html`<ul>${item.items.map((sub) => html`<li>${localized(sub.text, lang)}</li>`)}</ul>`
          : null
      return { text: localized(item.text, lang), subItems }
    })
    const listTag = trustedHtml(section.style === 'numbered' ? 'ol' : 'ul')
    const list =
      section.style === 'paragraph'
        ? items.map((item) => html`<p>${item.text}</p>${item.subItems}`)
        : html`<${listTag}>${items.map((item) => html`<li>${item.text}${item.subItems}</li>`)}</${listTag}>`
    const heading = localized(section.heading, lang)
    const intro = localized(section.intro, lang)
    return html`${heading && html`<${headingTag}>${heading}</${headingTag}>`}${intro && html`<p>${intro}</p>`}${list}`
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

/** Where the page links a document or image: its public URL, or (the admin preview of a working copy) the staff one. */
export type FileHref = (file: { fileId: number; name: string }, size?: number) => string

export const publicFileHref: FileHref = (file, size) =>
  `/api/public/files/${file.fileId}/${encodeURIComponent(file.name)}${size === undefined ? '' : `?size=${size}`}`

const staffFileHref: FileHref = (file, size) => `/api/files/${file.fileId}${size === undefined ? '' : `?size=${size}`}`

/** The documents, those in the page's language (or both) first, each a link saying its kind, format, size and language. */
export function documentsList(
  event: PublicEventData,
  lang: Language,
  text: CalendarTexts,
  href: FileHref,
  headingTag: SafeHtml,
): SafeHtml | null {
  if (event.documents.length === 0) return null
  const rank = (language: string) => (language === lang || language === 'both' ? 0 : 1)
  const ordered = [...event.documents].sort((a, b) => rank(a.language) - rank(b.language))
  const items = ordered.map((document) => {
    const title = localize(document.title, lang) || text.documentKinds[document.kind]
    const details = [
      text.documentKinds[document.kind],
      mediaTypeName(document.mediaType),
      fileSizeText(document.bytes, lang),
      text.documentLanguages[document.language],
    ].join(', ')
    const hreflang = document.language === 'both' ? null : document.language
    return html`<li><a href="${href(document)}"${hreflang && html` hreflang="${hreflang}"`}>${title}</a> <span class="details">(${details})</span></li>`
  })
  return html`<${headingTag}>${text.documents}</${headingTag}><ul class="documents">${items}</ul>`
}

/** The cover image at the width of its larger smaller copy; decorative beside the title, so without alternative text. */
export function coverImage(event: PublicEventData, href: FileHref): SafeHtml | null {
  const { image } = event
  if (image === null) return null
  const width = image.width === null ? null : Math.min(image.width, 1200)
  const height =
    image.width === null || image.height === null || width === null
      ? null
      : Math.round((image.height * width) / image.width)
  const size = width !== null && height !== null && html` width="${width}" height="${height}"`
  return html`<img class="cover" src="${href(image, 1200)}" alt=""${size} loading="lazy">`
}

/** `tel:` wants the number without its spaces and hyphens. */
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

export interface EventArticleOptions {
  /** The "add to calendar" link, when the event has one (published and dated). */
  icsHref?: string
  /** The event's own page: the title links there (the calendar's list). */
  pageHref?: string
  /** The title's heading level: 3 in the calendar's sections (default), 1 on the event's own page. */
  titleLevel?: 1 | 3
  /** Where the documents and the cover link: the public file route, or the staff one in a preview. */
  fileHref?: FileHref
}

/** The "add to calendar" link of a public event, or undefined for an undated one. */
export const eventIcsHref = (event: PublicEventData, lang: Language) =>
  event.startDate === null ? undefined : `/api/public/events/${event.id}.ics?lang=${lang}`

/** An event's own public page, relative to the site. */
export const eventPagePath = (id: number, lang: Language) => `/calendar/events/${id}?lang=${lang}`

/**
 * One event in the legacy page's structure: title, city, venue, date, about
 * the event with its objectives, coordinating institutions, email, phone.
 * The article's id (`event-{id}`) is the anchor older links to the calendar point to.
 */
export function eventArticle(event: PublicEventData, lang: Language, options: EventArticleOptions = {}): SafeHtml {
  const { icsHref, pageHref, fileHref = publicFileHref } = options
  const text = CALENDAR_TEXTS[lang]
  const levels = headingLevels(options.titleLevel ?? 3)
  const [titleTag, aboutTag] = [trustedHtml(`h${levels.title}`), trustedHtml(`h${levels.about}`)]
  const title = localized(event.title, lang)
  const about = [
    description(event, lang, levels.section),
    ...objectives(event.objectives, lang, levels.section),
  ].filter((part) => part !== null)
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
<${titleTag} id="event-${event.id}-title">${pageHref ? html`<a href="${pageHref}">${title}</a>` : title}</${titleTag}>
${coverImage(event, fileHref)}
<dl>${field(text.city, event.city)}${field(text.venue, venue(event, lang, text))}${field(text.format, format)}${field(text.date, date(event, lang, text))}
${times}</dl>
${about.length > 0 && html`<${aboutTag}>${text.about}</${aboutTag}>${about}`}
${documentsList(event, lang, text, fileHref, aboutTag)}
<dl>${contacts}</dl>
${icsHref && html`<p><a class="add" href="${icsHref}" type="text/calendar">${text.addToCalendar}<span class="visually-hidden">: ${title}</span></a></p>`}
</article>
`
}

const feedHref = (format: 'json' | 'csv' | 'ics' | 'atom', lang: Language, feedQuery = '') =>
  `/api/public/events.${format}?${feedQuery === '' ? '' : `${feedQuery}&`}lang=${lang}`

export interface PageHeadOptions {
  /** The document's title before the calendar's own, e.g. the event's title. */
  title?: string
  /** The same page in the other language: a query string or path; default `?lang={other}`. */
  languageHref?: string
  /** The working copy's preview: marked as such, without the feeds. */
  preview?: boolean
  /** A page under the calendar (an event, not found): the calendar's name links back to it instead of being the h1. */
  calendarHref?: string
  /** The page's search and filters as the feeds take them (`q=…&type=…`), so the feed links give what the page lists. */
  feedQuery?: string
}

/** The document up to the start of `main`: title, language switch and, on the calendar's list, the feed links. */
export function pageHead(lang: Language, options: PageHeadOptions = {}): SafeHtml {
  const text = CALENDAR_TEXTS[lang]
  const other = otherLanguage(lang)
  const languageHref = options.languageHref ?? `?lang=${other}`
  const languageLink = html`<a href="${languageHref}" hreflang="${other}" lang="${other}">${text.otherLanguage}</a>`
  const feedHrefOf = (format: 'json' | 'csv' | 'ics' | 'atom') => feedHref(format, lang, options.feedQuery)
  const feeds = html`<section aria-labelledby="feeds"><h2 id="feeds" class="visually-hidden">${text.feedsHeading}</h2>
<ul class="links" aria-label="${text.feedsHeading}">
<li><a href="${feedHrefOf('ics')}" type="text/calendar">${text.feedIcs}</a></li>
<li><a href="${feedHrefOf('csv')}" type="text/csv">${text.feedCsv}</a></li>
<li><a href="${feedHrefOf('json')}" type="application/json">${text.feedJson}</a></li>
<li><a href="${feedHrefOf('atom')}" type="application/atom+xml">${text.feedAtom}</a></li>
</ul></section>`
  const title = [options.preview ? text.preview : null, options.title ?? null, text.pageTitle]
    .filter((part) => part !== null && part !== '')
    .join(' – ')
  const heading = options.calendarHref
    ? html`<p class="site"><a href="${options.calendarHref}">${text.heading}</a></p>`
    : html`<h1>${text.heading}</h1>`
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${
  !options.preview &&
  html`<link rel="alternate" hreflang="${other}" href="${languageHref}">
<link rel="alternate" type="text/calendar" title="${text.feedIcs}" href="${feedHrefOf('ics')}">
<link rel="alternate" type="application/atom+xml" title="${text.atomTitle}" href="${feedHrefOf('atom')}">`
}
<style>${trustedHtml(CALENDAR_CSS)}</style>
</head>
<body>
<a class="skip" href="#main">${text.skipLink}</a>
<header>
<p class="organisation">${text.organisation}</p>
${heading}
<nav aria-label="${text.languageNav}"><ul class="links"><li>${languageLink}</li></ul></nav>
${options.preview ? html`<div class="preview" role="note"><strong>${text.preview}</strong>${text.previewNote}</div>` : !options.calendarHref && feeds}
</header>
<main id="main">
`
}

export const PAGE_END = '</main>\n</body>\n</html>\n'

/** One working copy on the public page's template, marked as a preview, without the public links. */
export function previewPage(event: PublicEventData, lang: Language): string {
  return (
    pageHead(lang, { preview: true }).value + eventArticle(event, lang, { fileHref: staffFileHref }).value + PAGE_END
  )
}
