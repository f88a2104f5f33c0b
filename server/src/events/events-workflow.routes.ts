import {
  BulkResponseSchema,
  ErrorBodySchema,
  BulkStepSchema,
  CompletenessSchema,
  PublishConflictBodySchema,
  VersionConflictBodySchema,
  EventSchema,
  PresenceSchema,
  RESOURCE_ACCESS,
  RestoreInputSchema,
  ScheduleInputSchema,
  ScheduleSchema,
  TRANSITIONS,
  UNVERSIONED_STEPS_UNTIL,
  WORKFLOW_STEPS,
  WorkflowStepSchema,
  type WorkflowStep,
} from '@rcm/shared'
import type { Response } from 'express'
import { z } from 'zod'
import { actorOf } from '../http/access'
import { parseId } from '../http/list-params'
import { routeTable, type RouteEntry } from '../http/route-table'
import { requestLanguage } from '../i18n/request-language'
import { restoreRevision } from '../revisions/restore.service'
import { getSchedule, scheduleEvent } from '../schedules/schedules.service'
import { leavePresence, listPresence, touchPresence } from './presence.service'
import { publishCheck, takeStep, takeStepOnMany } from './workflow.service'

const EVENTS = RESOURCE_ACCESS.events

const SUNSET = new Date(`${UNVERSIONED_STEPS_UNTIL}T23:59:59Z`).toUTCString()

/** A step sent without the version it acts on is taken until UNVERSIONED_STEPS_UNTIL; RFC 8594's header says until when. */
const announceSunset = (res: Response, version: unknown) => {
  if (version === undefined) res.set('Sunset', SUNSET)
}

/** A 409 for a stale `version`, on PUT and restore. */
export const STALE_VERSION = {
  why: 'The `version` sent is not the current one; `current` is the event as it is now',
  body: VersionConflictBodySchema,
}

const STEP_SUMMARIES: Record<WorkflowStep, string> = {
  submit: 'Submit an event for review',
  'request-changes': 'Send an event back to its editors',
  publish: 'Publish an event',
  unpublish: 'Withdraw an event from the public feeds',
  archive: 'Archive an event',
}

/** `POST /api/events/{id}/{step}`, one per step of the shared workflow table, with its role. */
const stepRoute = (step: WorkflowStep): RouteEntry => {
  const transition = TRANSITIONS[step]
  return {
    method: 'POST',
    path: `/:id/${step}`,
    access: transition.role,
    summary: STEP_SUMMARIES[step],
    description:
      `Moves the working copy to \`${transition.to}\`. ` +
      (transition.needsComment
        ? 'The comment is required (400 without).'
        : 'An optional comment goes into the revision.') +
      ` \`version\` is the version the caller saw; without it the step is taken until ${UNVERSIONED_STEPS_UNTIL},` +
      ' with a `Sunset` header.',
    body: WorkflowStepSchema,
    bodyOptional: !transition.needsComment,
    ok: { description: 'The updated event', json: EventSchema },
    conflict:
      step === 'publish'
        ? {
            why:
              'The state forbids this step, the event is not complete enough (`missing` lists the fields), ' +
              'or `version` is not the current one (`current` is the event as it is now)',
            body: z.union([PublishConflictBodySchema, VersionConflictBodySchema]),
          }
        : {
            why: 'The state forbids this step, or `version` is not the current one (`current` is the event as it is now)',
            body: z.union([ErrorBodySchema, VersionConflictBodySchema]),
          },
    handler: (req, res, { db, now }) => {
      const id = parseId(req.params.id, 'Event')
      const input = WorkflowStepSchema.parse(req.body ?? {})
      announceSunset(res, input.version)
      res.json(takeStep(db, actorOf(res), id, step, input, now()))
    },
  }
}

/**
 * `/api/events/bulk` and `/api/events/{id}/…`: workflow steps, publish check,
 * restore, schedule and presence, beside the events' CRUD (events.routes.ts).
 */
