import {
  EventInputSchema,
  EventUpdateSchema,
  SERVER_OWNED_EVENT_FIELDS,
  isImageMediaType,
  omitKeys,
  staleTextsAfter,
  type Event,
  type EventData,
  type EventFilter,
  type EventStatus,
  type ListQuery,
} from '@rcm/shared'
import type { Actor } from '../actor'
import { recordAudit } from '../audit-log/audit-log.service'
import type { Db } from '../db/connection'
import { writeTransaction } from '../db/transaction'
import { badRequest, conflict, notFound, type FieldTexts } from '../http/errors'
import { say } from '../i18n/messages'
import { institutionsRepository } from '../institutions/institutions.repository'
import { venuesRepository } from '../venues/venues.repository'
import { queueWebhookNotice } from '../webhooks/webhook-notices'
import { sanitizeDescription } from './description-html'
import type { EventSortField } from './events-list.repository'
import { documentsKey, eventsRepository } from './events.repository'
import { filesRepository } from '../files/files.repository'
import { publicCopiesRepository } from '../public/public-copies.repository'
import { matchesPublicCopy, writePublicCopy } from '../public/public-copy'
import { missingTaxonomyReferences, resolvePresidency } from '../presidencies/event-presidency'
import { revisionsRepository } from '../revisions/revisions.repository'
import { cancelScheduledPublish } from '../schedules/schedule-cancellation'

/** The data as stored: validated again (callers other than the API exist) and the description reduced to the allowed HTML. */
function cleanData(data: EventData): EventData {
  const parsed = EventInputSchema.parse(data)
  const description = { en: sanitizeDescription(parsed.description.en), es: sanitizeDescription(parsed.description.es) }
  return { ...parsed, description }
}

/** 400 naming each venue, institution or file id that does not exist, at its field (`institutionIds.1`), and a cover that is not an image. */
function assertReferencesExist(db: Db, data: EventData) {
  const errors: FieldTexts = {}
  if (data.venueId !== null && !venuesRepository.existingIds(db, [data.venueId]).has(data.venueId)) {
    errors.venueId = say('noSuchVenue')
  }
  const institutions = institutionsRepository.existingIds(db, data.institutionIds)
  data.institutionIds.forEach((id, index) => {
    if (!institutions.has(id)) errors[`institutionIds.${index}`] = say('noSuchInstitution')
  })
  // documents and cover image (issue 18 §1)
  const fileIds = [
    ...data.documents.map((document) => document.fileId),
    ...(data.imageFileId === null ? [] : [data.imageFileId]),
  ]
  const files = filesRepository.findByIds(db, fileIds)
  data.documents.forEach((document, index) => {
    if (!files.has(document.fileId)) errors[`documents.${index}.fileId`] = say('noSuchFile')
  })
  if (data.imageFileId !== null) {
    const image = files.get(data.imageFileId)
    if (!image) errors.imageFileId = say('noSuchFile')
    else if (!isImageMediaType(image.mediaType)) errors.imageFileId = say('notAnImage')
  }
  Object.assign(errors, missingTaxonomyReferences(db, data))
  if (Object.keys(errors).length > 0) throw badRequest(errors)
}

const sameData = (event: EventData, data: EventData) => {
  const fields = (d: EventData) =>
    JSON.stringify([
      d.title,
      d.description,
      d.objectives,
      d.startDate,
      d.endDate,
      d.modality,
      d.city,
      d.venueId,
      d.institutionIds,
      d.contactEmails,
      d.contactPhones,
      d.staleTexts,
      documentsKey(d.documents),
      d.imageFileId,
      // times and meeting link (issue 18 §2)
      d.startTime,
      d.endTime,
      d.timeZone,
      d.meetingUrl,
      d.meetingUrlPublic,
      d.presidencyId,
      d.typeId,
      d.countryCodes,
      d.networkIds,
    ])
  return fields(event) === fields(data)
}

/** 409 with the event as it is now (`current`), so the form can show both versions side by side. */
const staleVersion = (current: Event) => conflict(say('staleVersion', current.version), { current })

/** The event with this id, or a 404. */
export function getEvent(db: Db, id: number): Event {
  const event = eventsRepository.findById(db, id)
  if (!event) throw notFound('Event')
  return event
}

/** The event as the API's JSON, for GET /api/events/:id. */
export function getEventJson(db: Db, id: number): Buffer {
  const json = eventsRepository.findJson(db, id)
  if (!json) throw notFound('Event')
  return json
}

/** One page of events for the list's filter and sort as the API's JSON array, and the total. */
export function listEventsJson(
  db: Db,
  query: ListQuery<EventFilter, EventSortField>,
): { body: Buffer; count: number; total: number } {
  return eventsRepository.listJson(db, query)
}

export interface CreateOptions {
  status?: EventStatus
  comment?: string
  /** The id to give it (the round-trip import keeps the exported ids); must be free. */
  id?: number
  /** When it was published, if not now (the round-trip import keeps the exported time). */
  publishedAt?: string
}

/**
 * Creates an event as a draft, or with `options.status` (the importer and the
 * demo seed create published events; `published` also writes the public copy).
 * Throws a ZodError or a 400 HttpError for invalid data or unknown references.
 */
