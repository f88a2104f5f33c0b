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
/** "(hybrid)", "Hybrid:", "– híbrido", "modalidad híbrida" around the venue's name. */
const HYBRID =
  /[\s(:,–—-]*(?:modalidad\s+)?(?:hybrid|h[ií]brid[oa])(?:\s+(?:session|meeting|event|modality))?[\s):,–—-]*/i

/**
 * Reads a `Lugar`: "Virtual" or "Virtual Session" is a virtual event with no
 * venue record; "Hotel X (hybrid)" is hybrid at Hotel X; anything else is
 * the venue's name, kept as typed even when it only repeats the city
 * ("San Salvador"), so that nothing of the page is lost.
 */
export function readLegacyVenue(text: string): LegacyVenue {
  const typed = text.replace(/\s+/g, ' ').trim()
  if (VIRTUAL.test(simplify(typed))) return { modality: 'virtual', venueName: null }
  if (HYBRID.test(typed)) {
    const venueName = typed.replace(HYBRID, ' ').trim()
    return { modality: 'hybrid', venueName: venueName === '' ? null : venueName }
  }
  return { modality: 'in_person', venueName: typed === '' ? null : typed }
}
