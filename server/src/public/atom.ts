import { formatDateRange, localize, type Language } from '@rcm/shared'
import { htmlToText } from '../db/text'
import { sanitizeDescription } from '../events/description-html'
import { CALENDAR_TEXTS } from './calendar-texts'
import { escapeHtml } from './html'
import type { Publication } from './public-copies.repository'
import { publicEventUrl } from './public-events'

/** Entries in the feed: a news reader wants what is new, and older publications are on the calendar. */
export const ATOM_ENTRIES = 50

/** The most of the description the summary carries, in characters. */
const SUMMARY_CHARS = 300

// XML 1.0 §2.2: these characters cannot appear in a document at all, escaped or not.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text as XML character data or attribute value (always written in double quotes). */
const xml = (text: string) => escapeHtml(text.replace(NOT_XML, ''))

function summary(publication: Publication, lang: Language): string {
  const { data } = publication
  const when = formatDateRange(data.startDate, data.endDate, lang) ?? CALENDAR_TEXTS[lang].toBeConfirmed
  const about = htmlToText(localize(data.description, lang))
  // Cut at the last space before the limit, so that no word is cut in two.
  const head = about.slice(0, SUMMARY_CHARS)
  const space = head.lastIndexOf(' ')
  const cut = about.length > SUMMARY_CHARS ? `${(space > 0 ? head.slice(0, space) : head).trimEnd()}…` : about
  return [[when, data.city].filter((part) => part !== '').join(' · '), cut].filter((part) => part !== '').join('\n')
}

function entry(publication: Publication, siteUrl: string, lang: Language): string {
  const { data } = publication
  const description = localize(data.description, lang)
  // Sanitized on write already; again here because a news reader shows it as HTML.
  const content = description === '' ? '' : `\n<content type="html">${xml(sanitizeDescription(description))}</content>`
  return `<entry>
<id>${xml(publicEventUrl(data.id, siteUrl))}</id>
<title type="text">${xml(localize(data.title, lang))}</title>
<updated>${xml(data.publishedAt)}</updated>
<published>${xml(publication.firstPublishedAt)}</published>
<link rel="alternate" type="text/html" hreflang="${lang}" href="${xml(publicEventUrl(data.id, siteUrl, lang))}"/>
<summary type="text">${xml(summary(publication, lang))}</summary>${content}
</entry>
`
}

/**
 * The Atom 1.0 feed (RFC 4287) of the latest publications in `lang`, newest
 * first. An entry's `id` is the event's page without a language, the same in
 * both feeds and for every republish; `updated` is its last publish, so a
 * reader shows a republished event as changed.
 */
export function atomFeed(
  publications: readonly Publication[],
  siteUrl: string,
  lang: Language,
  updated: string,
): string {
  const text = CALENDAR_TEXTS[lang]
  const base = siteUrl.replace(/\/$/, '')
  const self = `${base}/api/public/events.atom?lang=${lang}`
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
<id>${xml(self)}</id>
<title type="text">${xml(text.atomTitle)}</title>
<updated>${xml(updated)}</updated>
<author><name>${xml(text.organisation)}</name></author>
<link rel="self" type="application/atom+xml" href="${xml(self)}"/>
<link rel="alternate" type="text/html" hreflang="${lang}" href="${xml(`${base}/calendar?lang=${lang}`)}"/>
${publications.map((publication) => entry(publication, siteUrl, lang)).join('')}</feed>
`
}
