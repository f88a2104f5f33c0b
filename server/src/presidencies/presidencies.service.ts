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
import { conflict, notFound } from '../http/errors'
import { say } from '../i18n/messages'
import { reassignEventPresidencies, type PresidencyChange, type Reassigned } from './event-presidency'
import { presidenciesRepository, type PresidencySortField } from './presidencies.repository'
import { presidencyAssignmentRepository } from './presidency-assignment.repository'
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

/** The presidency's fields a change is described by: its country and period. */
const described = ({ countryCode, startDate, endDate }: PresidencyData) => ({ countryCode, startDate, endDate })

/** What the public copies show of a presidency. */
const publicFields = ({ countryCode, startDate, endDate, theme }: Presidency) =>
  JSON.stringify([countryCode, startDate, endDate, theme.en, theme.es])

/** Audits, as the actor's, how many events a presidency change moved (docs/decisions/022). */
function auditReassigned(db: Db, actor: Actor, change: PresidencyChange, moved: Reassigned, now: Date) {
  if (moved.events === 0 && moved.publicCopies === 0) return
  const details = { cause: change.verb, ...moved }
  recordAudit(db, actor, 'presidencies.reassign-events', { type: 'presidencies', id: change.id }, details, now)
}

/**
 * Creates a presidency; its period may not overlap another's (409). The
 * events of its period whose presidency the server chooses join it.
 */
export function createPresidency(db: Db, actor: Actor, data: unknown, now: Date = new Date()): Presidency {
  const clean = PresidencyInputSchema.parse(data)
  return writeTransaction(db, () => {
    assertNoOverlap(db, clean, null)
    const presidency = presidenciesRepository.insert(db, clean)
    const change: PresidencyChange = { id: presidency.id, before: null, after: described(clean), verb: 'created' }
    auditReassigned(db, actor, change, reassignEventPresidencies(db, change, now), now)
    return presidency
  })
}

/**
 * Replaces a presidency's data. When its period moves, the events whose
 * presidency the server chooses follow the rule again: those now in its
 * period join it, those left out go to the presidency of their date or none.
 * Public copies naming it carry its new data.
 */
export function updatePresidency(db: Db, actor: Actor, id: number, data: unknown, now: Date = new Date()): Presidency {
  const clean = PresidencyInputSchema.parse(data)
  return writeTransaction(db, () => {
    const before = getPresidency(db, id)
    assertNoOverlap(db, clean, id)
    const presidency = presidenciesRepository.update(db, id, clean)
    if (publicFields(before) !== publicFields(presidency)) presidencyAssignmentRepository.refreshPublicCopies(db, id)
    const change: PresidencyChange = { id, before: described(before), after: described(clean), verb: 'changed' }
    auditReassigned(db, actor, change, reassignEventPresidencies(db, change, now), now)
    return presidency
  })
}

/**
 * Deletes a presidency no editor picked for an event (409 saying how many
 * did), audited. The events whose presidency the server chose, and the
 * public copies naming it, take the presidency the rule gives without it:
 * none for the dates of its period.
 */
export function deletePresidency(db: Db, actor: Actor, id: number, now: Date = new Date()): Presidency {
  return writeTransaction(db, () => {
    const presidency = getPresidency(db, id)
    const uses = presidencyAssignmentRepository.countPicked(db, id)
    if (uses > 0) throw conflict(say('taxonomyInUse', uses, 'presidency'))
    const change: PresidencyChange = { id, before: described(presidency), after: null, verb: 'deleted' }
    const moved = reassignEventPresidencies(db, change, now)
    presidenciesRepository.remove(db, id)
    recordAudit(
      db,
      actor,
      'presidencies.delete',
      { type: 'presidencies', id },
      { ...described(presidency), ...moved },
      now,
    )
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
