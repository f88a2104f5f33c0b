import type { Db } from '../db/connection'
import { publicCopiesRepository, type PublicEventData } from '../events/public-copies.repository'

export interface PublicEvent extends PublicEventData {
  url: string
}

/** Where the public page shows an event (PUBLIC_SITE_URL, default the app's own origin). */
export function publicEventUrl(id: number, siteUrl: string): string {
  return `${siteUrl.replace(/\/$/, '')}/events/${id}`
}

/**
 * The published events, and only those: every public export reads through
 * here, and this reads only the public copies, which exist from a publish
 * until an unpublish, archive or delete.
 */
export function listPublicEvents(db: Db, options: { siteUrl: string; from?: string; to?: string; today?: string }): Array<{ event: PublicEvent; sequence: number }> {
  const today = options.today ?? new Date().toISOString().slice(0, 10)
  return publicCopiesRepository.list(db, { today, from: options.from, to: options.to }).map((copy) => ({
    event: { ...copy.data, url: publicEventUrl(copy.data.id, options.siteUrl) },
    sequence: copy.sequence,
  }))
}
