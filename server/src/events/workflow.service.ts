import {
  checkCompleteness,
  canTransition,
  TRANSITIONS,
  type BulkResult,
  type Completeness,
  type Event,
  type Language,
  type WorkflowStep,
  type WorkflowStepInput,
} from '@rcm/shared'
import { actorHasRole, type Actor } from '../actor'
import { recordAudit } from '../audit-log/audit-log.service'
import type { Db } from '../db/connection'
import { writeTransaction } from '../db/transaction'
import { badRequest, conflict, fieldErrorsIn, fieldTexts, forbidden, HttpError } from '../http/errors'
import { say, type DescribedState } from '../i18n/messages'
import { notifyStep } from '../notifications/notifications.service'
import { queueWebhookNotice } from '../webhooks/webhook-notices'
import { getEvent } from './events.service'
import { eventsRepository } from './events.repository'
import { publicCopiesRepository } from '../public/public-copies.repository'
import { writePublicCopy } from '../public/public-copy'
import { revisionsRepository } from '../revisions/revisions.repository'
import { cancelScheduledPublish } from '../schedules/schedule-cancellation'

function describeState(event: Event): DescribedState {
  if (event.status === 'published')
    return event.hasUnpublishedChanges ? 'published_with_changes' : 'published_without_changes'
  return event.status
}

/** What publishing needs and what the event lacks (GET /api/events/{id}/publish-check). */
export function publishCheck(db: Db, id: number, lang: Language): Completeness {
  const completeness = checkCompleteness(getEvent(db, id))
  return { ...completeness, errors: fieldErrorsIn(fieldTexts(completeness.errors), lang) }
}

/**
 * A 409 with the event as it is now (`current`, as a stale PUT answers) when
 * the caller saw another version of it; a step or schedule acts only on the
 * version its caller saw. Without `version` (scripts, until
 * UNVERSIONED_STEPS_UNTIL) there is nothing to compare.
 */
export function assertVersionSeen(event: Event, version: number | undefined): void {
  if (version !== undefined && version !== event.version)
    throw conflict(say('staleStep', version, event.version), { current: event })
}

/**
 * Takes a workflow step (docs/contract.md, "Workflow"): access (403) → comment (400)
 * → the version seen (409 with `current`) → state (409) → completeness for
 * publish (409 with `missing`) → write, then a revision with the step and
 * comment, the audit entry, the webhook notices when what the public sees
 * changed, and the cancellation of a publish scheduled on an earlier version,
 * all in one transaction. Returns the event after the step.
 */
export function takeStep(
  db: Db,
  actor: Actor,
  id: number,
  step: WorkflowStep,
  input: WorkflowStepInput,
  now: Date = new Date(),
): Event {
  const transition = TRANSITIONS[step]
  if (!actorHasRole(actor, transition.role)) throw forbidden()
  const comment = input.comment?.trim() || null
  if (transition.needsComment && comment === null) throw badRequest({ comment: say('needsComment') })
  return writeTransaction(db, () => {
    const event = getEvent(db, id)
    assertVersionSeen(event, input.version)
    if (!canTransition(event, step)) throw conflict(say('stepForbidden', step, describeState(event)))
    const at = now.toISOString()
    const publicBefore = publicCopiesRepository.find(db, id)
    const base = { now: at, actorId: actor.id, isPublish: false }
    switch (step) {
      case 'submit':
      case 'request-changes':
        eventsRepository.setWorkflowState(db, id, {
          ...base,
          status: transition.to,
          hasUnpublishedChanges: event.hasUnpublishedChanges,
        })
        break
      case 'publish': {
        const completeness = checkCompleteness(event)
        if (!completeness.isComplete) {
          throw conflict(
            say('cannotPublishYet', completeness.missing),
            { missing: completeness.missing },
            fieldTexts(completeness.errors),
          )
        }
        eventsRepository.setWorkflowState(db, id, {
          ...base,
          status: 'published',
          hasUnpublishedChanges: false,
          publishedAt: at,
          isPublish: true,
        })
        const copy = writePublicCopy(db, event, at)
        queueWebhookNotice(db, publicBefore ? 'republished' : 'published', copy, { publishedAt: at, now: at })
        break
      }
      case 'unpublish':
      case 'archive':
        eventsRepository.setWorkflowState(db, id, {
          ...base,
          status: transition.to,
          hasUnpublishedChanges: false,
          publishedAt: null,
        })
        publicCopiesRepository.remove(db, id)
        if (publicBefore)
          queueWebhookNotice(db, step === 'archive' ? 'archived' : 'unpublished', publicBefore.data, {
            publishedAt: null,
            now: at,
          })
        break
    }
    const after = getEvent(db, id)
    revisionsRepository.insertSnapshot(db, after, { action: step, userId: actor.id, comment, now: at })
    recordAudit(
      db,
      actor,
      `events.${step}`,
      { type: 'events', id },
      { from: event.status, to: after.status, comment },
      now,
    )
    cancelScheduledPublish(db, actor, id, { reason: step, version: after.version }, now)
    notifyStep(db, actor, event, step, comment, at)
    return after
  })
}

/**
 * Takes `step` on each event in turn, each in its own transaction and with
 * every check of a single step (403, 400, 404, 409); one refusal does not
 * stop the others. `versions[i]`, when given, is the version of `ids[i]` the
 * caller saw; a stale one is refused with the event as it is now.
 */
export function takeStepOnMany(
  db: Db,
  actor: Actor,
  bulk: { ids: number[]; versions?: number[]; comment?: string },
  step: WorkflowStep,
  lang: Language,
  now: Date = new Date(),
): BulkResult[] {
  return bulk.ids.map((id, index) => {
    try {
      const input = { version: bulk.versions?.[index], comment: bulk.comment }
      return { id, status: 200 as const, event: takeStep(db, actor, id, step, input, now) }
    } catch (error) {
      if (!(error instanceof HttpError)) throw error
      const refused = { id, status: error.status, message: error.text[lang] }
      return error.extra.body?.current === undefined ? refused : { ...refused, current: getEvent(db, id) }
    }
  })
}
