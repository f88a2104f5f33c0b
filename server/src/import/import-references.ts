import type { Institution, InstitutionData, Language, Venue } from '@rcm/shared'
import type { Actor } from '../actor'
import type { Db } from '../db/connection'
import { createInstitution } from '../institutions/institutions.service'
import { createVenue } from '../venues/venues.service'
import { createImportLookup, type ImportLookup } from './import-lookup'
import { findKnownInstitution, namesOf, normalizeName } from './institution-names'
import { localized } from './legacy-objectives'

const venueKey = (name: string, city: string) => `${normalizeName(name)}\n${normalizeName(city)}`

/**
 * The legacy page's lookup: a venue by either name in its city, an
 * institution by any name or acronym in either language, all case- and
 * accent-insensitive.
 */
export function createLegacyLookup(db: Db): ImportLookup {
  return createImportLookup(db, {
    venue: (venue) => [venueKey(venue.name.en, venue.city), venueKey(venue.name.es, venue.city)],
    institution: namesOf,
  })
}

/** True when `name` is in the catalogue or names an institution already stored. */
export function isKnownInstitutionName(lookup: ImportLookup): (name: string) => boolean {
  return (name) =>
    findKnownInstitution(name) !== undefined || lookup.institutions.find(normalizeName(name)) !== undefined
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
export function resolveInstitutions(
  db: Db,
  actor: Actor,
  lookup: ImportLookup,
  names: string[],
  lang: Language,
): ResolvedInstitutions {
  const result: ResolvedInstitutions = { ids: [], created: [], repeated: [] }
  for (const name of names) {
    const known = findKnownInstitution(name)
    const spellings = known
      ? [known.name.en, known.name.es, known.acronym.en, known.acronym.es, ...known.aliases]
      : [name]
    let institution = firstStored(lookup, spellings)
    if (!institution) {
      const data: InstitutionData = known
        ? { name: known.name, acronym: known.acronym }
        : { name: localized(name, lang), acronym: localized('', lang) }
      institution = createInstitution(db, actor, data)
      lookup.institutions.add(institution)
      result.created.push(institution)
    }
    if (result.ids.includes(institution.id)) result.repeated.push(name)
    else result.ids.push(institution.id)
  }
  return result
}

/** The stored institution, lowest id first, that any of `spellings` names. */
function firstStored(lookup: ImportLookup, spellings: string[]): Institution | undefined {
  let first: Institution | undefined
  for (const spelling of spellings) {
    const found = lookup.institutions.find(normalizeName(spelling))
    if (found && (first === undefined || found.id < first.id)) first = found
  }
  return first
}

/**
 * The venue named `name` in `city`: a stored venue whose name in either
 * language matches (case- and accent-insensitive) in the same city, or a new
 * one with the name in `lang`.
 */
export function resolveVenue(
  db: Db,
  actor: Actor,
  lookup: ImportLookup,
  name: string,
  city: string,
  lang: Language,
): { venue: Venue; isNew: boolean } {
  const stored = lookup.venues.find(venueKey(name, city))
  if (stored) return { venue: stored, isNew: false }
  const venue = createVenue(db, actor, { name: localized(name, lang), city, country: null, address: null })
  lookup.venues.add(venue)
  return { venue, isNew: true }
}
