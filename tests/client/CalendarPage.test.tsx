import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { EventFilter } from '@rcm/shared'
import type { DataProvider, GetListParams } from 'react-admin'
import { expect, test, vi } from 'vitest'
import { CalendarPage } from '../../client/src/calendar/CalendarPage'
import { fakeAuthProvider } from '../support/fake-auth-provider'
import { eventRecord, fakeDataProvider } from '../support/fake-data-provider'
import { renderAdmin } from '../support/render-admin'

/** A day of this month, as YYYY-MM-DD: the calendar opens on the current month. */
const thisMonth = (day: number) => {
  const now = new Date()
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), day)).toISOString().slice(0, 10)
}

test('the agenda shows a timed event with its times in its zone, and an all-day event as all day', async () => {
  const events = [
    eventRecord({
      id: 1,
      title: { en: 'Timed workshop', es: 'Taller con horario' },
      startDate: thisMonth(10),
      endDate: thisMonth(10),
      startTime: '09:00',
      endTime: '17:30',
      timeZone: 'America/Tegucigalpa',
    }),
    eventRecord({ id: 2, title: { en: 'All-day forum', es: 'Foro regional' }, startDate: thisMonth(12) }),
  ]
  // Both are dated: the list of undated events beside the calendar is empty.
  const dataProvider = fakeDataProvider(
    { events },
    {
      getList: vi.fn(async (_resource: string, params: GetListParams) => {
        const data = (params.filter as EventFilter).missing === 'date' ? [] : events
        return { data, total: data.length }
      }) as DataProvider['getList'],
    },
  )
  renderAdmin(<CalendarPage />, { dataProvider, authProvider: fakeAuthProvider('reviewer'), locale: 'es' })

  await userEvent.click(await screen.findByRole('tab', { name: 'Agenda' }))
  const timed = (await screen.findByRole('link', { name: /Taller con horario/ })).closest('[role="listitem"]')
  expect(timed).toHaveTextContent('09:00–17:30 America/Tegucigalpa')
  expect(timed).not.toHaveTextContent(/todo el día/i)
  const allDay = screen.getByRole('link', { name: /Foro regional/ }).closest('[role="listitem"]')
  expect(within(allDay as HTMLElement).getByText('Todo el día')).toBeInTheDocument()
})
