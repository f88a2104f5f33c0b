import { createHash } from 'node:crypto'
import { formatDateRange, localize, type Language, type Presidency, type PublicEventData } from '@rcm/shared'
import type { CspDirectives } from '../http/security-headers'
import { coverImage, documentsList, publicFileHref } from '../public/calendar-page'
import { CALENDAR_TEXTS } from '../public/calendar-texts'
import { eventTimeFields } from '../public/event-times-html'
import { html, trustedHtml, type SafeHtml } from '../public/html'

/**
 * The report's only style sheet: plain on screen; in print A4, links as plain
 * text (a document's kind, format, size and language say what it is), the
 * cover kept small, and no page break inside an event.
 */
const REPORT_CSS = `
body{margin:0 auto;max-width:48rem;padding:1rem 1.25rem;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b}
header{border-bottom:3px solid #0a4a80;margin-bottom:1rem}
h1{font-size:1.6rem;margin:.25rem 0}
h2{font-size:1.25rem;margin:1.5rem 0 .25rem}
h3{font-size:1rem;margin:.75rem 0 .25rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.25rem 0}
dt{font-weight:600}dd{margin:0}
a{color:#0a4a80}
.theme{font-style:italic;margin:.25rem 0}
.count{color:#3d3d3d}
article{border-top:1px solid #c9d1d9;padding-top:.25rem}
.cover{display:block;max-width:100%;height:auto;max-height:16rem;width:auto;margin:.5rem 0}
.documents{padding-left:1.25rem}.documents li{margin:.15rem 0;overflow-wrap:anywhere}.details{color:#3d3d3d}
@media (max-width:30rem){dl{grid-template-columns:1fr}}
@page{size:A4;margin:18mm 16mm}
@media print{body{max-width:none;padding:0;font-size:10.5pt}a{color:inherit;text-decoration:none}
article{break-inside:avoid}header{break-after:avoid}.cover{max-height:45mm}}
`

/** No script, no plugin, no form, no base, no frame; the one inline style sheet by its hash. */
export const PRESIDENCY_REPORT_CSP: CspDirectives = {
  'default-src': ["'none'"],
  'style-src': [`'sha256-${createHash('sha256').update(REPORT_CSS).digest('base64')}'`],
  'img-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
}

const TEXTS = {
  en: {
    title: (country: string) => `Pro tempore presidency of ${country}`,
    heading: 'Report of events',
    period: 'Period',
    events: (count: number) => (count === 1 ? '1 published event' : `${count} published events`),
    none: 'No published events belong to this presidency.',
    date: 'Date',
    toBeConfirmed: 'To be confirmed',
    place: 'Place',
    virtual: 'Virtual',
    type: 'Type',
    countries: 'Countries',
    networks: 'Networks',
    institutions: 'Coordinating institutions',
    objectives: 'Objectives',
  },
  es: {
    title: (country: string) => `Presidencia pro tempore de ${country}`,
    heading: 'Informe de eventos',
    period: 'Período',
    events: (count: number) => (count === 1 ? '1 evento publicado' : `${count} eventos publicados`),
    none: 'Ningún evento publicado pertenece a esta presidencia.',
    date: 'Fecha',
    toBeConfirmed: 'Por confirmar',
    place: 'Lugar',
    virtual: 'Virtual',
    type: 'Tipo',
    countries: 'Países',
    networks: 'Redes',
    institutions: 'Instituciones coordinadoras',
    objectives: 'Objetivos',
  },
} as const

const field = (label: string, value: string | SafeHtml | null) =>
  value === null || value === '' ? null : html`<dt>${label}</dt><dd>${value}</dd>`

function objectives(event: PublicEventData, lang: Language): SafeHtml[] {
  return event.objectives.map((section) => {
    const items = section.items.map(
      (item) =>
        html`<li>${localize(item.text, lang)}${
          item.items.length > 0 && html`<ul>${item.items.map((sub) => html`<li>${localize(sub.text, lang)}</li>`)}</ul>`
        }</li>`,
    )
    const list = section.style === 'numbered' ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`
    const heading = localize(section.heading, lang)
    return html`${heading !== '' && html`<h3>${heading}</h3>`}${section.intro && html`<p>${localize(section.intro, lang)}</p>`}${
      items.length > 0 && list
    }`
  })
}

function eventSection(event: PublicEventData, lang: Language): SafeHtml {
  const text = TEXTS[lang]
  const place = event.venue
    ? [localize(event.venue.name, lang), event.venue.city || event.city].filter(Boolean).join(', ')
    : event.modality === 'virtual'
      ? text.virtual
      : event.city
  // The documents and cover as the event's public page lists them, linked to the same public files.
  const documents = documentsList(event, lang, CALENDAR_TEXTS[lang], publicFileHref, trustedHtml('h3'))
  const sections = objectives(event, lang)
  const fields = [
    field(text.date, formatDateRange(event.startDate, event.endDate, lang) ?? text.toBeConfirmed),
    eventTimeFields(event, lang),
    field(text.place, place),
    field(text.type, event.type && localize(event.type, lang)),
    field(text.countries, event.countries.map((country) => localize(country.name, lang)).join(', ')),
    field(
      text.networks,
      event.networks.map((network) => localize(network.acronym, lang) || localize(network.name, lang)).join(', '),
    ),
    field(text.institutions, event.institutions.map((institution) => localize(institution.name, lang)).join('; ')),
  ]
  return html`<article>
<h2>${localize(event.title, lang)}</h2>
${coverImage(event, publicFileHref)}
<dl>${fields}</dl>
${sections.length > 0 && html`<section><h3>${text.objectives}</h3>${sections}</section>`}
${documents && html`<section>${documents}</section>`}
</article>
`
}

/**
 * The print-ready report of a presidency (issue 18 §3): its published
 * events with dates, places, objectives and documents, in one language.
 * Plain HTML with print styles, so the browser's "Save as PDF" makes the file.
 */
export function presidencyReportPage(
  presidency: Presidency,
  countryName: { en: string; es: string },
  events: readonly PublicEventData[],
  lang: Language,
): string {
  const text = TEXTS[lang]
  const country = localize(countryName, lang)
  const theme = localize(presidency.theme, lang)
  const period = formatDateRange(presidency.startDate, presidency.endDate, lang) ?? ''
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text.title(country)} – ${text.heading}</title>
<style>${trustedHtml(REPORT_CSS)}</style>
</head>
<body>
<header>
<p>${text.heading}</p>
<h1>${text.title(country)}</h1>
${theme !== '' && html`<p class="theme">${theme}</p>`}
<dl>${field(text.period, period)}</dl>
<p class="count">${text.events(events.length)}</p>
</header>
<main>
${events.length === 0 ? html`<p>${text.none}</p>` : events.map((event) => eventSection(event, lang))}
</main>
</body>
</html>
`.toString()
}
