import type { Event, EventInput } from '@rcm/shared'
import { SYSTEM_ACTOR } from '../../server/src/actor'
import { updateEvent } from '../../server/src/events/events.service'
import { takeStep } from '../../server/src/events/workflow.service'
import type { TestApi } from './api'

/** The states a workflow step can meet, including a draft whose older version is still public. */
export const WORKFLOW_STATES = [
  'draft',
  'in_review',
  'published',
  'published_with_changes',
  'draft_with_public_copy',
  'archived',
] as const
export type WorkflowStateName = (typeof WORKFLOW_STATES)[number]

/** An event complete enough to publish: a city, a coordinating institution, a contact email. */
export function insertCompleteEvent(
  api: TestApi,
  overrides: Partial<EventInput> = {},
  status?: Event['status'],
): Event {
  const institution = api.insertInstitution()
  return api.insertEvent(
    { city: 'San Salvador', institutionIds: [institution.id], contactEmails: ['crmst@iom.int'], ...overrides },
    status,
  )
}

/** Edits the event's title (a save by the system), returning the event after. */
export function editTitle(api: TestApi, event: Event, title: string): Event {
  return updateEvent(api.db, SYSTEM_ACTOR, event.id, { ...event, title: { en: title, es: title } })
}

/** A complete event in the named state. */
export function eventInState(api: TestApi, state: WorkflowStateName): Event {
  switch (state) {
    case 'draft':
    case 'in_review':
    case 'published':
    case 'archived':
      return insertCompleteEvent(api, {}, state)
    case 'published_with_changes':
      return editTitle(api, insertCompleteEvent(api, {}, 'published'), 'Edited after publishing')
    case 'draft_with_public_copy': {
      const edited = eventInState(api, 'published_with_changes')
      takeStep(api.db, SYSTEM_ACTOR, edited.id, 'submit', {})
      return takeStep(api.db, SYSTEM_ACTOR, edited.id, 'request-changes', { comment: 'Not yet' })
    }
  }
}