export function createEvent(db: Db, actor: Actor, data: EventData, options: CreateOptions = {}): Event {
  // A new event's texts have no history to be out of date against.
  const clean = { ...cleanData(data), staleTexts: [] }
  return writeTransaction(db, () => {
    assertReferencesExist(db, clean)
    const now = new Date().toISOString()
    const status = options.status ?? 'draft'
    const publishedAt = status === 'published' ? (options.publishedAt ?? now) : null
    const presidency = resolvePresidency(db, clean, now.slice(0, 10))
    const id = eventsRepository.insert(db, presidency.data, {
      id: options.id,
      status,
      publishedAt,
      now,
      actorId: actor.id,
      presidencyAuto: presidency.isAuto,
    })
    const event = getEvent(db, id)
    if (publishedAt !== null) {
      queueWebhookNotice(db, 'published', writePublicCopy(db, event, publishedAt), { publishedAt, now })
    }
    revisionsRepository.insertSnapshot(db, event, {
      action: 'create',
      userId: actor.id,
      comment: options.comment ?? null,
      now,
    })
    return event
  })
}

/**
 * Replaces an event's data with `input`, a PUT body: the record as read, with
 * the `version` read (400 without it, 409 when stale, nothing written).
 * Server-owned fields are ignored; unknown ones are a 400. A change bumps the
 * version and, when the event has a public copy, sets `hasUnpublishedChanges`.
 * A change to an event in review sends it back to draft: the reviewer has not
 * seen it (decision 013). A change also cancels a scheduled publish, which
 * releases only the version it was set on. Sending the data unchanged changes
 * nothing.
 */
export function updateEvent(db: Db, actor: Actor, id: number, input: unknown): Event {
  return saveEvent(db, actor, id, input, { action: 'update', comment: null })
}

/** An update recorded as `action` (`restore` names the revision it came from in `comment`). */
export function saveEvent(
  db: Db,
  actor: Actor,
  id: number,
  input: unknown,
  record: { action: 'update' | 'restore'; comment: string | null },
): Event {
  const body = omitKeys(
    input,
    SERVER_OWNED_EVENT_FIELDS.filter((field) => field !== 'version'),
  )
  if (typeof body === 'object' && body !== null && !('version' in body)) {
    throw badRequest({ version: say('versionRequired') }, say('versionMissing'))
  }
  const { version, ...fields } = EventUpdateSchema.parse(body)
  const cleaned = cleanData(fields)
  return writeTransaction(db, () => {
    const current = getEvent(db, id)
    if (current.version !== version) throw staleVersion(current)
    assertReferencesExist(db, cleaned)
    const wasAuto = eventsRepository.isPresidencyAuto(db, id)
    const presidency = resolvePresidency(db, cleaned, new Date().toISOString().slice(0, 10), {
      presidencyId: current.presidencyId,
      isAuto: wasAuto,
    })
    const data = { ...presidency.data, staleTexts: staleTextsAfter(current, cleaned, fields.staleTexts) }
    if (presidency.isAuto !== wasAuto) eventsRepository.setPresidencyAuto(db, id, presidency.isAuto)
    if (sameData(current, data)) return current
    const hasPublicCopy = current.status === 'published' || current.publishedAt !== null
    // "Unpublished changes" means the public copy differs: a save that brings the event back to it clears the mark.
    const copy = hasPublicCopy ? publicCopiesRepository.find(db, id) : undefined
    const isBackToDraft = current.status === 'in_review'
    const now = new Date()
    const meta = {
      expectedVersion: version,
      hasUnpublishedChanges: copy
        ? !matchesPublicCopy(db, { ...current, ...data }, copy.data)
        : current.hasUnpublishedChanges || hasPublicCopy,
      status: isBackToDraft ? ('draft' as const) : undefined,
      now: now.toISOString(),
      actorId: actor.id,
    }
    if (!eventsRepository.update(db, id, current, data, meta)) throw staleVersion(getEvent(db, id))
    const event = getEvent(db, id)
    revisionsRepository.insertSnapshot(db, event, {
      action: record.action,
      userId: actor.id,
      comment: record.comment,
      now: meta.now,
    })
    if (isBackToDraft) {
      const details = { from: current.status, to: event.status, version: event.version }
      recordAudit(db, actor, 'events.back-to-draft', { type: 'events', id }, details, now)
    }
    cancelScheduledPublish(db, actor, id, { reason: record.action, version: event.version }, now)
    return event
  })
}

/**
 * Deletes an event (its public copy, schedule and presence go with it) and
 * returns it as it was. Its revisions stay, the last one recording the deletion.
 */
export function deleteEvent(db: Db, actor: Actor, id: number): Event {
  return writeTransaction(db, () => {
    const event = getEvent(db, id)
    const now = new Date()
    const publicCopy = publicCopiesRepository.find(db, id)
    const wasPublic = publicCopy !== undefined
    eventsRepository.remove(db, id)
    // For the public, deleting a published event is unpublishing it.
    if (publicCopy)
      queueWebhookNotice(db, 'unpublished', publicCopy.data, { publishedAt: null, now: now.toISOString() })
    revisionsRepository.insertSnapshot(db, event, {
      action: 'delete',
      userId: actor.id,
      comment: null,
      now: now.toISOString(),
    })
    recordAudit(
      db,
      actor,
      'events.delete',
      { type: 'events', id },
      { title: event.title, status: event.status, wasPublic },
      now,
    )
    return event
  })
}
