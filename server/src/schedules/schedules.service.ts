import type { Schedule, ScheduleInput } from '@rcm/shared'
import { SYSTEM_ACTOR, type Actor } from '../actor'
import { recordAudit } from '../audit-log/audit-log.service'
import type { Db } from '../db/connection'
import { writeTransaction } from '../db/transaction'
import { HttpError, notFound } from '../http/errors'
import { getEvent } from '../events/events.service'
import { notifyScheduledRun } from '../notifications/notifications.service'
import { schedulesRepository } from './schedules.repository'
import { assertVersionSeen, takeStep } from '../events/workflow.service'

const toUtc = (value: string | null | undefined) => (value ? new Date(value).toISOString() : null)

/** The event's schedule, or a 404 when nothing is scheduled. */
export function getSchedule(db: Db, eventId: number): Schedule {
  getEvent(db, eventId)
  const schedule = schedulesRepository.find(db, eventId)
  if (!schedule) throw notFound('Schedule')
  return schedule
}

export function listSchedules(db: Db): Schedule[] {
  return schedulesRepository.all(db)
}

/**
 * Sets when the event is to be published and/or unpublished (reviewer+);
 * a time left out or null clears it. The schedule is tied to the event's
 * version now, which `input.version`, when given, must be (409 with
 * `current` otherwise): its publish releases that version and no other.
 * Returns the schedule, or null when nothing remains scheduled.
 */
export function scheduleEvent(
  db: Db,
  actor: Actor,
  eventId: number,
  input: ScheduleInput,
  now: Date = new Date(),
): Schedule | null {
  return writeTransaction(db, () => {
    const event = getEvent(db, eventId)
    assertVersionSeen(event, input.version)
    const times = { publishAt: toUtc(input.publishAt), unpublishAt: toUtc(input.unpublishAt) }
    schedulesRepository.save(db, eventId, times, { version: event.version, userId: actor.id, now: now.toISOString() })
    recordAudit(
      db,
      actor,
      'events.schedule',
      { type: 'events', id: eventId },
      { ...times, version: event.version },
      now,
    )
    return schedulesRepository.find(db, eventId) ?? null
  })
}

export interface ScheduledRun {
  eventId: number
  step: 'publish' | 'unpublish'
  outcome: 'done' | 'failed'
  reason?: string
}

/**
 * Carries out every step due at `now` as the system, each in its own
 * transaction with its revision and audit entry. A publish releases only the
 * version the schedule was set on. A step that cannot be taken (incomplete
 * event, wrong state, another version) is cleared and audited as failed, so
 * it is not retried every tick. Runs at start and every 30 s (main.ts).
 */
export function runDueSchedules(db: Db, now: Date = new Date()): ScheduledRun[] {
  const at = now.toISOString()
  const runs: ScheduledRun[] = []
  for (const schedule of schedulesRepository.due(db, at)) {
    const steps: Array<'publish' | 'unpublish'> = []
    if (schedule.publishAt !== null && schedule.publishAt <= at) steps.push('publish')
    if (schedule.unpublishAt !== null && schedule.unpublishAt <= at) steps.push('unpublish')
    for (const step of steps) {
      const clear = { publish: step === 'publish', unpublish: step === 'unpublish' }
      // Withdrawing releases nothing, so a scheduled unpublish acts on whatever version the event has by then.
      const version = step === 'publish' ? schedule.version : undefined
      try {
        writeTransaction(db, () => {
          schedulesRepository.clearSteps(db, schedule.eventId, clear)
          takeStep(db, SYSTEM_ACTOR, schedule.eventId, step, { version, comment: `Scheduled ${step}` }, now)
        })
        runs.push({ eventId: schedule.eventId, step, outcome: 'done' })
      } catch (error) {
        if (!(error instanceof HttpError)) throw error
        writeTransaction(db, () => {
          schedulesRepository.clearSteps(db, schedule.eventId, clear)
          recordAudit(
            db,
            SYSTEM_ACTOR,
            `events.scheduled-${step}-failed`,
            { type: 'events', id: schedule.eventId },
            { reason: error.message },
            now,
          )
        })
        runs.push({ eventId: schedule.eventId, step, outcome: 'failed', reason: error.message })
      }
      notifyScheduledRun(db, schedule.userId, runs[runs.length - 1], now)
    }
  }
  return runs
}
