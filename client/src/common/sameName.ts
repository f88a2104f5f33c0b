import type { LocalizedText } from '@rcm/shared'

/** A name as compared: accents, case and extra spaces do not count ("Organización " = "organizacion"). */
export const foldName = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').trim().replace(/\s+/g, ' ')

/**
 * Whether `typed` is already one of these names (e.g. the acronym and the name
 * of an institution), in either language: then it is not offered as new.
 */
export function isKnownName(typed: string, names: ReadonlyArray<LocalizedText | null | undefined>): boolean {
  const wanted = foldName(typed)
  if (wanted === '') return false
  return names.some((name) => name != null && (foldName(name.en) === wanted || foldName(name.es) === wanted))
}
