import { localize, type Language, type LocalizedText, type PublicEvent, type PublicEventData } from '@rcm/shared'

/** Where the public page shows an event: its own page, `/calendar/events/{id}`, in `lang` when given. */
export function publicEventUrl(id: number, siteUrl: string, lang?: Language): string {
  return `${siteUrl.replace(/\/$/, '')}/calendar/events/${id}${lang ? `?lang=${lang}` : ''}`
}

/**
 * The other spelling of a public event's URL, `/calendar/events/{id}?lang=…`
 * ↔ `/calendar?lang=…#event-{id}` (the anchor the feeds pointed to before
 * events had pages), so an event imported from an older export of another
 * calendar is recognised in its newer exports, and the other way round.
 */
export function publicEventUrlAlias(url: string): string | undefined {
  const page = /^(.*)\/calendar\/events\/(\d+)(\?lang=(?:en|es))?$/.exec(url)
  if (page) return `${page[1]}/calendar${page[3] ?? ''}#event-${page[2]}`
  const anchor = /^(.*)\/calendar(\?lang=(?:en|es))?#event-(\d+)$/.exec(url)
  return anchor ? `${anchor[1]}/calendar/events/${anchor[3]}${anchor[2] ?? ''}` : undefined
}

/** Where anyone downloads a file that a public copy names (files/files.routes.ts). */
export function publicFileUrl(file: { fileId: number; name: string }, siteUrl: string): string {
  return `${siteUrl.replace(/\/$/, '')}/api/public/files/${file.fileId}/${encodeURIComponent(file.name)}`
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
    // times and meeting link (issue 18 §2)
    startTime: data.startTime,
    endTime: data.endTime,
    timeZone: data.timeZone,
    meetingUrl: data.meetingUrl,
    // presidency, type, countries and networks (issue 18 §3); absent from a copy published before them
    presidency: data.presidency ?? null,
    type: data.type ?? null,
    countries: data.countries ?? [],
    networks: data.networks ?? [],
    // documents and cover image (issue 18 §1)
    documents: data.documents.map((document) => ({
      title: document.title,
      kind: document.kind,
      language: document.language,
      url: publicFileUrl(document, siteUrl),
      bytes: document.bytes,
      mediaType: document.mediaType,
    })),
    image: data.image && {
      url: publicFileUrl(data.image, siteUrl),
      width: data.image.width,
      height: data.image.height,
    },
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
