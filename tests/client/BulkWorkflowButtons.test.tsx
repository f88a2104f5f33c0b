import { HttpError } from 'react-admin'
import { expect, test, vi } from 'vitest'
import { takeStepOnEach } from '../../client/src/events/BulkWorkflowButtons'
import type { CalendarDataProvider } from '../../client/src/providers/dataProvider'
import { eventRecord, fakeDataProvider } from '../support/fake-data-provider'

test('takes the step on each event through its own call and sums up the refusals', async () => {
  const submitEvent = vi.fn(async (id: number) => {
    if (id === 2) throw new HttpError('Cannot submit an event that is archived', 409, { message: 'Cannot submit an event that is archived' })
    return { data: eventRecord({ id, status: 'in_review' }) }
  })
  const dataProvider = fakeDataProvider({}, { submitEvent }) as unknown as CalendarDataProvider

  const outcome = await takeStepOnEach(dataProvider, 'submit', [1, 2, 3])

  expect(submitEvent.mock.calls.map(([id]) => id)).toEqual([1, 2, 3])
  expect(outcome).toEqual({ ok: 2, total: 3, failures: ['#2: Cannot submit an event that is archived'] })
})