export const eventsWorkflowRoutes = routeTable('/api/events', 'Workflow', [
  {
    method: 'POST',
    path: '/bulk',
    // Each step of a bulk request is checked against its own role in the service (403 per event).
    access: EVENTS.read,
    summary: 'Take one workflow step on many events',
    description:
      'Each event is checked as if the step were taken alone; one refusal does not stop the others. ' +
      '`versions[i]` is the version of `ids[i]` the caller saw; a stale one is refused (409) with `current`.',
    body: BulkStepSchema,
    ok: { description: 'One result per id, in order', json: BulkResponseSchema },
    handler: (req, res, { db, now }) => {
      const { step, ...bulk } = BulkStepSchema.parse(req.body ?? {})
      announceSunset(res, bulk.versions)
      res.json({ results: takeStepOnMany(db, actorOf(res), bulk, step, requestLanguage(req), now()) })
    },
  },
  {
    method: 'GET',
    path: '/:id/publish-check',
    access: EVENTS.read,
    summary: 'What publishing still needs',
    ok: { description: 'The checklist', json: CompletenessSchema },
    handler: (req, res, { db }) => {
      res.json(publishCheck(db, parseId(req.params.id, 'Event'), requestLanguage(req)))
    },
  },
  ...WORKFLOW_STEPS.map(stepRoute),
  {
    method: 'POST',
    path: '/:id/restore',
    access: EVENTS.actions.restore,
    tag: 'Events',
    summary: 'Restore an earlier revision',
    description: "The revision's content becomes the working copy (a new version); the public copy is unchanged.",
    body: RestoreInputSchema,
    ok: { description: 'The updated event', json: EventSchema },
    conflict: STALE_VERSION,
    handler: (req, res, { db }) => {
      const id = parseId(req.params.id, 'Event')
      res.json(restoreRevision(db, actorOf(res), id, RestoreInputSchema.parse(req.body ?? {})))
    },
  },
  {
    method: 'GET',
    path: '/:id/schedule',
    access: EVENTS.read,
    summary: "An event's scheduled publish and unpublish",
    ok: { description: 'The schedule (times null when none)', json: ScheduleSchema },
    handler: (req, res, { db }) => {
      res.json(getSchedule(db, parseId(req.params.id, 'Event')))
    },
  },
  {
    method: 'POST',
    path: '/:id/schedule',
    access: EVENTS.actions.schedule,
    summary: 'Schedule publishing or unpublishing',
    description:
      'ISO 8601 times with an offset; null or left out clears that step. ' +
      'The schedule is tied to `version`, the version the reviewer saw: its publish releases that version only, ' +
      'and any later change to the event cancels it (`cancelled` says when, by whom and why).',
    body: ScheduleInputSchema,
    ok: { description: 'The schedule', json: ScheduleSchema },
    conflict: STALE_VERSION,
    handler: (req, res, { db, now }) => {
      const id = parseId(req.params.id, 'Event')
      const input = ScheduleInputSchema.parse(req.body ?? {})
      announceSunset(res, input.version)
      res.json(
        scheduleEvent(db, actorOf(res), id, input, now()) ?? { id, eventId: id, publishAt: null, unpublishAt: null },
      )
    },
  },
  {
    method: 'GET',
    path: '/:id/presence',
    access: EVENTS.read,
    tag: 'Events',
    summary: 'Who else has the event open',
    ok: { description: 'Open edit forms, longest first', json: PresenceSchema, array: true },
    handler: (req, res, { db, now }) => {
      res.json(listPresence(db, actorOf(res), parseId(req.params.id, 'Event'), now()))
    },
  },
  {
    method: 'POST',
    path: '/:id/presence',
    access: EVENTS.read,
    tag: 'Events',
    summary: 'Say you have the event open',
    description: 'A heartbeat from the edit form; a form not heard from for a minute is closed.',
    ok: { description: 'The others who have it open', json: PresenceSchema, array: true },
    handler: (req, res, { db, now }) => {
      res.json(touchPresence(db, actorOf(res), parseId(req.params.id, 'Event'), now()))
    },
  },
  {
    method: 'DELETE',
    path: '/:id/presence',
    access: EVENTS.read,
    tag: 'Events',
    summary: 'Say you closed the event',
    ok: { status: 204, description: 'Closed' },
    handler: (req, res, { db }) => {
      leavePresence(db, actorOf(res), parseId(req.params.id, 'Event'))
      res.status(204).end()
    },
  },
])
