import type {
  Event,
  ListQuery,
  Notification,
  NotificationData,
  NotificationFilter,
  NotificationPreferences,
  NotificationsRead,
  NotificationType,
  WorkflowStep,
} from '@rcm/shared'
import type { Actor } from '../actor'
import type { Db } from '../db/connection'
import { writeTransaction } from '../db/transaction'
import { eventsRepository } from '../events/events.repository'
import { unauthorized } from '../http/errors'
import {
  DEFAULT_PREFERENCES,
  notificationsRepository,
  type NotificationSortField,
  type Recipient,
} from './notifications.repository'
import { outgoingMailsRepository } from './outgoing-mails.repository'

function userIdOf(actor: Actor): number {
  if (actor.id === null) throw unauthorized()
  return actor.id
}

export function listNotifications(
  db: Db,
  actor: Actor,
  query: ListQuery<NotificationFilter, NotificationSortField>,
): { data: Notification[]; total: number } {
  return notificationsRepository.list(db, userIdOf(actor), query)
}

/** Marks some or all of the actor's notices read (another user's ids are left alone); returns how many stay unread. */
export function markNotificationsRead(db: Db, actor: Actor, input: NotificationsRead, now: Date): { unread: number } {
  const userId = userIdOf(actor)
  return writeTransaction(db, () => {
    notificationsRepository.markRead(db, userId, 'ids' in input ? input.ids : null, now.toISOString())
    return { unread: notificationsRepository.countUnread(db, userId) }
  })
}

export function getNotificationPreferences(db: Db, actor: Actor): NotificationPreferences {
  return notificationsRepository.findRecipient(db, userIdOf(actor))?.preferences ?? DEFAULT_PREFERENCES
}

export function setNotificationPreferences(db: Db, actor: Actor, preferences: NotificationPreferences) {
  const userId = userIdOf(actor)
  return writeTransaction(db, () => {
    notificationsRepository.savePreferences(db, userId, preferences)
    return getNotificationPreferences(db, actor)
  })
}

/**
 * Records a notice for each recipient but the actor, with its mail: queued
 * now for `immediate`, kept for the day's digest for `daily`. Runs inside the
 * caller's transaction; the mail worker sends outside it.
 */
function notify(
  db: Db,
  actorId: number | null,
  recipients: Recipient[],
  notice: { type: NotificationType; eventId: number; data: NotificationData },
  at: string,
): void {
  for (const recipient of recipients) {
    if (recipient.id === actorId) continue
    const { email } = recipient.preferences
    const id = notificationsRepository.insert(
      db,
      { userId: recipient.id, ...notice, awaitingDigest: email === 'daily' },
      at,
    )
    if (email === 'immediate')
      outgoingMailsRepository.insert(db, { userId: recipient.id, kind: 'notice', notificationIds: [id] }, at)
  }
}

const STEP_NOTICES: Partial<Record<WorkflowStep, NotificationType>> = {
  submit: 'submitted',
  'request-changes': 'changes-requested',
  publish: 'published',
}

/**
 * The notices of a workflow step taken on `before` (the event as it was):
 * a submission to reviewers and admins, changes requested and publication to
 * the event's creator and last editor. Never to the actor.
 */
export function notifyStep(
  db: Db,
  actor: Actor,
  before: Event,
  step: WorkflowStep,
  comment: string | null,
  at: string,
) {
  const type = STEP_NOTICES[step]
  if (type === undefined) return
  const recipients =
    type === 'submitted'
      ? notificationsRepository.recipients(db, { roles: ['reviewer', 'admin'] })
      : notificationsRepository.recipients(db, {
          ids: [before.createdBy, before.updatedBy].filter((id) => id !== null),
        })
  const actorName = actor.id === null ? null : notificationsRepository.userName(db, actor.id)
  notify(
    db,
    actor.id,
    recipients,
    { type, eventId: before.id, data: { eventTitle: before.title, actorName, step: null, comment } },
    at,
  )
}

/** Tells whoever set a schedule that its step was done or failed (and why). */
export function notifyScheduledRun(
  db: Db,
  scheduledBy: number | null,
  run: { eventId: number; step: 'publish' | 'unpublish'; outcome: 'done' | 'failed'; reason?: string } | undefined,
  now: Date,
) {
  if (scheduledBy === null || run === undefined) return
  writeTransaction(db, () => {
    const event = eventsRepository.findById(db, run.eventId)
    if (!event) return
    notify(
      db,
      null,
      notificationsRepository.recipients(db, { ids: [scheduledBy] }),
      {
        type: run.outcome === 'done' ? 'scheduled-done' : 'scheduled-failed',
        eventId: run.eventId,
        data: { eventTitle: event.title, actorName: null, step: run.step, comment: run.reason ?? null },
      },
      now.toISOString(),
    )
  })
}
