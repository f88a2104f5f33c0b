import type { EventData } from '@rcm/shared'
import type { Db } from '../db/connection'
import type { FieldTexts } from '../http/errors'
import { say } from '../i18n/messages'
import { eventTypesRepository } from '../event-types/event-types.repository'
import { networksRepository } from '../networks/networks.repository'
import { revisionsRepository } from '../revisions/revisions.repository'
import { schedulesRepository } from '../schedules/schedules.repository'
import { presidenciesRepository } from './presidencies.repository'
import { presidencyAssignmentRepository, type Period } from './presidency-assignment.repository'

/** The event's presidency as saved, and whether the server chose it (docs/decisions/022). */
export interface ResolvedPresidency {
  data: EventData
  isAuto: boolean
}

/**
 * Chooses the event's presidency on save. Left empty (null), or left as the
 * server chose it before (`previous.isAuto` and the same id sent back, as
 * react-admin sends the whole record), it is the presidency whose period
 * holds the start date, or `today` for an undated event; none when no period
 * holds that day. Any other id is the editor's pick and is kept as given
 * until the editor empties the field again. `reassignEventPresidencies`
 * applies the same rule when a presidency's period changes.
 */
export function resolvePresidency(
  db: Db,
  data: EventData,
  today: string,
  previous?: { presidencyId: number | null; isAuto: boolean },
): ResolvedPresidency {
  const isAuto =
    data.presidencyId === null ||
    (previous !== undefined && previous.isAuto && data.presidencyId === previous.presidencyId)
  if (!isAuto) return { data, isAuto }
  const presidencyId = presidenciesRepository.idForDate(db, data.startDate ?? today) ?? null
  return { data: { ...data, presidencyId }, isAuto }
}

/** A presidency created (`before` null), moved or changed, or deleted (`after` null). */
export interface PresidencyChange {
  id: number
  before: (Period & { countryCode: string }) | null
  after: (Period & { countryCode: string }) | null
  /** What the revisions say about it: `created`, `changed`, `deleted`. */
  verb: 'created' | 'changed' | 'deleted'
}

/** How many working copies and public copies a presidency change moved to another presidency. */
export interface Reassigned {
  events: number
  publicCopies: number
}

const samePeriod = (a: Period | null, b: Period | null) => a?.startDate === b?.startDate && a?.endDate === b?.endDate

/**
 * Applies the rule of `resolvePresidency` again after a presidency was
 * created, moved or deleted, inside the caller's transaction: each event
 * whose presidency the server chose, and its public copy, get the
 * presidency of their start date (`today`'s when undated). A changed event
 * is a new version by the system, with its revision, so an editor with the
 * form open meets the usual 409; it is not "changed since published", since
 * its public copy follows too (docs/decisions/022). Call it after the
 * presidency's row is written, and before it is deleted.
 */
export function reassignEventPresidencies(db: Db, change: PresidencyChange, now: Date): Reassigned {
  if (samePeriod(change.before, change.after)) return { events: 0, publicCopies: 0 }
  const scope = {
    presidencyId: change.id,
    periods: [change.before, change.after].filter((period) => period !== null),
    today: now.toISOString().slice(0, 10),
    isDeleted: change.after === null,
  }
  const eventIds = presidencyAssignmentRepository.reassignEvents(db, scope, now.toISOString())
  const described = change.after ?? change.before
  if (eventIds.length > 0 && described) {
    const { countryCode, startDate, endDate } = described
    revisionsRepository.insertSnapshotsOf(db, eventIds, {
      action: 'update',
      userId: null,
      comment: `Presidency chosen again by date: ${countryCode} ${startDate} – ${endDate} was ${change.verb}`,
      now: now.toISOString(),
    })
    schedulesRepository.followSystemVersion(db, eventIds)
  }
  return { events: eventIds.length, publicCopies: presidencyAssignmentRepository.reassignPublicCopies(db, scope) }
}

/** The field errors of presidency, type and network ids that do not exist (`networkIds.1`). */
export function missingTaxonomyReferences(db: Db, data: EventData): FieldTexts {
  const errors: FieldTexts = {}
  if (data.presidencyId !== null && !presidenciesRepository.existingIds(db, [data.presidencyId]).has(data.presidencyId))
    errors.presidencyId = say('noSuchPresidency')
  if (data.typeId !== null && !eventTypesRepository.existingIds(db, [data.typeId]).has(data.typeId))
    errors.typeId = say('noSuchEventType')
  const networks = networksRepository.existingIds(db, data.networkIds)
  data.networkIds.forEach((id, index) => {
    if (!networks.has(id)) errors[`networkIds.${index}`] = say('noSuchNetwork')
  })
  return errors
}
