import type { InstitutionData } from '@rcm/shared'
import { KNOWN_INSTITUTIONS, type KnownInstitution } from './known-institutions'

/** A name compared case-, accent- and punctuation-insensitively: "Organización" = "ORGANIZACION". */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Every way an institution may be written: its names and acronyms in both languages (and aliases). */
export function namesOf(institution: InstitutionData & { aliases?: string[] }): string[] {
  const { name, acronym, aliases = [] } = institution
  return [name.en, name.es, acronym.en, acronym.es, ...aliases].map(normalizeName).filter((value) => value !== '')
}

/** True when `text` is one of the institution's names or acronyms, in either language. */
export function isNameOf(institution: InstitutionData & { aliases?: string[] }, text: string): boolean {
  const wanted = normalizeName(text)
  return wanted !== '' && namesOf(institution).includes(wanted)
}

/** The catalogue entry that `text` names, if any ("OIM", "IOM", "Organización Internacional para las Migraciones"). */
export function findKnownInstitution(text: string): KnownInstitution | undefined {
  return KNOWN_INSTITUTIONS.find((institution) => isNameOf(institution, text))
}

/** A single upper-case token such as "IOM", "PPT", "UNODC". */
const looksLikeAcronym = (text: string) => /^[A-Z][A-Z0-9-]{1,9}$/.test(text.trim())

// On text whose whitespace is collapsed to single spaces: a pattern that starts with `\s*` is quadratic on a long run of spaces.
const HARD_SEPARATOR = / ?(?:, ?(?:and|y|e) |[,;/]) ?/
const CONJUNCTION = / (?:and|y|e|&) /

// Dozens of names; the separators' patterns never read longer text (kept whole, the name is refused later).
const MAX_INSTITUTIONS_TEXT_LENGTH = 2000

/**
 * Splits a "Institución Coordinadora" value into one name per institution:
 * "ICRC, OHCHR, IOM and RNCOM" → four, "El Salvador PPT / IOM" → two,
 * "CICR y OIM" → two. A conjunction splits only when both sides are
 * recognisable (a known name or an acronym), so "United Nations Office on
 * Drugs and Crime" or "Ministry of Labour and Social Welfare" stay whole;
 * commas, semicolons and slashes always split.
 */
export function splitInstitutionNames(
  text: string,
  isKnown: (name: string) => boolean = (name) => findKnownInstitution(name) !== undefined,
): string[] {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean === '') return []
  if (clean.length > MAX_INSTITUTIONS_TEXT_LENGTH) return [clean]
  if (isKnown(clean)) return [clean]
  const isRecognisable = (name: string) => isKnown(name) || looksLikeAcronym(name)

  const names: string[] = []
  for (const piece of clean
    .split(HARD_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const sides = piece.split(CONJUNCTION)
    if (sides.length > 1 && !isKnown(piece) && sides.every(isRecognisable)) {
      names.push(...sides)
    } else {
      names.push(piece)
    }
  }
  return names
}
