import {
  DASHBOARD_PANEL_SIZE,
  LIVE_STATUSES,
  upcomingFilter,
  canTakeStep,
  type Dashboard,
  type EventFilter,
  type EventSummary,
} from '@rcm/shared'
import type { Actor } from '../actor'
import type { Db } from '../db/connection'
import { cachedRead } from '../db/read-cache'
import { eventsRepository } from '../events/events.repository'
import type { EventSortField } from '../events/events-list.repository'
import { listSchedules } from '../schedules/schedules.service'
import { dashboardRepository } from './dashboard.repository'

/** Archived events need nothing more. */
const FIRST_PAGE = { start: 0, end: DASHBOARD_PANEL_SIZE - 1 }
const COUNT_ONLY = { start: 0, end: 0 }
const RECENT_ACTIVITY = 10

function page(db: Db, filter: EventFilter, field: EventSortField, order: 'ASC' | 'DESC', range = FIRST_PAGE) {
  return eventsRepository.listSummaries(db, { filter, sort: { field, order }, range })
}

const asPanel = (events: { data: EventSummary[]; total: number }) => ({ total: events.total, items: events.data })

const count = (db: Db, filter: EventFilter) =>
  page(db, { status: LIVE_STATUSES, ...filter }, 'id', 'ASC', COUNT_ONLY).total

/** Each event of `events` with its last step of kind `action` (who submitted, who sent it back, and why). */
function withSteps(db: Db, events: { data: EventSummary[]; total: number }, action: string) {
  const steps = dashboardRepository.lastSteps(
    db,
    events.data.map((event) => event.id),
    action,
  )
  return { total: events.total, items: events.data.map((event) => ({ event, step: steps.get(event.id) ?? null })) }
}

/**
 * The home page of `actor`: what waits for them first, then what is coming
 * and what is missing. Every count is the events list's own query, so each
 * panel's link shows the same events (docs/contract.md, "Dashboard").
 */
export function buildDashboard(db: Db, actor: Actor, now: Date): Dashboard {
  const today = now.toISOString().slice(0, 10)
  // Kept until the database is next written: going back to the dashboard costs nothing (100,000 events: 0.5 s to build).
  return cachedRead(db, `dashboard:${actor.id}:${actor.role}:${today}`, () => panels(db, actor, today))
}

function panels(db: Db, actor: Actor, today: string): Dashboard {
  const reviews = actor.role === 'system' || canTakeStep(actor.role, 'publish')
  const schedules = listSchedules(db).filter((schedule) => schedule.publishAt !== null || schedule.unpublishAt !== null)
  const scheduledEvents = page(
    db,
    { id: schedules.slice(0, DASHBOARD_PANEL_SIZE).map((schedule) => schedule.eventId) },
    'id',
    'ASC',
  )
  const byId = new Map(scheduledEvents.data.map((event) => [event.id, event]))
  return {
    today,
    awaitingReview: reviews ? withSteps(db, page(db, { status: 'in_review' }, 'updatedAt', 'ASC'), 'submit') : null,
    changesRequested: withSteps(db, page(db, { changesRequested: true }, 'updatedAt', 'ASC'), 'request-changes'),
    myDrafts:
      actor.id === null
        ? { total: 0, items: [] }
        : asPanel(page(db, { status: 'draft', createdBy: actor.id, changesRequested: false }, 'updatedAt', 'DESC')),
    upcoming: asPanel(page(db, upcomingFilter(today), 'startDate', 'ASC')),
    missing: {
      date: count(db, { missing: 'date' }),
      contact: count(db, { missing: 'contact' }),
      venue: count(db, { missing: 'venue' }),
      en: count(db, { incompleteLanguage: 'en' }),
      es: count(db, { incompleteLanguage: 'es' }),
    },
    scheduled: {
      total: schedules.length,
      items: schedules.slice(0, DASHBOARD_PANEL_SIZE).flatMap((schedule) => {
        const event = byId.get(schedule.eventId)
        return event ? [{ event, publishAt: schedule.publishAt, unpublishAt: schedule.unpublishAt }] : []
      }),
    },
    recentActivity: dashboardRepository.recentByOthers(db, actor.id, RECENT_ACTIVITY),
  }
}
