import { SERVER_OWNED_EVENT_FIELDS, omitKeys, type Event } from '@rcm/shared'
import type { Actor } from '../actor'
import { recordAudit } from '../audit-log/audit-log.service'
import type { Db } from '../db/connection'
import { writeTransaction } from '../db/transaction'
import { notFound } from '../http/errors'
import { getEvent, saveEvent } from '../events/events.service'
import { revisionsRepository } from './revisions.repository'

/**
 * Makes the data of an old revision the working copy again, as a new
 * version and a new `restore` revision: history is never rewritten. It is
 * an edit: on a published event an unpublished change, on an event in review
 * a return to draft (decision 013).
 * `version`, when given, must be the current one (409 otherwise). Restoring
 * data equal to the current data changes and records nothing.
 */
export function restoreRevision(
  db: Db,
  actor: Actor,
  eventId: number,
  input: { revisionId: number; version?: number },
): Event {
  return writeTransaction(db, () => {
    const revision = revisionsRepository.findById(db, input.revisionId)
    if (!revision || revision.eventId !== eventId) throw notFound('Revision')
    const current = getEvent(db, eventId)
    const data = omitKeys(revision.data, SERVER_OWNED_EVENT_FIELDS)
    const comment = `Restored revision ${revision.id} (version ${revision.version})`
    const event = saveEvent(
      db,
      actor,
      eventId,
      { ...(data as object), version: input.version ?? current.version },
      { action: 'restore', comment },
    )
    if (event.version === current.version) return event
    recordAudit(
      db,
      actor,
      'events.restore',
      { type: 'events', id: eventId },
      { revisionId: revision.id, fromVersion: current.version, toVersion: event.version },
    )
    return event
  })
}
