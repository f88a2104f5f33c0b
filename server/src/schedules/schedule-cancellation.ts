import type { ScheduleCancellation } from '@rcm/shared'
import type { Actor } from '../actor'
import { recordAudit } from '../audit-log/audit-log.service'
import type { Db } from '../db/connection'
import { schedulesRepository } from './schedules.repository'

/**
 * Cancels the event's pending scheduled publish after a change that made
 * `change.version`: a schedule releases only the version it was set on
 * (decision 013). The schedule keeps why, when and by whom, for whoever set
 * it to see in the schedules list and on the event, and the audit log records
 * it. Does nothing when no publish is pending.
 */
export function cancelScheduledPublish(
  db: Db,
  actor: Actor,
  eventId: number,
  change: Pick<ScheduleCancellation, 'reason' | 'version'>,
  now: Date,
): void {
  const cancelled = schedulesRepository.cancelPublish(db, eventId, {
    ...change,
    at: now.toISOString(),
    userId: actor.id,
  })
  if (!cancelled) return
  recordAudit(
    db,
    actor,
    'events.scheduled-publish-cancelled',
    { type: 'events', id: eventId },
    {
      publishAt: cancelled.publishAt,
      scheduledBy: cancelled.userId,
      scheduledVersion: cancelled.version,
      reason: change.reason,
      version: change.version,
    },
    now,
  )
}
