import {
  PresidencyInputSchema,
  type Language,
  type LookupFilter,
  type ListQuery,
  type Presidency,
  type PresidencyData,
} from '@rcm/shared'
import type { Actor } from '../actor'
import { recordAudit } from '../audit-log/audit-log.service'
import type { Db } from '../db/connection'
import { writeTransaction } from '../db/transaction'
import { eventsRepository } from '../events/events.repository'
import { conflict, notFound } from '../http/errors'
import { say } from '../i18n/messages'
import { presidenciesRepository, type PresidencySortField } from './presidencies.repository'
import { presidencyReportPage } from './presidency-report'
import { publishedEventsOfPresidency } from './presidency-report.repository'

/** The presidency with this id, or a 404. */
export function getPresidency(db: Db, id: number): Presidency {
  const presidency = presidenciesRepository.findById(db, id)
  if (!presidency) throw notFound('Presidency')
  return presidency
}

export const listPresidencies = (db: Db, query: ListQuery<LookupFilter, PresidencySortField>) =>
  presidenciesRepository.list(db, query)

/** 409 naming the presidency whose period shares a day with `data`'s (a date has at most one presidency). */
function assertNoOverlap(db: Db, data: PresidencyData, exceptId: number | null) {
  const other = presidenciesRepository.findOverlapping(db, data.startDate, data.endDate, exceptId)
  if (!other) return
  const name = presidenciesRepository.countryName(db, other.countryCode)
  const text = {
    en: say('presidencyOverlap', name?.en ?? other.countryCode, other.startDate, other.endDate).en,
    es: say('presidencyOverlap', name?.es ?? other.countryCode, other.startDate, other.endDate).es,
  }
  throw conflict(text, undefined, { startDate: text })
}

/** Creates a presidency; its period may not overlap another's (409). */
export function createPresidency(db: Db, _actor: Actor, data: unknown): Presidency {
  const clean = PresidencyInputSchema.parse(data)
  return writeTransaction(db, () => {
    assertNoOverlap(db, clean, null)
    return presidenciesRepository.insert(db, clean)
  })
}

/**
 * Replaces a presidency's data. Its events keep it: an event's presidency is
 * chosen when the event is saved (docs/decisions/022), not when a period moves.
 */
export function updatePresidency(db: Db, _actor: Actor, id: number, data: unknown): Presidency {
  const clean = PresidencyInputSchema.parse(data)
  return writeTransaction(db, () => {
    getPresidency(db, id)
    assertNoOverlap(db, clean, id)
    return presidenciesRepository.update(db, id, clean)
  })
}

/** Deletes a presidency no event belongs to (409 saying how many do), audited. */
export function deletePresidency(db: Db, actor: Actor, id: number): Presidency {
  return writeTransaction(db, () => {
    const presidency = getPresidency(db, id)
    const uses = eventsRepository.countByPresidency(db, id)
    if (uses > 0) throw conflict(say('taxonomyInUse', uses, 'presidency'))
    presidenciesRepository.remove(db, id)
    const { countryCode, startDate, endDate } = presidency
    recordAudit(db, actor, 'presidencies.delete', { type: 'presidencies', id }, { countryCode, startDate, endDate })
    return presidency
  })
}

/** The presidency's report page in `lang` (presidency-report.ts), or a 404. */
export function presidencyReport(db: Db, id: number, lang: Language): string {
  const presidency = getPresidency(db, id)
  const country = presidenciesRepository.countryName(db, presidency.countryCode) ?? {
    en: presidency.countryCode,
    es: presidency.countryCode,
  }
  return presidencyReportPage(presidency, country, publishedEventsOfPresidency(db, id), lang)
}
