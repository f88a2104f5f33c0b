import type { Institution, InstitutionData, Language, Venue } from '@rcm/shared'
import type { Actor } from '../actor'
import type { Db } from '../db/connection'
import { institutionsRepository } from '../institutions/institutions.repository'
import { createInstitution } from '../institutions/institutions.service'
import { createVenue } from '../venues/venues.service'
import { venuesRepository } from '../venues/venues.repository'
import { findKnownInstitution, isNameOf, normalizeName } from './institution-names'
import { localized } from './legacy-objectives'

/** True when `name` is in the catalogue or names an institution already stored. */
export function isKnownInstitutionName(db: Db): (name: string) => boolean {
  const stored = institutionsRepository.findAll(db)
  return (name) => findKnownInstitution(name) !== undefined || stored.some((institution) => isNameOf(institution, name))
}

export interface ResolvedInstitutions {
  ids: number[]
  created: Institution[]
  /** Names that turned out to be an institution already listed for the event ("IOM / OIM"). */
  repeated: string[]
}

/**
 * The institutions named on an event, in order: matched to stored ones by
 * any name or acronym in either language (case- and accent-insensitive),
 * through the catalogue, so that "OIM" finds the institution created as
 * "IOM". A catalogued institution is created in both languages the first
 * time; an unknown one with its name as written, in `lang` only.
 */
export function resolveInstitutions(db: Db, actor: Actor, names: string[], lang: Language): ResolvedInstitutions {
  const result: ResolvedInstitutions = { ids: [], created: [], repeated: [] }
  for (const name of names) {
    const known = findKnownInstitution(name)
    const spellings = known ? [known.name.en, known.name.es, known.acronym.en, known.acronym.es, ...known.aliases] : [name]
    let institution = institutionsRepository.findAll(db).find((stored) => spellings.some((spelling) => isNameOf(stored, spelling)))
    if (!institution) {
      const data: InstitutionData = known ? { name: known.name, acronym: known.acronym } : { name: localized(name, lang), acronym: localized('', lang) }
      institution = createInstitution(db, actor, data)
      result.created.push(institution)
    }
    if (result.ids.includes(institution.id)) result.repeated.push(name)
    else result.ids.push(institution.id)
  }
  return result
}

/**
 * The venue named `name` in `city`: a stored venue whose name in either
 * language matches (case- and accent-insensitive) in the same city, or a new
 * one with the name in `lang`.
 */
export function resolveVenue(db: Db, actor: Actor, name: string, city: string, lang: Language): { venue: Venue; isNew: boolean } {
  const wanted = normalizeName(name)
  const stored = venuesRepository
    .findAll(db)
    .find((venue) => (normalizeName(venue.name.en) === wanted || normalizeName(venue.name.es) === wanted) && normalizeName(venue.city) === normalizeName(city))
  if (stored) return { venue: stored, isNew: false }
  return { venue: createVenue(db, actor, { name: localized(name, lang), city, country: null, address: null }), isNew: true }
}
