import type { EventType, Language } from '@rcm/shared'
import type { Db } from '../db/connection'
import { sortKey } from '../db/text'
import { eventTypesRepository } from '../event-types/event-types.repository'
import { presidenciesRepository } from '../presidencies/presidencies.repository'

/** The legacy page is the calendar of El Salvador's pro tempore presidency. */
const LEGACY_PRESIDENCY_COUNTRY = 'SV'

/**
 * The kinds of event a title can name, most specific first: each with the
 * words that name it in a title and the words that name it in a type's name
 * (both compared without case or accents).
 */
const KINDS = [
  { title: /\bvice-?ministerial\b|\bviceministerial\b/, type: /vice-?ministerial/ },
  { title: /\brcgm\b|\bgrcm\b/, type: /\brcgm\b|\bgrcm\b/ },
  { title: /\bworkshops?\b|\btaller(es)?\b/, type: /^(workshop|taller)$/ },
  { title: /\bseminars?\b|\bseminarios?\b/, type: /^(seminar|seminario)$/ },
  { title: /\bforums?\b|\bforos?\b/, type: /^(forum|foro)$/ },
  { title: /\bmeetings?\b|\breunion(es)?\b/, type: /^(meeting|reunion)$/ },
] as const

/**
 * The event type a legacy title names: a vice-ministerial or RCGM meeting
 * when the title says so, else the kind whose word comes first in the title
 * ("Forum-Workshop: …" is a forum). Undefined when the title names none, or
 * no type of that kind exists (an admin renamed or deleted it).
 */
export function guessEventType(title: string, types: readonly EventType[]): EventType | undefined {
  const key = sortKey(title)
  const typeOf = (kind: (typeof KINDS)[number]) =>
    types.find((type) => kind.type.test(sortKey(type.name.en)) || kind.type.test(sortKey(type.name.es)))
  const [vice, rcgm, ...generic] = KINDS
  for (const kind of [vice, rcgm]) if (kind.title.test(key)) return typeOf(kind)
  const first = generic
    .map((kind) => ({ kind, at: key.search(kind.title) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)[0]
  return first && typeOf(first.kind)
}

/** What the legacy importer gives every event: El Salvador's presidency and the types to guess from. */
export interface LegacyTaxonomy {
  presidencyId: number | null
  types: EventType[]
}

/** El Salvador's presidency (the latest, if there are several) and the event types, read once per import. */
export function legacyTaxonomy(db: Db): LegacyTaxonomy {
  const presidency = presidenciesRepository
    .findAll(db)
    .filter((candidate) => candidate.countryCode === LEGACY_PRESIDENCY_COUNTRY)
    .sort((a, b) => b.startDate.localeCompare(a.startDate))[0]
  return { presidencyId: presidency?.id ?? null, types: eventTypesRepository.findAll(db) }
}

/** The report's note of the type guessed, for review. */
export const typeNote = (type: EventType | undefined, lang: Language) =>
  type
    ? `type guessed from the title: ${type.name[lang] || type.name.en || type.name.es} (check it)`
    : 'no type guessed from the title'
