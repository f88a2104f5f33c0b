import { localize, type Language, type LocalizedText, type PublicEvent } from '@rcm/shared'
import { createEventType } from '../event-types/event-types.service'
import { eventTypesRepository } from '../event-types/event-types.repository'
import { createNetwork } from '../networks/networks.service'
import { networksRepository } from '../networks/networks.repository'
import { presidenciesRepository } from '../presidencies/presidencies.repository'
import type { Draft, TakeContext } from './export-fields'
import { newEventType, newNetwork } from './import-messages'

/*
 * An exported event's presidency, type, countries and networks (issue 18 §3)
 * as ids here: the presidency of the same member state and period (none when
 * this calendar has no such presidency; the server then chooses by date), the
 * type and networks by their names, created when missing as venues and
 * institutions are (decision 007); countries are their codes. What the file
 * shows as stored keeps the stored ids, so an unchanged file is unchanged.
 */

export type PresidencyValue = NonNullable<PublicEvent['presidency']>
export type NetworkValue = PublicEvent['networks'][number]
type CountryValue = PublicEvent['countries'][number]

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim()

/** A name as the file shows it: both languages exactly, or the file's language with the other as fallback. */
const shown = (text: LocalizedText, lang: Language | null) =>
  lang === null ? JSON.stringify([normalize(text.en), normalize(text.es)]) : normalize(localize(text, lang))

/** A name from a one-language file: its language only, the other left empty. */
const oneLanguage = (text: LocalizedText, lang: Language | null): LocalizedText =>
  lang === null ? text : ({ en: '', es: '', [lang]: text[lang] } as LocalizedText)

export function takePresidency(value: PresidencyValue | null, draft: Draft, { db }: TakeContext) {
  const found =
    value &&
    presidenciesRepository
      .findAll(db)
      .find(
        (candidate) =>
          candidate.countryCode === value.country.code &&
          candidate.startDate === value.startDate &&
          candidate.endDate === value.endDate,
      )
  draft.presidencyId = found ? found.id : null
}

export function takeType(value: LocalizedText | null, draft: Draft, context: TakeContext) {
  if (value === null) {
    draft.typeId = null
    return
  }
  const { db, lang } = context
  const key = shown(value, lang)
  const types = eventTypesRepository.findAll(db)
  const stored = types.find((type) => type.id === context.stored?.typeId)
  const found =
    stored && shown(stored.name, lang) === key ? stored : types.find((type) => shown(type.name, lang) === key)
  if (found) {
    draft.typeId = found.id
    return
  }
  const name = oneLanguage(value, lang)
  draft.typeId = createEventType(db, context.actor, { name }).id
  context.notes.push(newEventType(name.en || name.es)[context.reportLang])
}

export function takeCountries(value: CountryValue[], draft: Draft, { stored }: TakeContext) {
  const codes = value.map((country) => country.code)
  const sorted = (items: readonly string[]) => JSON.stringify([...items].sort())
  draft.countryCodes = stored && sorted(stored.countryCodes) === sorted(codes) ? stored.countryCodes : codes
}

export function takeNetworks(value: NetworkValue[], draft: Draft, context: TakeContext) {
  const { db, lang, stored } = context
  const key = (network: NetworkValue) => `${shown(network.name, lang)}:${shown(network.acronym, lang)}`
  const networks = networksRepository.findAll(db)
  const storedIds = stored?.networkIds ?? []
  const storedKeys = storedIds.map((id) => {
    const network = networks.find((candidate) => candidate.id === id)
    return network ? key(network) : ''
  })
  const fileKeys = value.map(key)
  if (stored && JSON.stringify(storedKeys) === JSON.stringify(fileKeys)) {
    draft.networkIds = storedIds
    return
  }
  draft.networkIds = value.map((network, at) => {
    const found = networks.find((candidate) => key(candidate) === fileKeys[at])
    if (found) return found.id
    const name = oneLanguage(network.name, lang)
    const created = createNetwork(db, context.actor, { name, acronym: oneLanguage(network.acronym, lang) })
    networks.push(created)
    context.notes.push(newNetwork(name.en || name.es)[context.reportLang])
    return created.id
  })
}
