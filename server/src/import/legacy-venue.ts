import type { Modality } from '@rcm/shared'

export interface LegacyVenue {
  modality: Modality
  /** The venue to match or create; null for a virtual event or an empty `Lugar`. */
  venueName: string | null
}

const simplify = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()

const VIRTUAL =
  /^(?:virtual|online|en linea)(?: (?:session|meeting|event))?$|^(?:sesion|reunion|evento) (?:virtual|en linea)$/
/** "(hybrid)", "Hybrid:", "– híbrido", "modalidad híbrida" around the venue's name (in text with single spaces). */
const HYBRID = /(?:modalidad )?(?:hybrid|h[ií]brid[oa])(?: (?:session|meeting|event|modality))?/i
// The punctuation around the word goes with it. Found by hand: a pattern that starts with a repeated class tries
// every position of a long run of them, in quadratic time.
const BEFORE_HYBRID = new Set(' (:,–—-')
const AFTER_HYBRID = new Set(' ):,–—-')

/** `typed` without its first hybrid mark and the punctuation around it, or null when it has none. */
function withoutHybridMark(typed: string): string | null {
  const match = HYBRID.exec(typed)
  if (!match) return null
  let start = match.index
  while (start > 0 && BEFORE_HYBRID.has(typed[start - 1] ?? '')) start--
  let end = match.index + match[0].length
  while (end < typed.length && AFTER_HYBRID.has(typed[end] ?? '')) end++
  return `${typed.slice(0, start)} ${typed.slice(end)}`
}

// A venue's name and its mark, several times over; the patterns never read longer text (the name is refused later).
const MAX_MARKED_VENUE_LENGTH = 500

/**
 * Reads a `Lugar`: "Virtual" or "Virtual Session" is a virtual event with no
 * venue record; "Hotel X (hybrid)" is hybrid at Hotel X; anything else is
 * the venue's name, kept as typed even when it only repeats the city
 * ("San Salvador"), so that nothing of the page is lost.
 */
export function readLegacyVenue(text: string): LegacyVenue {
  const typed = text.replace(/\s+/g, ' ').trim()
  if (typed.length > MAX_MARKED_VENUE_LENGTH) return { modality: 'in_person', venueName: typed }
  if (VIRTUAL.test(simplify(typed))) return { modality: 'virtual', venueName: null }
  const withoutMark = withoutHybridMark(typed)
  if (withoutMark !== null) {
    const venueName = withoutMark.trim()
    return { modality: 'hybrid', venueName: venueName === '' ? null : venueName }
  }
  return { modality: 'in_person', venueName: typed === '' ? null : typed }
}
