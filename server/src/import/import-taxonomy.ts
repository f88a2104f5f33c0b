import type { Language, PublicEvent } from '@rcm/shared'
import type { Actor } from '../actor'
import type { Db } from '../db/connection'
import { createEventType } from '../event-types/event-types.service'
import { eventTypesRepository } from '../event-types/event-types.repository'
import { createNetwork } from '../networks/networks.service'
import { networksRepository } from '../networks/networks.repository'
import { presidenciesRepository } from '../presidencies/presidencies.repository'

const same = (a: { en: string; es: string }, b: { en: string; es: string }) => a.en === b.en && a.es === b.es

/**
 * An exported event's presidency, type, countries and networks (issue 18 §3)
 * as ids here: the presidency of the same member state and period (none when
 * this calendar has no such presidency; the server then chooses by date), the
 * type and networks with exactly the same names, created when missing as
 * venues and institutions are (decision 007); countries are their codes.
 */
export function taxonomyIds(db: Db, actor: Actor, event: PublicEvent, notes: string[], lang: Language) {
  const wanted = event.presidency
  const presidency =
    wanted &&
    presidenciesRepository
      .findAll(db)
      .find(
        (candidate) =>
          candidate.countryCode === wanted.country.code &&
          candidate.startDate === wanted.startDate &&
          candidate.endDate === wanted.endDate,
      )
  let typeId: number | null = null
  if (event.type) {
    const name = event.type
    const type =
      eventTypesRepository.findAll(db).find((candidate) => same(candidate.name, name)) ??
      createEventType(db, actor, { name })
    typeId = type.id
  }
  const networks = networksRepository.findAll(db)
  const networkIds = event.networks.map((network) => {
    const found = networks.find(
      (candidate) => same(candidate.name, network.name) && same(candidate.acronym, network.acronym),
    )
    if (found) return found.id
    const created = createNetwork(db, actor, network)
    networks.push(created)
    notes.push(
      lang === 'es'
        ? `red nueva "${network.name.es || network.name.en}"`
        : `new network "${network.name.en || network.name.es}"`,
    )
    return created.id
  })
  return {
    presidencyId: presidency ? presidency.id : null,
    typeId,
    countryCodes: event.countries.map((country) => country.code),
    networkIds,
  }
}
