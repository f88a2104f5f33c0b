import {
  BulkStepSchema,
  RestoreInputSchema,
  ScheduleInputSchema,
  UNVERSIONED_STEPS_UNTIL,
  WORKFLOW_STEPS,
  WorkflowStepSchema,
} from '@rcm/shared'
import type { Response, Router } from 'express'
import type { Db } from '../db/connection'
import { actorOf } from '../http/access'
import { parseId } from '../http/list-params'
import { requestLanguage } from '../i18n/request-language'
import { leavePresence, listPresence, touchPresence } from './presence.service'
import { restoreRevision } from '../revisions/restore.service'
import { getSchedule, scheduleEvent } from '../schedules/schedules.service'
import { publishCheck, takeStep, takeStepOnMany } from './workflow.service'

const SUNSET = new Date(`${UNVERSIONED_STEPS_UNTIL}T23:59:59Z`).toUTCString()

/** A step sent without the version it acts on is taken until UNVERSIONED_STEPS_UNTIL; RFC 8594's header says until when. */
const announceSunset = (res: Response, version: unknown) => {
  if (version === undefined) res.set('Sunset', SUNSET)
}

/**
 * `/api/events/bulk` and `/api/events/{id}/…`: workflow steps, publish check,
 * restore, schedule and presence, added to the events' router. `now` is the
 * app's clock (injectable in tests, like the sessions').
 */
export function addWorkflowRoutes(router: Router, db: Db, now: () => Date = () => new Date()): Router {
  router.post('/bulk', (req, res) => {
    const { step, ...bulk } = BulkStepSchema.parse(req.body ?? {})
    announceSunset(res, bulk.versions)
    res.json({ results: takeStepOnMany(db, actorOf(res), bulk, step, requestLanguage(req), now()) })
  })

  for (const step of WORKFLOW_STEPS) {
    router.post(`/:id/${step}`, (req, res) => {
      const id = parseId(req.params.id, 'Event')
      const input = WorkflowStepSchema.parse(req.body ?? {})
      announceSunset(res, input.version)
      res.json(takeStep(db, actorOf(res), id, step, input, now()))
    })
  }

  router.get('/:id/publish-check', (req, res) => {
    res.json(publishCheck(db, parseId(req.params.id, 'Event'), requestLanguage(req)))
  })

  router.post('/:id/restore', (req, res) => {
    const id = parseId(req.params.id, 'Event')
    res.json(restoreRevision(db, actorOf(res), id, RestoreInputSchema.parse(req.body ?? {})))
  })

  router.get('/:id/schedule', (req, res) => {
    res.json(getSchedule(db, parseId(req.params.id, 'Event')))
  })

  router.post('/:id/schedule', (req, res) => {
    const id = parseId(req.params.id, 'Event')
    const input = ScheduleInputSchema.parse(req.body ?? {})
    announceSunset(res, input.version)
    res.json(
      scheduleEvent(db, actorOf(res), id, input, now()) ?? { id, eventId: id, publishAt: null, unpublishAt: null },
    )
  })

  router.get('/:id/presence', (req, res) => {
    res.json(listPresence(db, actorOf(res), parseId(req.params.id, 'Event'), now()))
  })

  router.post('/:id/presence', (req, res) => {
    res.json(touchPresence(db, actorOf(res), parseId(req.params.id, 'Event'), now()))
  })

  router.delete('/:id/presence', (req, res) => {
    leavePresence(db, actorOf(res), parseId(req.params.id, 'Event'))
    res.status(204).end()
  })

  return router
}
