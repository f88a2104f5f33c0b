import type { Event } from './events'
import type { PublicEventData } from './public'
import { MEMBER_STATES, type EventType, type Network, type Presidency } from './taxonomy'

export type PublicTaxonomy = Pick<PublicEventData, 'presidency' | 'type' | 'countries' | 'networks'>

/** Where the records an event's ids name are found: the database on the server, the list's references in the app. */
export interface TaxonomyLookup {
  presidency: (id: number) => Presidency | undefined
  eventType: (id: number) => EventType | undefined
  network: (id: number) => Network | undefined
}

/** A member state by its code, named in both languages (the countries are fixed: shared/src/taxonomy.ts). */
const countryOf = (code: string) => {
  const state = MEMBER_STATES.find((candidate) => candidate.id === code)
  return { code, name: state ? { en: state.name.en, es: state.name.es } : { en: code, es: code } }
}

/**
 * The event's presidency, type, countries and networks as the public sees
 * them: names, not ids, so that another calendar imports them by name. The
 * public copy, the exports and the admin's list files all write this shape.
 */
export function publicTaxonomyOf(
  event: Pick<Event, 'presidencyId' | 'typeId' | 'countryCodes' | 'networkIds'>,
  lookup: TaxonomyLookup,
): PublicTaxonomy {
  const presidency = event.presidencyId === null ? undefined : lookup.presidency(event.presidencyId)
  const type = event.typeId === null ? undefined : lookup.eventType(event.typeId)
  return {
    presidency: presidency
      ? {
          country: countryOf(presidency.countryCode),
          startDate: presidency.startDate,
          endDate: presidency.endDate,
          theme: presidency.theme,
        }
      : null,
    type: type ? type.name : null,
    countries: event.countryCodes.map(countryOf),
    networks: event.networkIds.flatMap((id) => {
      const network = lookup.network(id)
      return network ? [{ name: network.name, acronym: network.acronym }] : []
    }),
  }
}
