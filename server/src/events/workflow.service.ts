import {
  checkCompleteness,
  canTransition,
  TRANSITIONS,
  type BulkResult,
  type Completeness,
  type Event,
  type Language,
  type WorkflowStep,
} from '@rcm/shared'
import { actorHasRole, type Actor } from '../actor'
import { recordAudit } from '../audit-log/audit-log.service'
import type { Db } from '../db/connection'
import { writeTransaction } from '../db/transaction'
import { badRequest, conflict, fieldErrorsIn, fieldTexts, forbidden, HttpError } from '../http/errors'
import { say, type DescribedState } from '../i18n/messages'
import { queueWebhookNotice } from '../webhooks/webhook-notices'
import { getEvent } from './events.service'
import { eventsRepository } from './events.repository'
import { publicCopiesRepository } from '../public/public-copies.repository'
import { writePublicCopy } from '../public/public-copy'
import { revisionsRepository } from '../revisions/revisions.repository'

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
 * Takes a workflow step (docs/contract.md, "Workflow"): access (403) → comment (400)
 * → state (409) → completeness for publish (409 with `missing`) → write,
 * then a revision with the step and comment, then the audit entry and the
 * webhook notices when what the public sees changed, all in one transaction. Returns the event after the step.
 */
export function takeStep(
  db: Db,
  actor: Actor,
  id: number,
  step: WorkflowStep,
  input: { comment?: string },
  now: Date = new Date(),
): Event {
  const transition = TRANSITIONS[step]
  if (!actorHasRole(actor, transition.role)) throw forbidden()
  const comment = input.comment?.trim() || null
  if (transition.needsComment && comment === null) throw badRequest({ comment: say('needsComment') })
  return writeTransaction(db, () => {
    const event = getEvent(db, id)
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
    return after
  })
}

/**
 * Takes `step` on each event in turn, each in its own transaction and with
 * every check of a single step (403, 400, 404, 409); one refusal does not
 * stop the others.
 */
export function takeStepOnMany(
  db: Db,
  actor: Actor,
  ids: number[],
  step: WorkflowStep,
  input: { comment?: string },
  lang: Language,
  now: Date = new Date(),
): BulkResult[] {
  return ids.map((id) => {
    try {
      return { id, status: 200 as const, event: takeStep(db, actor, id, step, input, now) }
    } catch (error) {
      if (!(error instanceof HttpError)) throw error
      return { id, status: error.status, message: error.text[lang] }
    }
  })
}
