import { formatDateRange, localize, type Language } from '@rcm/shared'
import { CALENDAR_CSS } from './calendar-style'
import { CALENDAR_TEXTS } from './calendar-texts'
import type { FeedRow } from './feed-rows.repository'
import { html, trustedHtml } from './html'

/** Events the embed view shows unless `limit` says otherwise, and the most it shows. */
export const EMBED_DEFAULT_LIMIT = 5
export const EMBED_MAX_LIMIT = 20

/**
 * `/calendar/embed`: the next upcoming events as a compact list for another
 * site's iframe (docs/embedding.md). Every link opens the calendar in a new
 * window, never inside the frame, and `noopener` keeps the new page from
 * reaching back into the embedding one. Links are relative: the frame's
 * document is this server's, so they resolve to it.
 */
export function embedPage(rows: readonly FeedRow[], lang: Language): string {
  const text = CALENDAR_TEXTS[lang]
  const link = (href: string, label: string) =>
    html`<a href="${href}" target="_blank" rel="noopener">${label}<span class="visually-hidden"> ${text.opensInNewWindow}</span></a>`
  const items = rows.map(({ data }) => {
    const days = formatDateRange(data.startDate, data.endDate, lang)
    return html`<li>${link(`/calendar/events/${data.id}?lang=${lang}`, localize(data.title, lang))}
<span class="meta">${days !== null && html`<time datetime="${data.startDate}">${days}</time>`}${data.city && html` · ${data.city}`}</span></li>`
  })
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text.embedHeading} – ${text.pageTitle}</title>
<style>${trustedHtml(CALENDAR_CSS)}</style>
</head>
<body class="embed">
<main>
<h1>${text.embedHeading}</h1>
${items.length > 0 ? html`<ul class="embed-list">${items}</ul>` : html`<p>${text.embedNoEvents}</p>`}
<p>${link(`/calendar?lang=${lang}`, text.embedAll)}</p>
</main>
</body>
</html>
`.value
}
