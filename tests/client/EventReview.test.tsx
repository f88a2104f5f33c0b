import type { Revision, Schedule } from '@rcm/shared'
import { screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { EventEdit } from '../../client/src/events/EventEdit'
import { EventShow } from '../../client/src/events/EventShow'
import { ScheduleList } from '../../client/src/schedules/ScheduleList'
import { fakeAuthProvider } from '../support/fake-auth-provider'
import { eventRecord, fakeDataProvider } from '../support/fake-data-provider'
import { renderAdmin } from '../support/render-admin'

const revision = (overrides: Partial<Revision> & Pick<Revision, 'id' | 'version' | 'action'>): Revision => ({
  eventId: 7,
  userId: 2,
  userName: 'Rosa Reviewer',
  createdAt: '2026-03-01T10:00:00.000Z',
  comment: null,
  data: eventRecord({ id: 7, version: overrides.version }),
  ...overrides,
})

test('a reviewer sees what changed since the version last published, the checklist, the timeline and the schedule', async () => {
  const event = eventRecord({ id: 7, version: 4, status: 'in_review', city: 'Panamá' })
  const revisions = [
    revision({ id: 4, version: 4, action: 'submit', comment: 'Venue changed' }),
    revision({
      id: 2,
      version: 2,
      action: 'publish',
      data: eventRecord({ id: 7, version: 2, status: 'published', city: 'San José' }),
    }),
  ]
  renderAdmin(<EventShow id={7} />, {
    resource: 'events',
    dataProvider: fakeDataProvider(
      { events: [event], revisions },
      {
        getSchedule: vi.fn(async () => ({
          data: {
            id: 7,
            eventId: 7,
            publishAt: '2026-04-01T12:00:00.000Z',
            unpublishAt: null,
            version: 4,
            userId: 2,
            userName: 'Rosa Reviewer',
            updatedAt: '2026-03-01T10:00:00.000Z',
            cancelled: null,
          },
        })),
      },
    ),
    authProvider: fakeAuthProvider('reviewer'),
  })

  const heading = await screen.findByRole('heading', { name: 'Changed since the version last published (version 2)' })
  const section = heading.closest('section')
  if (!section) throw new Error('no section')
  expect(within(section).getByText('San José')).toBeInTheDocument()
  expect(within(section).getByText('Panamá')).toBeInTheDocument()
  // eventRecord has no institution and no contact email.
  expect(screen.getByText('Add at least one coordinating institution')).toBeInTheDocument()
  expect(screen.getByText('Venue changed')).toBeInTheDocument()
  expect(screen.getAllByText(/by Rosa Reviewer/)).toHaveLength(2)
  expect(await screen.findByText(/To be published on/)).toBeInTheDocument()
})

test('the edit form says who else has the event open', async () => {
  const touchPresence = vi.fn(async () => ({
    data: [
      {
        userId: 5,
        fullName: 'Ana Pérez',
        email: 'ana@example.org',
        since: '2026-03-01T09:30:00.000Z',
        lastSeenAt: '2026-03-01T09:45:00.000Z',
      },
    ],
  }))
  const dataProvider = fakeDataProvider({ events: [eventRecord({ id: 7 })] }, { touchPresence })
  renderAdmin(<EventEdit id={7} />, { resource: 'events', dataProvider })

  expect(await screen.findByText(/Ana Pérez has this event open since/)).toBeInTheDocument()
  expect(touchPresence).toHaveBeenCalledWith(7)
})

/** A schedule whose publication an editor's save cancelled. */
const cancelledSchedule: Schedule = {
  id: 7,
  eventId: 7,
  publishAt: null,
  unpublishAt: null,
  version: 4,
  userId: 2,
  userName: 'Rosa Reviewer',
  updatedAt: '2026-03-01T10:00:00.000Z',
  cancelled: {
    publishAt: '2026-04-01T12:00:00.000Z',
    at: '2026-03-02T09:00:00.000Z',
    userId: 5,
    userName: 'Ana Pérez',
    reason: 'update',
    version: 5,
  },
}

test.each([
  ['en', /was cancelled on .*: the event was edited by Ana Pérez \(version 5\)/],
  ['es', /se canceló el .*: el evento fue editado por Ana Pérez \(versión 5\)/],
] as const)(
  'whoever set a schedule sees on the event that an edit cancelled it, by whom (%s)',
  async (locale, text) => {
    const event = eventRecord({ id: 7, version: 5, status: 'draft' })
    const getSchedule = vi.fn(async () => ({ data: cancelledSchedule }))
    renderAdmin(<EventShow id={7} />, {
      resource: 'events',
      dataProvider: fakeDataProvider({ events: [event] }, { getSchedule }),
      authProvider: fakeAuthProvider('reviewer'),
      locale,
    })

    expect(await screen.findByText(text)).toBeInTheDocument()
    expect(screen.queryByText(/To be published on|Se publicará el/)).not.toBeInTheDocument()
  },
)

test('the schedules list shows a cancelled publication and why', async () => {
  const dataProvider = fakeDataProvider({ events: [eventRecord({ id: 7 })], schedules: [cancelledSchedule] })
  renderAdmin(<ScheduleList />, { resource: 'schedules', dataProvider, authProvider: fakeAuthProvider('reviewer') })

  expect(await screen.findByRole('columnheader', { name: 'Cancelled' })).toBeInTheDocument()
  expect(
    await screen.findByText(/^Publication on .* cancelled: the event was edited by Ana Pérez \(version 5\)$/),
  ).toBeInTheDocument()
})
