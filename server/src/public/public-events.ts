import { localize, type Language, type LocalizedText, type PublicEvent, type PublicEventData } from '@rcm/shared'

/** Where the public page shows an event: the calendar page, at the event's anchor. */
export function publicEventUrl(id: number, siteUrl: string, lang?: Language): string {
  return `${siteUrl.replace(/\/$/, '')}/calendar${lang ? `?lang=${lang}` : ''}#event-${id}`
}

/** A public copy in the public shape (docs/contract.md, "Public exports"): exactly its fields, in its order, plus `url`. */
export function toPublicEvent(data: PublicEventData, siteUrl: string, lang?: Language): PublicEvent {
  return {
    id: data.id,
    title: data.title,
    description: data.description,
    objectives: data.objectives,
    startDate: data.startDate,
    endDate: data.endDate,
    modality: data.modality,
    city: data.city,
    venue: data.venue,
    institutions: data.institutions.map((institution) => ({ name: institution.name, acronym: institution.acronym })),
    contactEmails: data.contactEmails,
    contactPhones: data.contactPhones,
    publishedAt: data.publishedAt,
    url: publicEventUrl(data.id, siteUrl, lang),
    // presidency, type, countries and networks (issue 18 §3); absent from a copy published before them
    presidency: data.presidency ?? null,
    type: data.type ?? null,
    countries: data.countries ?? [],
    networks: data.networks ?? [],
  }
}

const isText = (value: unknown): value is LocalizedText =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length === 2 &&
  'en' in value &&
  'es' in value

/** Every {en, es} in `value` as the text of one language, falling back to the other when empty. */
export function inLanguage(value: unknown, lang: Language): unknown {
  if (isText(value)) return localize(value, lang)
  if (Array.isArray(value)) return value.map((item) => inLanguage(item, lang))
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inLanguage(item, lang)]))
  return value
}
