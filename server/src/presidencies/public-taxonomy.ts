import type { Event, PublicEventData } from '@rcm/shared'
import type { Db } from '../db/connection'
import { countriesRepository } from '../countries/countries.repository'
import { eventTypesRepository } from '../event-types/event-types.repository'
import { networksRepository } from '../networks/networks.repository'
import { presidenciesRepository } from './presidencies.repository'

type PublicTaxonomy = Pick<PublicEventData, 'presidency' | 'type' | 'countries' | 'networks'>

/** The event's presidency, type, countries and networks as the public sees them: names, not ids. */
export function publicTaxonomy(
  db: Db,
  event: Pick<Event, 'presidencyId' | 'typeId' | 'countryCodes' | 'networkIds'>,
): PublicTaxonomy {
  const countries = new Map(countriesRepository.findAll(db).map((country) => [country.id, country.name]))
  const countryOf = (code: string) => ({ code, name: countries.get(code) ?? { en: code, es: code } })
  const presidency = event.presidencyId === null ? undefined : presidenciesRepository.findById(db, event.presidencyId)
  const type = event.typeId === null ? undefined : eventTypesRepository.findById(db, event.typeId)
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
      const network = networksRepository.findById(db, id)
      return network ? [{ name: network.name, acronym: network.acronym }] : []
    }),
  }
}
